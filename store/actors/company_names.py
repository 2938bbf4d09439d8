"""A company called by the first words of its name, for actor resolution (rule 6e):
"Osgood Pryce" is the "Osgood Pryce Securities" and "Marwick Dale" the "Marwick Dale
Capital LLC" of another sentence or article, whatever the tagger took the short name for (a
coined firm's first words read to it as a person's name or a place's). Business copy names a
firm in full once and then by the words before its trade or legal form.

Each company name of the corpus is indexed under its first words (two or more, short of the
whole); each distinct surface is then looked up once: no pair of names is compared. A short name
two companies' names start joins neither; nor does one the corpus writes as a place ("in Port
Velis": the town, not "Port Velis Shipping"); one the tagger mostly takes for a place joins only
where an article names it beside the company ("Harrow Bay" alone is the bay, not the "Harrow Bay
Company"; "Marwick Dale" after "Marwick Dale Capital" is the firm).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from store.actors.graph import UnionFind
from store.actors.keys import PLACES
from store.actors.records import MentionRecord, SurfaceFacts
from store.knowledge.name_words import name_words

_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+)?$")  # "in Port Velis"
_BEFORE = 12  # characters looked at before a short name: "near the " and a space to spare
_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})  # a name's labels, not an event's
_APART = frozenset({"of", "for", "at", "in", "on"})  # a name holding one is not one firm's


def company_prefixes(companies: Iterable[tuple[list[str], int]],
                     places: Collection[str]) -> dict[str, set[int]]:
    """The first words of each company's name (its key's words), two or more and short of the
    whole -> the nodes of the companies named so; not first words that end with a facility's
    word (``facility_words``): "Velm Airport" is the airport the "Velm Airport Company" runs.
    Not a name with a place's word or a
    preposition among its words: "Halvora Technologies Ireland Limited" is the firm's arm in a
    country, not the "Halvora Technologies" it starts with, and "Ana Reyes of Velm Capital"
    names a person and her firm."""
    longer: dict[str, set[int]] = defaultdict(set)
    facilities = name_words().facility_words
    for tokens, node in companies:
        if not _APART.isdisjoint(tokens) or any(t in places for t in tokens[2:]):
            continue
        for n in range(2, len(tokens)):
            if tokens[n - 1] not in facilities:  # "Velm Airport" is no "Velm Airport Company"
                longer[" ".join(tokens[:n])].add(node)
    return longer


def join_short_company_names(companies: Iterable[tuple[list[str], int]],
                             surfaces: Iterable[SurfaceFacts], mentions: Iterable[MentionRecord],
                             node_of: list[int], texts: Mapping[str, str], uf: UnionFind,
                             fixed: set[int], places: Collection[str]) -> None:
    """Join each name of two words or more that starts the one company of ``companies`` (key's
    words, node) to it, unless a mention of it is written as a place ("in", "at", "near"
    before it) or it is a curated name or a country (``fixed``); a name the tagger mostly
    labels a place only where an article holds both names. ``node_of``: each mention's node;
    ``places``: the words of countries, their peoples and the places of the corpus."""
    companies = list(companies)
    longer = company_prefixes(companies, places)
    if not longer:
        return
    short = {f.key: f.node for f in surfaces
             if f.key in longer and f.node >= 0 and not f.acronym and f.label in _LABELS
             and f.node not in fixed}
    if not short:
        return
    firms = {node for _, node in companies}
    placed: set[str] = set()
    votes: dict[str, int] = defaultdict(int)  # > 0: tagged a place more often than not
    where: dict[str, set[str]] = defaultdict(set)  # the short name's articles
    firm_in: dict[int, set[str]] = defaultdict(set)  # each company's articles
    for m in mentions:
        if m.key in short:
            where[m.key].add(m.article)
            votes[m.key] += 1 if m.label in PLACES else -1
            if _AT_PLACE.search(texts[m.article], max(0, m.start - _BEFORE), m.start):
                placed.add(m.key)
        elif node_of[m.index] in firms:
            firm_in[node_of[m.index]].add(m.article)
    for key, node in short.items():
        if key in placed:
            continue
        nodes = longer[key]
        roots = {uf.find(n) for n in nodes}
        if len(roots) != 1:
            continue
        if votes[key] > 0 and not any(where[key] & firm_in[n] for n in nodes):
            continue  # "Harrow Bay" where no article names the "Harrow Bay Company"
        uf.union(node, roots.pop())
