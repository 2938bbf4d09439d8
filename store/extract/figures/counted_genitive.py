"""A bare count in the "of" phrase of a common noun measures that noun: "below the licensed
capacity of 45,000", "a national standard of 60", "a waiting list of 3,200", "a majority of 12".

This is the measure genitive (Quirk et al., A Comprehensive Grammar of the English Language,
5.116: the "of" phrase gives the measure of the noun it follows, "a height of six feet"): the
number has no noun of its own, and the noun before "of" is the quantity the clause states. It
wins over a noun another figure of the sentence counts ("sold 44,000 tickets, below the licensed
capacity of 45,000": a capacity, not tickets). Nouns that name only that a figure is given (a
number noun, "total", "figure"), a level or a norm ("peak", "average"), a unit, a place or a
people (a population, read elsewhere) measure nothing here. Reads the figure's own phrase only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import is_place, is_unit_noun
from store.extract.figures.parse import group_in
from store.knowledge.loader import load_data
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.knowledge.context import ContextWords


def measured_by_of(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """The noun a bare count is the "of" phrase of, and the group named before it, or None."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != span.start - 1 - _qualifier(span):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.i >= prep.i or noun.i != prep.i - 1:
        return None
    lemma = noun.lemma_.lower()
    if (lemma in ctx.not_counted or lemma in ctx.number_nouns or lemma in ctx.estimate_nouns
            or lemma in ctx.generic_people or is_unit_noun(noun) or is_place(noun)):
        return None
    if lemma in quantity_classes().speeds and lemma not in _bounds():
        return None  # "an annual pace of 18,200": a rate of what it counts, no thing of its own
    if any((c.like_num or c.dep_ == "nummod") and not _multiplier(c) for c in noun.lefts):
        return None  # "two groups of 12": so many in each, not a quantity of its own
    if noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    return noun, group_in(list(noun.lefts))


@lru_cache(maxsize=1)
def _bounds() -> frozenset[str]:
    """The reference nouns of ``store/data/quantities.toml`` ("limit", "cap"): a speed noun
    among them ("a speed limit of 100") is a bound a bare count states, not a pace."""
    return frozenset(load_data("quantities.toml").get("reference_nouns", {}).get("nouns", []))


def _multiplier(tok: Token) -> bool:
    """ "10 times India's national standard of 60": a number before "times" is a multiple of
    the noun, which the parser may hang on it, not a count of such nouns."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("times", "time")


def _qualifier(span: Span) -> int:
    """How many words of a qualifier stand between "of" and the number ("a capacity of about
    45,000", "a waiting list of more than 3,200"): the figure's span starts at the number."""
    doc = span.doc
    count = 0
    i = span.start - 1
    while i > 0 and count < 3 and doc[i].lower_ in _QUALIFIERS:
        count += 1
        i -= 1
    return count


_QUALIFIERS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "over",
                         "than", "more", "less", "up", "to", "least", "at", "just", "only"})
