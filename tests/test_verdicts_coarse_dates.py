"""A figure dated only by its article's day, beside another whose own coarser date holds that
day, shows no change over time unless the text sets one against the other
(``store.conflicts.coarse_dates``): the pair is left unjudged, and so no group. Each row is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import CHANGE
from tests.test_estimates import build, deaths


def apples(article: str, sentence: str, low: float, origin: str, reported: str,
           when: str | None = None, at: str | None = None) -> dict[str, Any]:
    """A count of apples picked; ``when`` is a date the figure's own words give, else its
    article's day dates it."""
    row = deaths(article, sentence, low, origin=origin, counted="apples", unit="apples",
                 period_basis="stated" if when else "reported", reported=reported, when=when)
    if when:
        row["when_basis"] = "phrase"
    if at:
        row["at"] = at
    return row


# the growers' year total, dated by its own words, and a co-op's count printed in August
YEAR = ("a", "The growers' guild said 62,000 apples were picked in 2031.", 62_000,
        "the growers' guild", "2031-11-02", "2031")
AUGUST = ("b", "The co-op said 96,000 apples were picked.", 96_000, "the co-op", "2031-08-25")
# the same co-op count, printed the next year: its day lies outside the guild's year
NEXT_YEAR = ("b", "The co-op said 96,000 apples were picked.", 96_000, "the co-op",
             "2032-08-25")
# the co-op's count set against an earlier one by its own sentence
SET_AGAINST = ("b", "The co-op said 96,000 apples were picked, up from 62,000.", 96_000,
               "the co-op", "2031-08-25", None, "96,000")
BEFORE = ("b", "The co-op said 96,000 apples were picked, up from 62,000.", 62_000,
          "the co-op", "2031-08-25", None, "62,000")


@pytest.mark.parametrize("figures, verdicts", [
    # a year's figure and an article's day inside it: nothing shows a move, no group
    ([YEAR, AUGUST], []),
    # the article's day lies in the next year: the dates show two periods, a change
    ([YEAR, NEXT_YEAR], [CHANGE]),
])
def test_a_coarse_date_holding_an_articles_day_shows_no_change(
        figures: list[tuple[Any, ...]], verdicts: list[str]) -> None:
    rows = build(*(apples(*figure) for figure in figures))
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


def test_a_sentence_that_sets_its_figure_against_another_still_shows_a_change() -> None:
    rows = build(apples(*YEAR), apples(*SET_AGAINST), apples(*BEFORE))
    assert CHANGE in [g["verdict"] for g in rows]
