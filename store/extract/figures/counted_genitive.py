"""A bare count in the "of" phrase of a common noun measures that noun: "below the licensed
capacity of 45,000", "a national standard of 60", "a waiting list of 3,200", "a majority of 12".

This is the measure genitive (Quirk et al., A Comprehensive Grammar of the English Language,
5.116: the "of" phrase gives the measure of the noun it follows, "a height of six feet"): the
number has no noun of its own, and the noun before "of" is the quantity the clause states. It
wins over a noun another figure of the sentence counts ("sold 44,000 tickets, below the licensed
capacity of 45,000": a capacity, not tickets), though what that figure counts stays the unit
the capacity is in ("carried 463 passengers, 2.6 times its capacity of 180": 180 passengers).
Only nouns that name a number of their own do this (``measure_nouns`` of
``store/data/quantities.toml``): a group or a batch ("a team of 40"), a change ("a rise of 12"),
a body ("a union of 40,000") or a reference figure ("against a target of 12 million" of the
households just counted) measure nothing here. Reads the figure's own phrase only.

A measure in such a phrase is the measure of that noun as well ("against an international
standard of 4.7 square metres", "above a legal limit of 30 tonnes"): the noun is what it is, not
the thing another clause of the sentence measured (``measured_in_a_unit``).

A sum is named by the noun it is "of" in the same way ("on revenue of about €31bn", "a fine of
$5m": ``counted_named_sum``), when its clause names nothing nearer ("insurance, with a limit of
$20m": the insurance), and that noun wins over what a sum before it in the sentence is ("made
€4.2bn in net profit on revenue of €31bn": revenue, not profit).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted_named_sum import named_by_its_of_noun
from store.extract.figures.parse import group_in, qualified_only
from store.knowledge.loader import load_data
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure


def measured_by_of(span: Span) -> tuple[Token, str | None] | None:
    """The noun a bare count is the "of" phrase of, and the group named before it, or None."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or not qualified_only(prep, span):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.i != prep.i - 1 or not _a_measure(noun):
        return None
    if any((c.like_num or c.dep_ == "nummod") and not _multiplier(c) for c in noun.lefts):
        return None  # "two groups of 12": so many in each, not a quantity of its own
    if noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    return noun, group_in(list(noun.lefts))


def sum_named_by_of(span: Span) -> tuple[Token, str | None] | None:
    """The noun a sum is the "of" phrase of ("revenue of about €31bn"), and the group named
    before it, or None."""
    if not named_by_its_of_noun(span):
        return None
    noun = span.root.head.head
    return noun, group_in(list(noun.lefts))


def _a_measure(noun: Token) -> bool:
    """Whether the noun names a number of its own (``measure_nouns`` of
    ``store/data/quantities.toml``): "a capacity of", "a waiting list of", never "a team of"."""
    nouns, phrases = _measure_nouns()
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return lemma in nouns or f"{before} {lemma}" in phrases


@lru_cache(maxsize=1)
def _measure_nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("quantities.toml").get("measure_nouns", {})
    return frozenset(data.get("nouns", [])), frozenset(data.get("phrases", []))


def _multiplier(tok: Token) -> bool:
    """ "10 times India's national standard of 60": a number before "times" is a multiple of
    the noun, which the parser may hang on it, not a count of such nouns."""
    doc = tok.doc
    return tok.lower_ in _TIMES or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _TIMES)


_TIMES = ("times", "time")


def measured_in_a_unit(fig: FoundFigure) -> bool:
    """A figure in a unit of measure ("4.7 square metres", "30 tonnes"), whose "of" phrase after
    a measure noun measures that noun as a bare count's does."""
    return fig.base_unit in units().measure_codes
