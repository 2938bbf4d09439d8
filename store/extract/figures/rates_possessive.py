"""The period a sum is for, said before it as a possessive of one period: "a month's supply
for Rs2,300", "a week's groceries cost $140", "one year's tuition is £9,250". The sum is what one
period's worth of the thing costs, so it is given per that period. Only "a" or "one" before the
period ("last year's budget of $4bn" is a sum of a named year), a few words after it ("supply of
the tablets"), then the word that sets the sum (a preposition of price or a verb of being or
costing), right before it."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.figures.found import FoundFigure
from store.knowledge.context import context_words
from store.knowledge.loader import load_data

REACH = 60  # characters before the amount the possessive may stand in


@lru_cache(maxsize=1)
def _possessive() -> re.Pattern[str]:
    periods = "|".join(sorted(context_words().rate_period_words - {"annum"}, key=len,
                              reverse=True))
    return re.compile(
        rf"\b(?:a|one)\s+({periods})['’]s\s+([a-z-]+(?:\s+[a-z-]+){{0,3}}?)\s+"
        r"(?:(?:for|at|of)|((?:costs?|is|was|were|runs?|ran)(?:\s+(?:about|around|some|nearly|"
        r"almost|roughly))?|(?:sells?|sold)\s+for))\s+$", re.I)


@lru_cache(maxsize=1)
def _provisions() -> frozenset[str]:
    """The ``[period_provisions]`` nouns of ``store/data/quantities.toml``, read once."""
    return frozenset(load_data("quantities.toml").get("period_provisions", {}).get("nouns", []))


def period_of_possessive(fig: FoundFigure, text: str) -> str | None:
    """The period a sum is given per, said as "a month's supply for" right before it. Before a
    verb ("a week's groceries cost", "one year's tuition is") only a noun of what a period
    provides or pays sets a rate: "a day's strike cost $40m" is what the strike cost in all."""
    m = _possessive().search(text, max(fig.sentence[0], fig.start - REACH), fig.start)
    if m is None:
        return None
    if m.group(3) is not None and not set(m.group(2).lower().split()) & _provisions():
        return None
    return m.group(1).lower()
