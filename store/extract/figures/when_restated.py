"""A sum restated in another currency in the sentence after it: "The price rose to 8.40 francs a
kilo in week 13. In euro terms that is €8.93 a kilo." "That is" (or "that works out to", "that
comes to") at the head of the sentence points back at the amount just said, and the amount after
it is the same value converted: it is of that amount's time, which its own sentence does not say
again. Read alone it would be dated by the day its article was printed and set against the
amount it restates as another period's price.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

OPENING_REACH = 60  # characters from a sentence's start to the figure its "that is" introduces
# "that is", "that's", "this works out to", "that comes to", after a short phrase of what it is
# in ("In euro terms, that is"; "At today's rate that is about")
_THAT_IS = re.compile(r"(?:[^.;:!?\d]{0,30}?[\s,])?(?:that|this)(?:\s+is|'s|’s|\s+works\s+out\s+"
                      r"(?:to|at)|\s+comes\s+to|\s+equals|\s+amounts\s+to)\s+"
                      r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under)\s+)?"
                      r"\Z", re.I)


def dated_as_restated(figures: list[FoundFigure], text: str) -> None:
    """Give an amount a sentence's "that is" restates the period of the amount it restates: the
    last amount of the sentence right before, in another currency and at the same rate, that is
    no old level a change was reckoned from ("rose to 8.40 francs in week 13, from 7.10 francs in
    week 10": the 8.40)."""
    money = units().currency_codes
    for i, fig in enumerate(figures):
        if fig.period_basis != "reported" or fig.unit.split(" per ")[0] not in money:
            continue
        start = fig.sentence[0]
        if fig.start - start > OPENING_REACH or _THAT_IS.match(text, start, fig.start) is None:
            continue
        restated = _restated(figures[max(0, i - LOOK_BACK):i], fig, text)
        if restated is not None:
            fig.when, fig.when_basis = restated.when, restated.when_basis
            fig.period, fig.period_basis = restated.period, restated.period_basis


LOOK_BACK = 6  # figures before the restated amount searched for the one it restates
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?\Z", re.I)


def _restated(before: list[FoundFigure], fig: FoundFigure, text: str) -> FoundFigure | None:
    """The amount of the sentence right before that ``fig`` restates, dated by its sentence."""
    money = units().currency_codes
    start = fig.sentence[0]
    for other in reversed(before):
        if other.sentence == fig.sentence:
            continue
        if other.sentence[1] > start or text[other.sentence[1]:start].strip():
            return None  # not the sentence right before
        if other.unit.split(" per ")[0] not in money or other.rate != fig.rate or (
                other.unit == fig.unit):
            continue
        if _FROM.search(text, max(0, other.start - 20), other.start):
            continue  # "from 7.10 francs": the old level, not the one restated
        return other if other.period_basis == "stated" else None
    return None
