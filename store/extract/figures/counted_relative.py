"""A relative clause whose verb the tagger reads as a noun ("receipts, which the bureau
compiles, reached ..." with "compiles" tagged a plural noun): the parser then gives the main
verb two subjects, the relative pronoun and the misread verb after the relative clause's own
subject. A clause has one subject; the pronoun, first, is the real one and stands for the noun
the clause is on, and the word after it is no noun of the figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def relative_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The noun a relative clause is on, when its pronoun ("which", "that") is one of a relative
    verb's subjects and another subject follows it; else None."""
    if verb.dep_ != "relcl" or len(subjects) < 2:
        return None
    pronoun = min(subjects, key=lambda c: c.i)
    if pronoun.tag_ != "WDT" or verb.head.i > pronoun.i:
        return None
    return verb.head


def antecedent_for(verb: Token, child: Token) -> Token | None:
    """The noun a relative clause is on, when ``child`` is the misread subject after its
    pronoun (``relative_subject``); else None."""
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    on = relative_subject(verb, subjects)
    return on if on is not None and child.i > min(c.i for c in subjects) else None
