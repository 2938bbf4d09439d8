"""Another count of a measure said in the same sentence: "The fires burned 58,730 hectares by the
agency's count and about 71,000 by the satellite count", "we mapped about 415,000 hectares; the
agency's count was 411,000". A bare number that a count or an estimate gives ("by X's count",
"X's count was N") is that count's figure for the measure its own sentence gave before it, not
for whatever the sentence before counted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.knowledge.context import context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure

REACH = 6  # figures back in the sentence the measured one may stand
# a figure in brackets right after another is its conversion, not the measure first said
_IN_BRACKETS = re.compile(r"\(\s*(?:about|around|some|nearly|almost|roughly)?\s*$", re.I)


def measured_by_another_count(figures: list[FoundFigure], i: int, doc: Doc
                              ) -> FoundFigure | None:
    """The measured figure (not a sum, not a conversion in brackets) before a bare number in its
    own sentence, when a count noun gives that number; else None."""
    fig = figures[i]
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not _given_by_a_count(span.root):
        return None
    text = text_of(doc)
    measures = units().measure_codes
    for other in reversed(figures[max(0, i - REACH):i]):
        if other.sentence != fig.sentence:
            return None
        if other.unit in measures and not _IN_BRACKETS.search(text, max(0, other.start - 12),
                                                              other.start):
            return other
    return None


def _given_by_a_count(num: Token) -> bool:
    """ "71,000 by the satellite count", "the agency's count was 411,000": the number is what a
    noun of an authored count gives, by "by" on the number or as the complement of that noun's
    "be". A noun that names its own things ("toll": deaths) is no such count."""
    if num.dep_ == "attr" and num.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _a_count(c) for c in num.head.children)
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and _a_count(g) for g in c.children) for c in num.children)


def _a_count(noun: Token) -> bool:
    """A noun of an authored count that does not say what it counts ("the count of evacuees"
    names its own things; "the count of the university's centre" names whose it is)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in estimate_words().origin_nouns and (
        lemma not in context_words().self_counting) and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children) for c in noun.children)
