"""People a verb of staying puts in a place of refuge ("740 people remained in 11 shelters",
"480 people stayed in evacuation centres", "1,900 people slept in emergency shelters") are
the people in shelters, a count of its own: not the displaced (many stay with relatives) nor
the evacuated.
The places are ``refuge_nouns`` of ``store/data/context.toml``, as for a bare number ("740
were in shelters", ``inherit._sheltered``), and the phrase is the one that rule writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import pobj
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs of staying somewhere ("were in", "remain in", "slept in", "spent the night in")
STAYING = frozenset({"be", "remain", "stay", "live", "sleep", "spend", "shelter"})
IN = "in"


def refuge_of(head: Token) -> str | None:
    """ "in shelters", "in evacuation centres": where the verb whose subject a counted noun is
    keeps it, when that place is one of refuge; None otherwise. Reads the verb's prepositions
    and those of its object ("spent the night in shelters"), not the sentence."""
    if head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.lemma_.lower() not in STAYING:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != IN:
            continue
        place = pobj(prep)
        if place is None or place.pos_ != "NOUN":
            continue
        compounds = [t for t in place.lefts if t.dep_ == "compound"]
        lemma = place.lemma_.lower()
        named = " ".join([*(t.lower_ for t in compounds), lemma])
        refuges = context_words().refuge_nouns
        if lemma in refuges or named in refuges:
            return " ".join([IN, *(t.text for t in compounds), place.text])
    return None
