"""Two rival estimates of one period, with the figures of other quantities or periods that
restate either (``store.conflicts.contradictions_restated``): "the ministry counted 4,370
deaths in 2030", "the commission counted 5,120", then "4,370 prisoners died" and "the 5,120
figure" elsewhere are one contradiction, told by every outlet that printed either side."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_conflicts import groups
from tests.test_estimates import deaths


def _count(article: str, sentence: str, value: float, origin: str | None, when: str | None,
           counted: str = "deaths", unit: str = "deaths") -> dict[str, Any]:
    row = deaths(article, sentence, value, origin=origin, period_basis="stated",
                 reported="2031-02-10", when=when, counted=counted, unit=unit)
    return {**row, "when_basis": "sentence" if when else "article",
            "period_basis": "stated" if when else "reported", "when": when or "2031-02-10"}


def _rivals(low: float, high: float) -> list[dict[str, Any]]:
    return [_count("a", f"The ministry counted {low:,.0f} deaths in 2030.", low, "ministry",
                   "2030"),
            _count("b", f"The commission counted {high:,.0f} deaths in 2030.", high,
                   "commission", "2030")]


@pytest.mark.parametrize("specs, joined", [
    # each side restated under another noun, and undated
    ([*_rivals(4370, 5120),
      _count("c", "Some 4,370 prisoners died, officials said.", 4370, None, None,
             counted="prisoners", unit="prisoners"),
      _count("d", "A rights group stood by its 5,120 count.", 5120, None, None,
             counted="count", unit="count")], 4),
    # round numbers a coincidence could repeat: nothing is added
    ([*_rivals(400, 500),
      _count("c", "Some 400 prisoners died, officials said.", 400, None, None,
             counted="prisoners", unit="prisoners")], None),
    # the same number as a sum of money is no restatement
    ([*_rivals(4370, 5120),
      _count("c", "Each family got $4,370 in aid.", 4370, None, None, counted="aid",
             unit="USD")], None),
])
def test_a_contradiction_takes_in_the_restatements_of_either_side(specs, joined) -> None:
    rows = groups(*specs)
    told = [g for g in rows if g["key"].endswith("<>")]
    if joined is None:
        assert not told
        return
    assert [(len(g["figures"]), g["verdict"]) for g in told] == [(joined, "contradiction")]
