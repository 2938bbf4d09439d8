"""A figure no one has seen as a level (dated by its own words to a period still to come when
printed, or a projection's value nothing dates) beside a level of a period begun or past shows
no change over time, unless the text sets the two against each other
(``store.conflicts.still_to_come``). Each row is invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from store.conflicts.still_to_come import (
    ahead,
    still_to_come,
    target_beside_level,
    tells_change,
)
from store.conflicts.verdicts import CHANGE
from tests.test_estimates import build, deaths


@dataclass
class Dated:
    when: str | None = None
    reported: str | None = None
    reported_basis: bool = False
    event: bool = False
    projected: bool = False
    compared: bool = False
    change_told: bool = False


@pytest.mark.parametrize("figure, expected", [
    (Dated(when="2036", reported="2033-01-12"), True),  # a later year
    (Dated(when="2031-09", reported="2031-06-02"), True),  # a later month
    (Dated(when="2031-06-09", reported="2031-06-02"), True),  # a later day
    (Dated(when="2031", reported="2031-06-02"), False),  # the year still running
    (Dated(when="2031-06-09", reported="2031-06"), False),  # only the article's month known
    (Dated(when="2031-07-09", reported="2031-06"), True),
    (Dated(when="2030", reported="2031-06-02"), False),  # a year past
    (Dated(when="2031-06", reported="2031-06-02", reported_basis=True), False),  # its article's
    (Dated(when=None, reported="2031-06-02"), False),
    (Dated(when="2036", reported=None), False),
    (Dated(when="2036", reported="2031-06-02", event=True), False),
])
def test_still_to_come(figure: Dated, expected: bool) -> None:
    assert still_to_come(figure) is expected


TARGET = Dated(when="2036", reported="2031-06-02")
PROJECTION = Dated(projected=True, reported="2031-06-02")
LEVEL = Dated(when="2030", reported="2031-06-02")
TODAY = Dated(when="2031-06", reported="2031-06-02", reported_basis=True)


@pytest.mark.parametrize("a, b, expected", [
    (TARGET, LEVEL, True),
    (LEVEL, TARGET, True),
    (PROJECTION, TODAY, True),
    (TARGET, PROJECTION, False),  # both ahead: left to the other rules
    (LEVEL, TODAY, False),  # both levels
    (Dated(when="2036", reported="2031-06-02", compared=True), LEVEL, False),
    (TARGET, Dated(when="2030", reported="2031-06-02", compared=True), False),
    (Dated(projected=True, reported="2031-06-02", change_told=True), LEVEL, False),
])
def test_target_beside_level(a: Dated, b: Dated, expected: bool) -> None:
    assert ahead(TARGET) and ahead(PROJECTION) and not ahead(LEVEL)
    assert target_beside_level(a, b) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("The plan would take the fleet from 212 buses to 260, or 31 per 10,000 people.", True),
    ("The club expects 14,000 fans, against 11,200 at the last final.", True),
    ("Fares will rise to 3.40, up from 2.95.", True),
    ("The index rose to 6.2%, from 5.8% in the spring.", True),
    ("The depot will close with about 140 staff left.", False),
    ("Buses run from Monday to Friday on 12 routes.", False),
])
def test_tells_change(sentence: str, expected: bool) -> None:
    assert tells_change(sentence) is expected


def kites(article: str, sentence: str, low: float, reported: str, when: str | None,
          basis: str = "stated") -> dict[str, Any]:
    """A count of kites sold, the figure's own words dating it (or a projection's value)."""
    row = deaths(article, sentence, low, origin="the kite guild", counted="kites", unit="kites",
                 period_basis=basis, reported=reported, when=when)
    row["when_basis"] = "phrase" if basis == "stated" else "article"
    return row


SOLD = ("a", "The kite guild said 4,100 kites were sold in 2030.", 4_100, "2031-02-10", "2030")
SOLD_EARLIER = ("c", "The kite guild said 3,300 kites were sold in 2029.", 3_300, "2030-02-11",
                "2029")
GOAL = ("b", "The kite guild wants 9,000 kites sold a year by 2035.", 9_000, "2031-03-01", "2035")
GOAL_TOLD = ("b", "The kite guild wants sales to climb from 4,100 to 9,000 kites by 2035.",
             9_000, "2031-03-01", "2035")


@pytest.mark.parametrize("figures, verdicts", [
    # a target for a year to come beside a year's sales: nothing moved, no group
    ([SOLD, GOAL], []),
    # two years' sales: a change
    ([SOLD, SOLD_EARLIER], [CHANGE]),
    # the target's own sentence sets it against the level it starts from: the text tells it
    ([SOLD, GOAL_TOLD], [CHANGE]),
])
def test_a_target_beside_a_level_shows_no_change(figures: list[tuple[Any, ...]],
                                                 verdicts: list[str]) -> None:
    rows = build(*(kites(*figure) for figure in figures))
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts
