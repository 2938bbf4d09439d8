"""Two figures dated one inside the other (a year beside a day or a month of it), the year
by its own words and over when printed, show no change over time unless the text sets
one against the other (``store.conflicts.coarse_dates.held_move``): the year's figure may stand
for any day of it. Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import CHANGE
from tests.test_estimates import build, deaths


def pears(article: str, sentence: str, low: float, origin: str, reported: str,
          when: str, at: str | None = None) -> dict[str, Any]:
    """A count of pears picked, dated by the figure's own words."""
    row = deaths(article, sentence, low, origin=origin, counted="pears", unit="pears",
                 period_basis="stated", reported=reported, when=when)
    row["when_basis"] = "phrase"
    if at:
        row["at"] = at
    return row


# the orchard board's figure for a whole year, printed after it ended
YEAR = ("a", "The orchard board said 7,400 pears were picked in 2031.", 7_400,
        "the orchard board", "2032-02-03", "2031")
# the same year's figure, printed while the year still ran: it speaks for its day of printing
YEAR_RUNNING = ("a", "The orchard board said 7,400 pears were picked in 2031.", 7_400,
                "the orchard board", "2031-11-20", "2031")
# a co-op's figure for one day, and for one month, of that year
DAY = ("b", "The co-op said 2,900 pears were picked on 3 May 2031.", 2_900, "the co-op",
       "2031-05-04", "2031-05-03")
MONTH = ("b", "The co-op said 2,900 pears were picked in May 2031.", 2_900, "the co-op",
         "2031-06-02", "2031-05")
# a co-op's figure for a month, printed after it, beside a day of that month: left to the others
MONTH_DONE = ("c", "The depot said 2,100 pears were picked in May 2031.", 2_100, "the depot",
              "2031-06-02", "2031-05")
# a day of the next year: outside the board's year
NEXT_DAY = ("b", "The co-op said 2,900 pears were picked on 3 May 2032.", 2_900, "the co-op",
            "2032-05-04", "2032-05-03")


@pytest.mark.parametrize("figures, verdicts", [
    # a year's figure beside a day or a month of it: nothing shows a move, no group
    ([YEAR, DAY], []),
    ([YEAR, MONTH], []),
    # a day of another year: the dates show two periods, a change
    ([YEAR, NEXT_DAY], [CHANGE]),
    # a month holding a day: not read by this rule (a month's statistic beside a daily count)
    ([MONTH_DONE, DAY], [CHANGE]),
])
def test_a_period_holding_another_shows_no_change(figures: list[tuple[Any, ...]],
                                                  verdicts: list[str]) -> None:
    rows = build(*(pears(*figure) for figure in figures))
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


def test_a_year_still_running_when_printed_is_left_to_the_other_rules() -> None:
    rows = build(pears(*YEAR_RUNNING), pears(*DAY))
    assert [g["verdict"] for g in rows if g["parent"] is None] == [CHANGE]
