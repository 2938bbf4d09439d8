"""A body's official name that goes on with "and" after its first portfolio, and its short form
in other articles: "Ministry of Transport and Public Works" in a statement, "the transport
ministry" or "the Ruritanian transport ministry" in the news copy of the same story.

News copy shortens a ministry's or a department's official name to its first portfolio; within
an article ``store.actors.resolve`` joins them already (rule 6), across articles it did not,
since "and" may name another portfolio of another body ("Department of Water" beside
"Department of Water and Sanitation"). A story holds both as two bodies rarely, and then names
the short one in full too: so the short form ("<head> of <portfolio>", with or without its
country's adjective) joins the one longer name of the corpus that starts with it and goes on
with "and", when no other longer name starts with it, and all its country's adjectives are one
country's, a country named where the long name is (without an adjective, its articles name no
country the long name's articles do not). Only a short form written portfolio first
("the labour department"), as news copy shortens a name: one the corpus writes in the formal
shape too ("Office of Rail" beside "Office of Rail and Road") says it is a name of its own; but
not a ministry's ("Ministry of Fisheries" in one article, "Ministry of Fisheries and Marine
Resources" in the next), since a government gives each portfolio to one ministry (the cabinet
post its minister holds), where an office or a department may sit beside a larger one. One
pass over the distinct names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

_OF = frozenset({"of", "for"})
# the head of a body that is the only one of its portfolio in a government: its name in the
# formal shape is still the short form of a longer one
_SOLE_HEADS = frozenset({"ministry"})
# the words after which a body's name goes on: "Centre for ...", "... and Public Works" (resolve
# reads them too)
JOINING = frozenset({"to", "of", "for", "against", "in", "on", "and"})


def _core(key: str, demonyms: Mapping[str, str]) -> tuple[str | None, str]:
    """A body's key without a leading country's adjective, and that country (or None)."""
    first, _, rest = key.partition(" ")
    if first in demonyms and " " in rest:
        return demonyms[first], rest
    return None, key


def _short_of(tokens: list[str]) -> tuple[str, bool] | None:
    """Of "<head> of <portfolio> ...": the words before the first word after the portfolio that
    carries the name on, and whether that word is "and"; None for other shapes."""
    if len(tokens) < 3 or tokens[1] not in _OF:
        return None
    for n in range(3, len(tokens) - 1):
        if tokens[n] in JOINING:
            return " ".join(tokens[:n]), tokens[n] == "and"
    return None


def portfolio_pairs(bodies: Mapping[str, int], formal: set[str], demonyms: Mapping[str, str],
                    find: Callable[[int], int],
                    countries_beside: Callable[[set[int]], dict[int, set[str]]],
                    ) -> list[tuple[int, int]]:
    """(short form's node, long name's node) of each body's name of ``bodies`` (key -> node),
    never written in the formal shape (its key not in ``formal``), that is the first portfolio
    of the one longer name of the corpus going on with "and"."""
    longer: dict[str, set[int]] = defaultdict(set)  # a short form -> the roots of longer names
    long_and: dict[str, int] = {}  # a short form -> a node of a longer name going on with "and"
    cores: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    for key, node in bodies.items():
        state, core = _core(key, demonyms)
        cores[core].append((state, key))
        if state is None and (short := _short_of(core.split())):
            prefix, with_and = short
            longer[prefix].add(find(node))
            if with_and:
                long_and[prefix] = node
    wanted = {prefix: node for prefix, node in long_and.items()
              if len(longer[prefix]) == 1 and prefix in cores}
    if not wanted:
        return []
    # a short form without its country's adjective, by the countries of its own articles
    bare = {bodies[key] for prefix in wanted for state, key in cores[prefix] if state is None}
    named = countries_beside(set(wanted.values()) | bare)
    pairs: list[tuple[int, int]] = []
    for prefix, long_node in wanted.items():
        states = {state for state, _ in cores[prefix] if state is not None}
        there = named.get(long_node, set())
        if len(states) > 1 or not states <= there:
            continue  # two countries' ministries, or one the long name's articles never name
        # "the Health Ministry" in an article about Cuba is not Jamaica's "Ministry of Health
        # and Wellness": a bare short form's articles name no country the long name's do not
        sole = prefix.split(" ", 1)[0] in _SOLE_HEADS
        pairs.extend((bodies[key], long_node) for state, key in cores[prefix]
                     if (sole or key not in formal)
                     and (state is not None or named.get(bodies[key], set()) <= there))
    return pairs
