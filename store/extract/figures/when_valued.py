"""A year that says at what prices a sum is valued, not when: "€120 million at 2030 prices",
"$4.1 billion in 2015 dollars", "based on the prices of the 2030 harvest". Reports of costs,
losses and budgets fix the prices of a base year to compare sums across years (constant
prices); that year dates the price level, and the figure keeps the period its sentence or
article gives it. Two restatements of one estimate, one saying its price basis and one not,
are then one estimate of one period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import valued_at_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

VALUED_PREPS = frozenset({"at", "in", "on"})  # "at 2030 prices", "in 2015 dollars", "based on"
NOUN_HOPS = 3  # nouns climbed from the year: "the prices of the 2030 harvest"


def values_a_price(date: Token) -> bool:
    """Whether the year at ``date`` sits in a phrase of prices or money that a sum is valued
    at: the year, through a few nouns joined by "of", on a price noun that is the object of
    "at", "in" or "on"."""
    tok = date
    for _ in range(NOUN_HOPS):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.lower_ == "of" and head.dep_ == "prep":
            head = head.head  # "the prices of the 2030 harvest"
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        if (head.lemma_.lower() in valued_at_nouns() or head.lower_ in valued_at_nouns()) \
                and head.dep_ == "pobj" and head.head.lower_ in VALUED_PREPS:
            return True
        tok = head
    return False
