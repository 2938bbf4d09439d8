"""A count of things that one thing is for, or that share one thing: "one nurse for every nine
patients", "one well for more than 3,000 people", "one toilet is shared by up to 70 people"
count patients per nurse and people per well or toilet (a ratio the guide writes as a unit per
one thing, "people per household"), not a crowd of patients or people. A lone "one for each 25"
is left as it is: the "one" stands for a noun said before, which may be another quantity's
(the gold sets split on such a second clause). Read from the words right before the figure, so a
sentence of many figures costs one bounded look-back each."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.doc_text import text_of
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

BACK = 80  # characters before the figure the "one X for" phrase may start at
# the qualifiers that may stand between the phrase and the number (their words are the
# qualifier table's; the look-back needs only to pass them)
_QUALIFIER = (r"(?:(?:up\s+to|more\s+than|as\s+many\s+as|about|around|nearly|almost|over|some|"
              r"roughly|at\s+least|at\s+most|fewer\s+than|less\s+than|just)\s+)?")
_LINK = r"(?:for(?:\s+every|\s+each)?|to\s+(?:every|each)|(?:is\s+|are\s+)?shared\s+by)"
# "one nurse for", "one custodial officer on duty for": "one" and up to four words of its noun
# phrase (the noun itself is the one "one" counts, read from the parse)
_ONE_FOR = re.compile(rf"\b([Oo]ne)\s+(?:[a-z-]+\s+){{1,4}}?{_LINK}\s+{_QUALIFIER}$")


def name_the_one_for(fig: FoundFigure, span: Span) -> None:
    """Give a count the one thing it is counted against: its rate, and its counted phrase's
    "per" (the unit is written with the rate once the figure is assembled)."""
    if fig.rate is not None or " per " in fig.unit or not _counts_things(fig.unit):
        return
    doc = span.doc
    text = text_of(doc)
    start = max(span.sent.start_char, fig.start - BACK)
    window = text[start:fig.start]
    found = _ONE_FOR.search(window)
    if found is None:
        return
    at = start + found.start(1)
    one = _token_at(doc, at)
    noun = one.head if one is not None and one.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN" or _measure_or_time(noun) or (
            not at < noun.idx < fig.start):
        return
    fig.rate = noun.lemma_.lower()
    if fig.counted:
        fig.counted = f"{fig.counted} per {fig.rate}"
        fig.counted_head = fig.counted


def _counts_things(unit: str) -> bool:
    """A count (of a noun or bare), never money, a share or a measure."""
    lex = units()
    return unit not in lex.currency_codes and unit not in lex.measure_codes and unit not in (
        "percent", "fraction", "ratio", "percentage points", "points") and (
        unit not in lex.readings) and unit not in lex.time_words


def _measure_or_time(noun: Token) -> bool:
    lex = units()
    word = noun.lower_
    return word in lex.measures or f"{word}s" in lex.measures or word in lex.time_words or (
        f"{word}s" in lex.time_words)


def _token_at(doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
