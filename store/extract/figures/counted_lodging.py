"""A verb of staying with a place of lodging is a guest's stay, no fate: "3 million guests
stayed in hotels", "40,000 fans stayed at campsites" count the guests, not guests kept idle, as
"40 trawlers stayed in port" does. The lodging nouns are ``lodgings`` of
``store/data/quantities.toml``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure

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
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in AT_OR_IN:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = [obj, *(c for c in obj.children if c.dep_ == "compound")]
            if any(lodging_word(w) for w in words):
                return True
    return False


def lodging_word(tok: Token) -> str | None:
    """The lodging noun a token is, singular ("hotels" a tagger calls a name keeps its plural
    lemma: its "s" is dropped), or None."""
    lodgings = lodging_nouns()
    for word in (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")):
        if word in lodgings:
            return word
    return None


OCCUPANCY = "occupancy"  # how full lodging is: its rooms or beds taken, as a share
FULL = "full"
SHARE = "percent"


def occupancy_when_full(fig: FoundFigure, doc: Doc) -> None:
    """ "Hotels in the Algarve were 91.3% full": a share of how full a place of lodging is states
    its occupancy (UNWTO IRTS 2008, para. 6.23: the occupancy rate of accommodation), the noun
    a headline's "Occupancy up 2.4 points" uses; the share's subject, a lodging noun, names
    whose. Reads the share, its adjective and the verb's subject only."""
    if fig.unit != SHARE or not fig.counted:
        return
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return
    full = span.root.head
    if full.lower_ != FULL or full.i == span.root.i:
        return
    verb = full.head if full.dep_ == "acomp" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    lodging = lodging_word(subject) if subject is not None else None
    if lodging is None:
        return
    fig.counted = f"{lodging} {OCCUPANCY}"
    fig.counted_head = OCCUPANCY
