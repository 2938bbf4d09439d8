"""Parts and their parent: "U.S. Navy" is a part of the United States, "Velmora's Northern Survey
Command" of Velmora, "the Ashby School at Eastmere University" of the university.

A part is not its parent (it keeps its own mentions) and not a stranger either: each actor may
name one parent, found, in this order of trust:

1. the curated file (``part_of`` in ``store/data/aliases.toml``);
2. its own name: "Government of Yemen" (a part's head, then "of" and another actor's name),
   "Yemen's coast guard" (a place's institution), "U.S. Navy" / "Italian Navy" / "NATO Shipping
   Centre" (another actor's name or its nationality word, then a part's head), "Harwick Vale
   Nursing School" (the distinctive words of "Harwick Vale University" before another head);
3. the text: "Velmora's Northern Survey Command" (an organisation or place, a possessive, then a
   part), "the Ashby School at Eastmere University" (a part, "at" or "of", then its body);
   the parent most often written so wins.

Part heads are data: ``part_heads`` in ``store/data/descriptions.toml``. A link that would make a
loop is dropped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from store.actors.keys import owner_and_institution
from store.actors.records import Cluster, MentionRecord
from store.knowledge.aliases import alias_entries, curated_entry
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import name_key

BODIES = frozenset({"ORG", "GPE", "LOC", "NORP"})
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+$")
_AT_GAP = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?$")


def _has_part_head(key: str) -> bool:
    """The name's head noun (before an "of" complement: "School of Public Health") is a
    part's."""
    words = tuple(key.split(" of ")[0].split())
    return any(words[-len(h):] == h for h in descriptions().part_heads)


class _Names:
    """Name key -> the one cluster that carries it (a key two clusters share names neither)."""

    def __init__(self, clusters: list[Cluster]) -> None:
        found: dict[str, int] = {}  # key -> its one cluster, -1 for two (no set for each key)
        for i, c in enumerate(clusters):
            for name in (c.name, *c.aliases):
                key = name_key(name)
                if found.get(key, i) != i:
                    found[key] = -1
                else:
                    found[key] = i
        self.by_key = {k: i for k, i in found.items() if i >= 0}
        self.stems: dict[str, set[int]] = defaultdict(set)  # a name without its last word
        for key, i in self.by_key.items():
            head, _, _ = key.rpartition(" ")
            if head:
                self.stems[head].add(i)

    def get(self, name: str) -> int | None:
        key = name_key(name)
        hit = self.by_key.get(key)
        if hit is None:
            country = countries().of_demonym(name) or countries().country(name)
            hit = self.by_key.get(name_key(country)) if country else None
        if hit is None and (entry := curated_entry(name)) is not None:
            hit = next((self.by_key[k] for k in map(name_key, entry.names)
                        if k in self.by_key), None)
        return hit


def link_parts(clusters: list[Cluster], texts: dict[str, str],
               mentions: list[MentionRecord], actor_of: list[int]) -> None:
    """Set ``part_of`` (a parent's id) on every cluster a rule finds a parent for; ``mentions``
    are all the corpus's, in corpus order, each with its actor's id in its item; ``actor_of``,
    each one's actor by its place in ``clusters`` (-1: none)."""
    names = _Names(clusters)
    parent: dict[int, int] = {}
    entries = alias_entries()
    for i, c in enumerate(clusters):
        if c.type not in ("ORG", "FAC"):
            continue
        if c.curated is not None and entries[c.curated].part_of:
            found = names.get(entries[c.curated].part_of)
        else:
            found = _by_name(c, names, clusters)
        if found is not None and found != i:
            parent[i] = found
    votes = _by_text(clusters, texts, mentions, actor_of)
    for i, counter in votes.items():
        if i not in parent:
            parent[i] = counter.most_common(1)[0][0]
    for i, p in parent.items():
        seen = {i}
        while p in parent and p not in seen:  # a loop: the link is dropped
            seen.add(p)
            p = parent[p]
        if p not in seen:
            clusters[i].part_of = clusters[parent[i]].id


def _by_name(c: Cluster, names: _Names, clusters: list[Cluster]) -> int | None:
    for surface in (c.name, *c.aliases):
        owned = owner_and_institution(surface)
        if owned:
            return names.get(owned[0])
        key = name_key(surface)
        head, of, rest = key.partition(" of ")
        if of and _has_part_head(head):
            hit = names.get(rest)
            if hit is not None and clusters[hit].type in BODIES:
                return hit
        words = surface.split()
        for n in range(len(words) - 1, 0, -1):
            tail = name_key(" ".join(words[n:]))
            if not _has_part_head(tail):
                continue
            hit = names.get(" ".join(words[:n]))
            if hit is not None and clusters[hit].type in BODIES:
                return hit
            hit = _shared_stem(" ".join(words[:n]), names, clusters)
            if hit is not None:
                return hit
    return None


def _shared_stem(stem: str, names: _Names, clusters: list[Cluster]) -> int | None:
    """"Harwick Vale Nursing" starts like "Harwick Vale University": the one organisation
    whose name is these words (or their start) and one more word."""
    words = stem.split()
    for n in range(len(words), 1, -1):
        prefix = name_key(" ".join(words[:n]))
        hits = {i for i in names.stems.get(prefix, ()) if clusters[i].type == "ORG"}
        if len(prefix) > 5 and len(hits) == 1:
            return hits.pop()
    return None


def _by_text(clusters: list[Cluster], texts: dict[str, str], mentions: list[MentionRecord],
             actor_of: list[int]) -> dict[int, Counter[int]]:
    """Votes from "X's Y" and "Y at X" written next to each other in an article."""
    # The mentions in corpus order, each cluster's by its place in a list beside them: one pass
    # in the order the records were made, not one through every cluster's (at 10,000 articles
    # the records of one actor lie far apart in memory, and each visit to one, or to its item,
    # costs more than at 1,000)
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    previous: MentionRecord | None = None
    a = -1
    for m, b in zip(mentions, actor_of, strict=True):
        if b < 0:
            continue  # a description that names nobody
        if previous is not None and previous.article == m.article and a != b \
                and m.start - previous.end <= 8:
            _vote(votes, clusters, a, b, texts.get(m.article, ""), previous.end, m.start)
        previous, a = m, b
    return votes


def _vote(votes: dict[int, Counter[int]], clusters: list[Cluster], a: int, b: int,
          text: str, start: int, end: int) -> None:
    """A vote from the gap ``text[start:end]`` between a mention of ``a`` and one of ``b``
    (matched in place: no copy of it made at each of a corpus's pairs of neighbours)."""
    if _POSSESSIVE_GAP.fullmatch(text, start, end):
        ca, cb = clusters[a], clusters[b]
        if ca.type in BODIES and cb.type == "ORG" and _has_part_head(name_key(cb.name)):
            votes[b][a] += 1
    elif _AT_GAP.fullmatch(text, start, end):
        ca, cb = clusters[a], clusters[b]
        if ca.type == "ORG" and cb.type == "ORG" and _has_part_head(name_key(ca.name)):
            votes[a][b] += 1
