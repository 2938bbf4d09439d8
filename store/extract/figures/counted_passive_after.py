"""A bare number right before the passive of a verb of harming people ("... at the fairground and
48 were injured"): the parser may hang the number on the noun before "and" rather than make it
the verb's subject, and the number then borrows a neighbour's noun ("deaths"). Read by position,
it counts the people the verb befell, as the parsed subject of that passive does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import with_particle

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure
    from store.knowledge.context import ContextWords

REACH = 4  # tokens between the number and its participle ("were", "had been", "also")
AUXILIARIES = frozenset({"be", "have"})


def harmed_by_position(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """Name a bare number followed by "were/had been ..." and the past participle of a verb
    whose object is a person (``human_object_verbs``), when the parser gave that participle no
    subject: "people injured"; whether it did."""
    doc = span.doc
    i = span.end
    end = min(len(doc), span.end + REACH)
    auxiliaries = 0
    while i < end and ((doc[i].dep_ in ("aux", "auxpass") and doc[i].lemma_ in AUXILIARIES)
                       or doc[i].pos_ == "ADV"):
        auxiliaries += doc[i].dep_ in ("aux", "auxpass")
        i += 1
    if i >= end or not auxiliaries or doc[i].tag_ != "VBN":
        return False
    verb = doc[i]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
            with_particle(verb, verb.lemma_.lower()) not in ctx.human_object_verbs):
        return False
    fig.unit = "people"
    fig.counted, fig.counted_head = f"people {with_particle(verb, verb.lower_)}", "people"
    fig.inherited = True
    return True
