"""Which lone words an article writes as the name of a route or a structure, for actor
resolution (``store.actors.resolve``).

"The Kelvar line", "the Kelvar high-speed line", "the Ostrom tunnel": a lone word after "the"
and before the head noun of a route or a structure (the heads of the ``called`` rule of
``store/data/descriptions.toml``: line, tunnel, bridge, plant, mine ...) names that thing, as a
place or a facility does, whatever label the tagger gave it. In that article it is not the
short name of a body whose longer name opens with it ("Kelvar Rail Partners", the consortium
building the line; "Ostrom Mining Group", the company digging near the town), just as a word the
article writes as a place is not (``store.actors.placed_words``): the line's builder is no more
the line than a town's council is the town. Found once in an article, it holds there. One pass
over the lone words; nothing per pair."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from store.actors.described import CALLED_AFTER, CALLED_REACH
from store.actors.keys import PLACES
from store.actors.records import MentionRecord
from store.knowledge.descriptions import descriptions


@cache
def _structure_heads() -> frozenset[str]:
    """The head nouns of a route or a structure the article names with a proper word."""
    return frozenset(head for head, rules in descriptions().by_head.items()
                     if any(rule.match == "called" and "FAC" in rule.types for rule in rules))


def structure_words(orphans: Iterable[MentionRecord],
                    texts: Mapping[str, str]) -> set[tuple[str, str]]:
    """(article, key) of each lone word of ``orphans`` its article writes once as "the X
    <structure head>", up to two hyphened modifiers between ("the Kelvar high-speed line"),
    where the tagger took it for no place or person: a place the tagger saw is left to the
    place rules, whose longer names it shortens ("the Cape route", "Cape of Good Hope")."""
    heads = _structure_heads()
    found: set[tuple[str, str]] = set()
    for m in orphans:
        if (m.article, m.key) in found or m.label == "PERSON" or m.label in PLACES:
            continue  # a place's word stays the place: "the Cape route" goes round the Cape
        text = texts[m.article]
        if not text.endswith(("the ", "The "), max(0, m.start - 4), m.start):
            continue
        hit = CALLED_AFTER.match(text, m.end, m.end + CALLED_REACH)
        if hit is not None and hit.group(1) in heads:
            found.add((m.article, m.key))
    return found
