"""Two outlets' own unattributed values, each naming nobody and restating no named estimate:
no two estimates that cannot both be right (``store.conflicts.verdicts.judge``). Each row is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_estimates import build, deaths


def loaves(article: str, sentence: str, low: float, origin: str | None) -> dict[str, Any]:
    return deaths(article, sentence, low, origin=origin, counted="loaves", unit="loaves",
                  period_basis="stated", reported="2031-04-12", when="2031-04-11")


@pytest.mark.parametrize("first, second, contradiction", [
    # two outlets' own unattributed counts: nothing says whose estimates they are
    (None, None, False),
    ("the bakers' guild", "the town council", True),
])
def test_two_unattributed_values_are_no_rival_estimates(first: str | None, second: str | None,
                                                        contradiction: bool) -> None:
    rows = build(loaves("a", "The fair sold 4,000 loaves.", 4_000, first),
                 loaves("b", "The fair sold 6,500 loaves.", 6_500, second))
    # (no contradiction: the two are left unjudged, no group at all)
    assert [g["verdict"] for g in rows if g["parent"] is None] == (
        ["contradiction"] if contradiction else [])
