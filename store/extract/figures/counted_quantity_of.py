"""A noun that names a quantity of something else, said with what it is of: "the cost of the new
bridge", "the share of households with broadband", "the value of the council's pension fund",
"the rate of unemployment". Alone, "cost", "share" or "value" tells a reader nothing of what was
measured; the "of" phrase is the thing, so the counted phrase keeps it ("cost of new bridge",
"share of households"). The head stays the quantity noun, so that grouping reads the figure as
before.

The nouns are those whose figure is an amount of money (``[money_nouns]`` of units.toml) or a
share (``[percent_nouns]`` of quantities.toml, and "percentage"). The "of" phrase is left out
when the figure stands in it ("a cost of $40m", "a share of 12%": the value of the noun), when
its object is a pronoun, a number or a word that names no thing (``not_counted``: "the share of
the total"), an amount of its own, or a noun with only "the", "that" or a possessive before it,
which stands for a thing named before ("the cost of the event": the event's name is
elsewhere); an "of" not right after the noun is left to the words it follows; a common word in
brackets after the object, which glosses it, is kept ("price of heating oil (kerosene)"); a
gerund gives its object ("the cost of shipping a pallet": a pallet), and a measure word the noun
of its own "of" phrase ("the price of a litre of milk": milk)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import DEFINITE, counted_phrase, is_unit_noun
from store.extract.figures.parse import pobj
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OF = "of"
# "percentage" names a share as "proportion" does (WordNet 3.1 percentage.n.01: a proportion in
# relation to a whole), though a percentage said of it is no rate of its own to be listed there
PERCENTAGE = "percentage"


@lru_cache(maxsize=1)
def _quantity_nouns() -> frozenset[str]:
    return frozenset({*units().money_nouns, *quantity_classes().percent_nouns, PERCENTAGE})


def with_its_thing(head: Token, span: Span, phrase: str) -> str:
    """``phrase`` (the counted phrase of ``head``) with the thing a quantity noun is of after it
    ("cost" -> "cost of new bridge"); ``phrase`` itself for any other noun, or when no "of"
    phrase names a thing (see the module's docstring)."""
    words = phrase.split()
    if head.lemma_.lower() not in _quantity_nouns() or not words or (
            words[-1].lower() != head.lower_):
        return phrase
    thing = _thing_of(head, span)
    return f"{phrase} {OF} {thing}" if thing else phrase


def _thing_of(head: Token, span: Span) -> str | None:
    """The words of the thing the "of" phrase of ``head`` names, or None."""
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == OF), None)
    if of is None or of.i != head.i + 1:
        return None  # "the bank's loan and €780m of grants": the "of" is another amount's
    obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if (
        of is not None) else None
    if obj is None or _the_figure_itself(obj, span):
        return None  # "a cost of $40m": the figure is the noun's own value
    if obj.tag_ == "VBG":  # "the cost of shipping a pallet"
        obj = next((c for c in obj.children if c.dep_ == "dobj"), None)
    if obj is not None and is_unit_noun(obj):
        inner = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == OF), None)
        obj = pobj(inner) if inner is not None else None  # "a litre of milk": the milk
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.like_num or (
            obj.lemma_.lower() in context_words().not_counted) or _an_amount(obj) or (
            _said_before(obj)):
        return None
    phrase = counted_phrase(obj, None)
    gloss = _gloss_after(obj)
    return f"{phrase} ({gloss})" if phrase and gloss else phrase or None


def _gloss_after(obj: Token) -> str | None:
    """A common word in brackets right after the object, which says in everyday words what a
    trade or formal name is ("premium grade spirit (diesel)"): the reader's word for the thing.
    An abbreviation in capitals ("(CPI)") only restates the name and is left out."""
    doc = obj.doc
    i = obj.i + 1
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    word = doc[i + 1]
    return word.text if word.is_alpha and word.is_lower else None


def _an_amount(obj: Token) -> bool:
    """An object with a number of its own ("a budget of 4bn crowns", a currency the units file
    lacks): another figure, no thing."""
    return any(ch.isdigit() for ch in obj.text) or any(
        c.like_num or c.dep_ == "nummod" for c in obj.children)


def _said_before(obj: Token) -> bool:
    """ "the cost of the event", "the value of that deal in May", "the cost of the 40-km line":
    a common noun with a definite determiner and nothing before it but a possessive or a size in
    digits stands for a thing the article has named before, and says less of it than the
    quantity noun alone does."""
    lefts = list(obj.lefts)
    definite = [t for t in lefts if t.lower_ in DEFINITE or t.tag_ == "PRP$"]
    return obj.pos_ == "NOUN" and bool(definite) and all(t in definite or _a_size(t)
                                                         for t in lefts)


def _a_size(tok: Token) -> bool:
    """A modifier that gives a size in digits ("the 40-km line"): how big the thing is, not which
    thing it is."""
    return any(ch.isdigit() for ch in tok.text) or any(
        any(ch.isdigit() for ch in c.text) for c in tok.lefts)


def _the_figure_itself(obj: Token, span: Span) -> bool:
    """Whether the object of "of" is the figure, or a noun the figure counts ("a share of 12%",
    "the share of the 52,000 voters")."""
    return span.start <= obj.i < span.end or any(
        span.start <= c.i < span.end for c in obj.children
        if c.dep_ in ("nummod", "quantmod", "compound", "nmod"))
