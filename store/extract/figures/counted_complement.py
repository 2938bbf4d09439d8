"""A bare number that is the subject of "be" counts the plural noun "be" gives it: "Of the 90,
41 were adults and 49 were children" counts adults, then children; "40 are juniors" juniors.
The number names no noun of its own, so without this it borrows the whole's ("90") or the
figure's before it ("adults"), and the parts of one whole would count the same thing.

Read from the number's own token and the few words after it, so a parser that hangs the second
number on the first noun ("52 were men and 61 were women") still reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase, is_unit_noun
from store.knowledge.context import context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

BE = "be"
WINDOW = 3  # "were", "are all", "were mostly": words between "be" and its noun
SUBJECT_ROLES = frozenset({"nsubj", "conj"})  # "133" hung on "men" by "and" is a subject too


def name_by_the_complement(fig: FoundFigure, span: Span, armed: frozenset[str]) -> bool:
    """Name a bare count by the plural noun "be" right after it makes it ("41 were adults":
    adults, in the noun's class unit); True when it did."""
    if fig.unit != "count" or fig.counted is not None:
        return False
    noun = _complement(span)
    if noun is None:
        return False
    fig.counted, fig.counted_head = counted_phrase(noun, None), noun.lemma_.lower()
    fig.unit = count_unit(noun, None, armed) or fig.unit
    return True


def _complement(span: Span) -> Token | None:
    """The plural noun of "N were X": the number alone ends the span, "be" follows it at once and
    its complement is a plural common noun that is no unit ("were dollars") and no word that
    names no counted thing."""
    num = span[-1]
    doc = span.doc
    if not num.like_num or num.dep_ not in SUBJECT_ROLES or num.i + 1 >= len(doc):
        return None
    if _part_kept_by_its_whole(num):
        return None
    be = doc[num.i + 1]
    if be.lemma_.lower() != BE or be.pos_ not in ("AUX", "VERB"):
        return None
    noun = next((c for c in be.children if c.dep_ == "attr" and be.i < c.i <= be.i + WINDOW),
                None)
    if noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or is_unit_noun(noun) or (
            noun.lemma_.lower() in context_words().not_counted):
        return None
    return noun


BACK = 30  # tokens before the number, in its sentence and the one before, where the whole stands
_MORE_OF_THEM = frozenset({"another", "further"})


def _part_kept_by_its_whole(num: Token) -> bool:
    """A part that keeps its whole's word: "another" more of the count before it ("Another 27
    were children"), or one of a whole of the dead ("Of the 17 dead, 11 were pupils": deaths),
    a fate that is what the figure counts whoever they were (``event_bound`` classes of
    ``store/data/estimates.toml``)."""
    doc = num.doc
    if num.i >= 1 and doc[num.i - 1].lower_ in _MORE_OF_THEM:
        return True  # "Another 27 were children": 27 more of the count before it
    start = doc[num.sent.start - 1].sent.start if num.sent.start > 0 else num.sent.start
    lex = quantity_classes()
    fates = estimate_words().event_bound_classes
    return any((lex.outcomes.get(t.lower_) or lex.noun_class.get(t.lemma_.lower())) in fates
               for t in doc[max(start, num.i - BACK):num.i] if t.pos_ in ("NOUN", "ADJ"))
