"""A surname written with its particles and without the given name ("Dela Torre-Villacorta", "De
la Torre Villacorta", "van der Molen-Asante") is the person the article, else the corpus, names in
full with that surname ("Remedios dela Torre-Villacorta"): particles written apart, capitalised or
run together are one ("de la", "De la", "dela"), and a hyphen is no word of its own. A lone
word's rule (rule 4) never sees such a surname, since it is two words or more. Two people of the
article (else of the corpus) with that surname: it stays apart.

One pass over the mentions; each is read for its words once and looked up in two dictionaries.
"""

from __future__ import annotations

from collections import defaultdict

from store.actors.graph import UnionFind
from store.actors.keys import LOCATIVE, PLACES
from store.actors.records import MentionRecord
from store.actors.spelling import glued
from store.knowledge.folding import name_tokens
from store.knowledge.name_words import surname_particles_word


def particled_surname(words: list[str], start: int) -> str | None:
    """The surname of a name's folded ``words`` that begins with particles at or after
    ``start`` ("rosario de la pena magbanua" -> "delapena magbanua"), particles glued to the
    word after them; None where no particle begins one before its last word."""
    for k in range(start, len(words) - 1):
        if surname_particles_word(words[k]):
            return " ".join(glued(words[k:]))
    return None


def join_particled_surnames(mentions: list[MentionRecord], node: list[int], uf: UnionFind,
                            bodies: set[int], texts: dict[str, str]) -> None:
    full: dict[tuple[str, str], set[int]] = defaultdict(set)  # (article, surname) -> nodes
    anywhere: dict[str, set[int]] = defaultdict(set)
    lone: list[tuple[MentionRecord, str]] = []
    for m in mentions:
        if m.label == "DESC" or node[m.index] < 0:
            continue
        words = name_tokens(m.surface)
        if len(words) < 2:
            continue
        if surname_particles_word(words[0]):
            surname = particled_surname(words, 0)
            if surname is not None:
                lone.append((m, surname))
        elif m.label == "PERSON" and node[m.index] not in bodies:
            surname = particled_surname(words, 1)
            if surname is not None:
                full[(m.article, surname)].add(node[m.index])
                anywhere[surname].add(node[m.index])
    for m, surname in lone:
        if m.label in PLACES and LOCATIVE.search(texts[m.article][max(0, m.start - 12):m.start]):
            continue  # "in Los Angeles" is the city
        nodes = full.get((m.article, surname)) or anywhere.get(surname, ())
        roots = {uf.find(n) for n in nodes}
        if len(roots) == 1:
            uf.union(node[m.index], roots.pop())
