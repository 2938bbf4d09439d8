"""A figure that completes the verb of a subject of its own ("the final toll is 61", "the tally
of notices stood at 1,870", "the number of strikers reached 4,300", "exports rose to 9,100"): its
clause has already said what it measures, so a count in the next clause ("..., and 12,400 head of
cattle were seized") names no noun for it. English news joins two such clauses with "and"
constantly; a noun handed from the second to the first is always another quantity's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_each import LEVEL_PREPOSITIONS
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def completed_verb(span: Span) -> Token | None:
    """The verb whose subject the figure's clause is about and that the figure completes: "be"
    with the figure as its attribute ("the toll is 61"), or a verb of measure or change
    (``measure_verbs``, ``change_verbs`` of ``store/data/context.toml``) with the figure as its
    object ("reached 4,300") or its level after "to" ("rose to 9,100"), or any verb's level
    after "at" ("stood at 1,870", "was put at 950"); None when the verb has no subject or the
    figure stands otherwise."""
    root = span.root
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.dep_ == "prep" and (
            root.head.head.pos_ in ("VERB", "AUX")):
        verb = root.head.head  # any verb's level "at" ("stood at", "was put at")
    else:
        ctx = context_words()
        if root.dep_ == "dobj":
            verb = root.head
        elif root.dep_ == "pobj" and root.head.lower_ in LEVEL_PREPOSITIONS and (
                root.head.dep_ == "prep"):
            verb = root.head.head
        else:
            return None
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or (
                lemma not in ctx.measure_verbs and lemma not in ctx.change_verbs):
            return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


# the mark that ends one clause and starts another inside a sentence or a headline (a colon
# opens a list of what the clause before it is about: "the turnout was strong: 6,000 in Lille")
CLAUSE_BREAKS = frozenset({";"})


def across_a_clause_break(span: Span, verb: Token) -> bool:
    """Whether a semicolon stands between a figure and the verb the parse hangs it on
    ("Occupancy up 2.4 points; a double room now costs €310"): a verbless headline clause the
    parser joins to the next clause's verb says nothing with that verb."""
    doc = span.doc
    low, high = sorted((verb.i, span.start))
    return any(t.text in CLAUSE_BREAKS for t in doc[low:high])
