"""A happening's edition named by its year and acronym ("2030 CPH") is the one happening of the
corpus named in full with that year and a name those letters are the initials of ("2030 Census
of Population and Housing", or with the place before it left out: "2031 Velm Census of Farms");
another year's ("2020 CPH") is another edition. Two happenings of that year the letters fit: it
stays apart.

One pass over the events' mentions; each is looked up by its year and letters in one dictionary.
"""

from __future__ import annotations

import re
from collections import defaultdict

from store.actors.graph import UnionFind
from store.actors.records import MentionRecord
from store.extract.mentions.editions import spelled_as
from store.knowledge.folding import is_acronym

_EDITION = re.compile(r"((?:19|20)\d\d)[ \t]+(\S+)")
_NAMED = re.compile(r"((?:19|20)\d\d)[ \t]+(\S.*\S)")


def join_editions(mentions: list[MentionRecord], node: list[int], uf: UnionFind) -> None:
    named: dict[tuple[str, str], set[int]] = defaultdict(set)  # (year, initials) -> nodes
    editions: list[tuple[MentionRecord, str, str]] = []
    for m in mentions:
        if m.label != "EVENT" or node[m.index] < 0:
            continue
        surface = m.surface.strip()
        if (e := _EDITION.fullmatch(surface)) is not None:
            if is_acronym(e.group(2)):
                editions.append((m, e.group(1), e.group(2).replace(".", "").upper()))
        elif (n := _NAMED.fullmatch(surface)) is not None and " " in n.group(2):
            for letters in spelled_as(n.group(2)):  # a place's name before it or not
                named[(n.group(1), letters)].add(node[m.index])
    for m, year, letters in editions:
        roots = {uf.find(n) for n in named.get((year, letters), ())}
        if len(roots) == 1:
            uf.union(node[m.index], roots.pop())
