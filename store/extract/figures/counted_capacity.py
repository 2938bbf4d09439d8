"""A bare count a place or a thing "holds", "seats" or "accommodates" is its capacity: "a
stadium that holds 62,500", "the hall, which seats 2,000", "the ferry can accommodate 400".

The verbs are ``capacity_verbs`` of ``store/data/context.toml`` (WordNet 3.1 hold.v.11, seat.v.03,
accommodate.v.03): said of a container in the present tense, or with "can", they give how much it
has room for (for "hold", "contain" and "store", only of a building, a venue, a vessel, a vehicle
or a container of ``container_nouns``: "the list contains 1,200" and "the bank holds 3,000" say how
many it has), a standing property of it, not a count of what is in it now. The number has no noun
of its own; a noun another figure of the sentence counts ("their average crowd was 58,940 in a
stadium that holds 62,500") is not what it counts. A person, a body or a place as subject ("the
party holds 120", "Ukraine holds 3,000") is an owner, not a container; the past tense ("the police
held 40") is an event. Reads the figure's own verb and its subject only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

CAPACITY = "capacity"
PRESENT = frozenset({"VBZ", "VBP"})  # "holds", "seat"
ABLE = frozenset({"can", "could"})  # "can hold", "could seat"
ROOM_VERBS = frozenset({"seat", "accommodate"})  # room for people whatever holds it
OWNERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # who holds things as their own
NOW = frozenset({"now", "currently", "still"})  # "the camp now holds": who is in it, not its room


def name_the_capacity(fig: FoundFigure, span: Span) -> None:
    """A bare count, or one that only borrowed a noun from another figure, that is the object of
    a verb of capacity said of a container measures the container's capacity."""
    if fig.rate or (fig.counted is not None and not fig.inherited) or fig.unit not in (
            "count", "people"):
        return
    verb = span.root.head
    if span.root.dep_ != "dobj" or verb.lemma_.lower() not in context_words().capacity_verbs:
        return
    able = any(c.dep_ == "aux" and c.lower_ in ABLE for c in verb.children) or _built_to(verb)
    if (verb.tag_ not in PRESENT and not able) or any(
            c.dep_ == "advmod" and c.lower_ in NOW for c in verb.children):
        return
    container = _container(verb)
    if container is None or (verb.lemma_.lower() not in ROOM_VERBS
                             and container.lemma_.lower() not in container_nouns()):
        return
    if container.lemma_.lower() in _occupied() and not able:
        return  # "the jail holds 1,150": the people in it now, not its room
    fig.counted = f"{container.lower_} {CAPACITY}" if container.pos_ == "NOUN" else CAPACITY
    fig.counted_head = CAPACITY
    fig.inherited = True


def _built_to(verb: Token) -> bool:
    """Whether the verb is the purpose of "built" or "designed" ("built to hold 5,000")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in ("build", "design")


def _container(verb: Token) -> Token | None:
    """The verb's subject, or the noun a relative clause on it is about ("a stadium that
    holds"), when it is a common noun or a name that is no person, body or country."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and _built_to(verb):  # "the jail was built to hold 500"
        built = verb.head
        subject = built.head if built.dep_ == "acl" else next(
            (c for c in built.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in OWNERS:
        return None
    if subject.lemma_.lower() in context_words().generic_people:
        return None
    return subject


@lru_cache(maxsize=1)
def _occupied() -> frozenset[str]:
    """The ``occupied_containers`` of ``store/data/context.toml``: what "holds" its people."""
    return frozenset(load_data("context.toml")["counted"].get("occupied_containers", []))


@lru_cache(maxsize=1)
def container_nouns() -> frozenset[str]:
    """The ``container_nouns`` of ``store/data/context.toml``: what "holds" room, not goods."""
    return frozenset(load_data("context.toml")["counted"].get("container_nouns", []))
