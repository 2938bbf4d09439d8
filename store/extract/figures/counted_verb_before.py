"""A bare number that does what a counted noun was said to do just before: "The zoo said 38
monkeys had escaped. The keepers think at least 200 escaped that night." A bare number that is
the subject of a verb people do ("escaped", "returned", "fled") counts people only when nothing
else was said to do it: the same verb said of a count of other things, earlier in the figure's
paragraph or the one before (a news paragraph is a sentence or two; a few sentences back at most),
names what the bare number counts (the monkeys), as the
writer leaves the noun out because it was just given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = ("nsubj", "nsubjpass")
REACH = 90  # tokens before the figure searched for the verb said of a count (a few sentences)


def counted_by_the_verb_before(span: Span, verb: Token) -> Token | None:
    """The plural noun a number counts ("38 monkeys") that is the subject of ``verb``'s lemma in
    its paragraph before it or in the paragraph before, within ``REACH``; None when there is
    none, or when it counts persons (then the people rule holds)."""
    doc = span.doc
    lemma = verb.lemma_.lower()
    person = units().person_units
    breaks = 0
    for tok in reversed(doc[max(0, span.start - REACH):span.start]):
        if "\n" in tok.text_with_ws and tok.i < span.sent.start:
            breaks += 1
            if breaks > 1:
                return None  # two paragraphs back: another story's noun
        if tok.lemma_.lower() != lemma or tok.pos_ not in ("VERB", "AUX") or tok.i == verb.i:
            continue
        for subject in (c for c in tok.children if c.dep_ in SUBJECTS):
            if subject.pos_ not in ("NOUN", "PROPN") or not any(
                    c.dep_ == "nummod" or c.like_num for c in subject.children):
                continue
            kind = units().count_classes.get(subject.lemma_.lower(), subject.lower_)
            if kind in person or kind == "people":
                return None  # "40 prisoners escaped": people after all
            return subject
    return None
