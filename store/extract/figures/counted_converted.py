"""A sum restated in another currency right after it, set off by a comma or a copula and a word
of approximation: "a ticket cost R$380, about $68 at Friday's rate", "fined the operator 45
million kora, about $6.5 million", "the heatwave added €410m, roughly $475m", "£60m is about
€70m". The second sum is the first converted, so it is the same quantity and counts what the
first counts. ``continued.named_as_converted`` reads a conversion in brackets or after "or"
(AP Stylebook, "metric system": the equivalent in parentheses or after "or"); news copy writes
the equivalent of a sum after a comma and "about" at least as often (the working sets hold it
in a dozen articles on as many subjects). Only a sum that no words named is given its twin's
noun, and only by a sum in another currency: "R$380, R$690" is a list, not a conversion."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure

REACH = 40  # characters between the first sum and its conversion, at most
# what stands between a sum and its conversion before the word of approximation: a comma (after
# the sum's brackets, if any), or a copula ("£60m is about €70m"), and "the equivalent of"
_LINK = re.compile(r"\s*\)?\s*(?:,|\s(?:is|was|are|were))\s+"
                   r"(?:(?:the\s+)?equivalent\s+(?:of|to)\s+)?", re.I)


def name_as_its_twin(figures: list[FoundFigure], i: int, doc: Doc) -> None:
    """Give the sum ``figures[i]``, if it has no noun and converts the sum before it (see the
    module's docstring), that sum's counted noun."""
    fig = figures[i]
    if fig.counted is not None or i == 0:
        return
    twin = figures[i - 1]
    codes = units().currency_codes
    if twin.counted is None or twin.sentence != fig.sentence or (
            fig.base_unit not in codes or twin.base_unit not in codes
            or fig.base_unit == twin.base_unit or fig.start - twin.end > REACH):
        return
    between = text_of(doc)[twin.end:fig.start]
    link = _LINK.match(between)
    if link is None or not link.end() < len(between):
        return
    qualifier = context_words().before.search(between, link.end())
    if qualifier is None or qualifier.start("q") != link.end():
        return
    fig.counted, fig.counted_head = twin.counted, twin.counted_head
    fig.inherited = True
