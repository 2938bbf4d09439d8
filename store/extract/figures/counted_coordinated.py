"""The object of a verb of revising that a figure belongs to when the verb takes two ("revised its
count of the dead from nine to 11 and its count of the injured from 112 to 137"): the parser
hangs the second object on the verb as a conjunct, so the first object's own figures must not
lend their noun to the second's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

# the prepositions that set an object to its figures ("from 112 to 137", "by 40")
SETTING = frozenset({"from", "to", "by"})


def coordinated_object(verb: Token, obj: Token, span: Span) -> Token:
    """The last noun conjunct of ``verb`` that stands after ``obj`` and before the figure, with
    a preposition of setting between the two (the first object has figures of its own); else
    ``obj``. "raised prices and fees to $40" has no such preposition between its objects, and
    both keep the first."""
    doc = span.doc
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"
             and obj.i < c.i < span.start]
    if not later:
        return obj
    conjunct = max(later, key=lambda c: c.i)
    setting = any(t.lower_ in SETTING and t.dep_ in ("prep", "quantmod")
                  for t in doc[obj.i + 1:conjunct.i])
    return conjunct if setting else obj


def people_named_by_adjective(obj: Token) -> bool:
    """ "its count of the injured", "the number of the displaced": an adjective or a
    participle after "the", standing alone as the object of "of", names the people it describes
    (a noun the parser does not tag as one)."""
    return obj.dep_ == "pobj" and obj.tag_ in ("JJ", "VBN") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children) and not any(
        c.dep_ in ("prep", "dobj", "amod") for c in obj.children)


BETWEEN_REACH = 12  # tokens between two figures a second quantity's noun is looked for in


def another_quantity_between(doc: Doc, donor: FoundFigure, fig: FoundFigure) -> bool:
    """ "raised its count of the dead to 11 and its count of the injured from 112": a number noun
    "of" something (``number_nouns``) between two figures starts a second quantity, so the
    "to ... from" around it sets no comparison between the two figures."""
    nouns = context_words().number_nouns
    span = doc.char_span(donor.end, fig.start, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lemma_.lower() in nouns and t.idx >= donor.end and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in span[:BETWEEN_REACH])
