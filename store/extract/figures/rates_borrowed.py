"""A bare number that borrowed the phrase of a count per one thing ("the average flat holds 3.1
persons", then "down from 3.3 a decade ago and 3.6 in 2012": persons per flat) is a count per
that thing too: its unit says what its phrase says, not a total of people. Inheritance lends the
phrase; the rate it is given per is written after the unit only when the figure is assembled, so
it is read here, from the phrase. A lone "one for each 25" is left as it is (its "one" stands
for a noun said before, which may be another quantity's: the gold sets split on it), as
``counted_one_for`` leaves it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

_PER_ONE = re.compile(r" per ([a-z]+)$")  # the one a borrowed phrase counts per
# "... one for every 25", "one to each 40": a lone "one" and its link right before the number
_LONE_ONE = re.compile(r"\b[Oo]ne\s+(?:for|to)(?:\s+every|\s+each)?\s+(?:[a-z]+\s+){0,2}$")
LONE_REACH = 40  # characters before the figure the lone "one" may start at
NO_THINGS = frozenset({"count", "percent", "fraction", "ratio", "percentage points", "points"})


def per_one_borrowed(fig: FoundFigure, text: str) -> None:
    """Give a count whose borrowed phrase is "<things> per <one>", and which has no rate of its
    own, that one as its rate; a period ("per week") is a rate of time, read elsewhere."""
    if not fig.inherited or fig.rate is not None or not fig.counted or " per " in fig.unit:
        return
    found = _PER_ONE.search(fig.counted)
    if found is None:
        return
    one = found.group(1)
    lex = units()
    if one in context_words().rate_period_words or one in lex.time_words or (
            fig.unit in NO_THINGS or fig.unit in lex.currency_codes
            or fig.unit in lex.measure_codes):
        return
    if _LONE_ONE.search(text, max(0, fig.start - LONE_REACH), fig.start) is not None:
        return
    fig.rate = one
