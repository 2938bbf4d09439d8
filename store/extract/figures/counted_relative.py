"""A relative clause whose verb the tagger reads as a noun ("receipts, which the bureau
compiles, reached ..." with "compiles" tagged a plural noun): the parser then gives the main
verb two subjects, the relative pronoun and the misread verb after the relative clause's own
subject. A clause has one subject; the pronoun, first, is the real one and stands for the noun
the clause is on, and the word after it is no noun of the figure.

A figure in a relative clause on a verb's subject ("The forum, which collects reports from 64
hospitals, put the number at 17,800") describes who the subject is; it lends no noun to the
figure of that verb, which counts what the subject estimates, not what it is made of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure


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


RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def antecedent_of_pronoun(verb: Token, subject: Token) -> Token:
    """ "a waiting list that rose to 5.2m", "the queue, which grew to 400 by noon": a relative
    pronoun that is the subject of its clause stands for the noun the clause is on, which is
    what the clause's figure measures; any other subject is itself."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.dep_ in ("nsubj", "nsubjpass") and (
            verb.dep_ == "relcl" and verb.head.i < subject.i):
        return verb.head
    return subject


def describes_the_subject(doc: Doc, fig: FoundFigure, donor: FoundFigure) -> bool:
    """Whether ``donor`` stands in a relative clause on the subject of the verb ``fig`` is
    governed by, and ``fig`` outside that clause (the module's docstring)."""
    mine = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    theirs = doc.char_span(donor.start, donor.end, alignment_mode="expand")
    if mine is None or theirs is None:
        return False
    clause = next((t for t in [theirs.root, *theirs.root.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i <= mine.root.i <= clause.right_edge.i:
        return False
    subject = clause.head
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == governing_verb(mine).i
