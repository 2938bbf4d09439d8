"""A verb of staying with a place of lodging is a guest's stay, no fate: "3 million guests
stayed in hotels", "40,000 fans stayed at campsites" count the guests, not guests kept idle, as
"40 trawlers stayed in port" does. The lodging nouns are ``lodgings`` of
``store/data/quantities.toml``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from spacy.tokens import Token

STAYING = frozenset({"stay", "lodge", "sleep"})  # verbs of staying somewhere as a guest
AT_OR_IN = frozenset({"in", "at"})


@lru_cache(maxsize=1)
def lodging_nouns() -> frozenset[str]:
    """The nouns that name a place of lodging, read once."""
    return frozenset(w.lower() for w in load_data("quantities.toml")
                     .get("lodgings", {}).get("nouns", ()))


def stays_as_guest(verb: Token) -> bool:
    """Whether a verb of staying is "in" or "at" a place of lodging (its object's head, or a
    word compounded on it: "hotel rooms"); reads the verb's prepositions and their objects."""
    if verb.lemma_.lower() not in STAYING:
        return False
    lodgings = lodging_nouns()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in AT_OR_IN:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = [obj, *(c for c in obj.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in lodgings or w.lower_ in lodgings for w in words):
                return True
    return False
