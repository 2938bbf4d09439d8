"""Two bodies' differing figures printed days apart: rivals when both describe one event or one
period their own words state, whatever day each was printed; a change when only their articles'
days date them, since a figure dated by its article says how things stood when printed
(``store.conflicts.verdicts.judge``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_estimates import build, deaths, outer


def riders(article: str, origin: str, low: float, reported: str, basis: str,
           when: str | None = None) -> dict[str, Any]:
    row = deaths(article, f"{origin} counted {low:g} riders.", low, origin=origin,
                 counted="riders", unit="riders", period_basis=basis, reported=reported,
                 when=when or reported)
    if basis == "stated":
        row["when_basis"] = "sentence"
    return row


@pytest.mark.parametrize("basis, when, verdict", [
    ("stated", "2030", "contradiction"),  # "in 2030", a year over, printed a week apart
    # "so far this year": each count as it stood the day it was printed, a week apart
    ("stated", "2031", "change_over_time"),
    ("stated", "2031-05", "contradiction"),  # "in May"
    ("event", None, "contradiction"),  # riders of one cycling race
    ("reported", None, "change_over_time"),  # dated only by their articles
])
def test_rivals_of_one_period_printed_days_apart(basis: str, when: str | None,
                                                 verdict: str) -> None:
    rows = build(riders("a", "the tram company", 2.4e6, "2031-06-02", basis, when),
                 riders("b", "the city council", 2.9e6, "2031-06-09", basis, when))
    assert outer(rows)["verdict"] == verdict
