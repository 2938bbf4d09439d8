"""A sum restated in another currency right after it, set off by a comma or a copula and a word
of approximation: "a ticket cost R$380, about $68 at Friday's rate", "fined the operator 45
million kora, about $6.5 million", "the heatwave added €410m, roughly $475m", "£60m is about
€70m". The second sum is the first converted, so it is the same quantity and counts what the
first counts. ``continued.named_as_converted`` reads a conversion in brackets or after "or"
(AP Stylebook, "metric system": the equivalent in parentheses or after "or"), but not after a
comma and "about", which news copy writes as often, nor once a rate has joined the sum's unit
("DH2,500 ($250) a month"). Only a sum that no words named is given its twin's noun, and only
by a sum in another currency: "R$380, R$690" is a list, not a conversion."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_money import AMOUNT
from store.extract.figures.parse import text_of
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure

REACH = 40  # characters between the first sum and its conversion, at most
# what stands between a sum and its conversion before the word of approximation: a comma (after
# the sum's brackets, if any) and "or", or a copula ("£60m is about €70m"), and "the equivalent
# of"
_LINK = re.compile(r"\s*\)?\s*(?:,(?:\s+or)?|\s(?:is|was|are|were))\s+"
                   r"(?:(?:the\s+)?equivalent\s+(?:of|to)\s+)?", re.I)
# a conversion in brackets ("DH2,500 ($250) a month"), with or without a word of approximation:
# ``named_as_converted`` reads these too, but not once a rate has joined the sum's unit
_BRACKETS = re.compile(r"\s*\(\s*(?:(?:the\s+)?equivalent\s+(?:of|to)\s+)?", re.I)
# the period a sum is given per, written right after it ("a week", "per day"), which its
# conversion after the comma shares
_RATE_SAID = re.compile(r"\s+(?:a|an|per|each|every)\s+[^\W\d_]+(?=\s*[,(])", re.I)


def name_as_its_twin(figures: list[FoundFigure], i: int, doc: Doc) -> None:
    """Give the sum ``figures[i]``, if it converts the sum before it (see the module's
    docstring), that sum's counted noun: one quantity, one noun, whatever other words near the
    conversion said ("Rp 52,000 (about US$3.10)" after "a ticket costs"), unless the sum's own
    noun is only the amount a participle describes ("the 500,000 taka ($4,100) promised")."""
    fig = figures[i]
    if i == 0:
        return
    twin = figures[i - 1]
    codes = units().currency_codes
    if twin.counted is None or twin.counted == fig.counted or (
            fig.counted is not None and twin.counted_head == AMOUNT) or (
            twin.sentence != fig.sentence) or (
            fig.base_unit not in codes or twin.base_unit not in codes
            or fig.base_unit == twin.base_unit or fig.start - twin.end > REACH):
        return
    between = text_of(doc)[twin.end:fig.start]
    said_rate = _RATE_SAID.match(between) if twin.rate else None
    if said_rate is not None:  # "NOK 90,000 a week, roughly €7,800": the rate is the twin's
        between = between[said_rate.end():]
    bracket = _BRACKETS.match(between)
    if bracket is not None and (bracket.end() == len(between) or _qualified(between, bracket)):
        _take(fig, twin)
        return
    link = _LINK.match(between)
    if link is None or not link.end() < len(between):
        return
    if _qualified(between, link):
        _take(fig, twin)


def _qualified(between: str, link: re.Match[str]) -> bool:
    """Whether the rest of ``between`` after ``link`` is a word of approximation alone."""
    qualifier = context_words().before.search(between, link.end())
    return qualifier is not None and qualifier.start("q") == link.end()


def _take(fig: FoundFigure, twin: FoundFigure) -> None:
    fig.counted, fig.counted_head = twin.counted, twin.counted_head
    fig.inherited = True
