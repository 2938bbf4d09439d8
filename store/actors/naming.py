"""Naming a resolved actor: its canonical name, its type, its aliases and a stable id."""

from __future__ import annotations

import re
from collections import Counter

from store.actors.records import Cluster
from store.actors.refind import PLACE_LABELS
from store.knowledge.aliases import alias_entries
from store.knowledge.folding import fold, is_acronym, name_tokens
from store.knowledge.name_words import name_words
from store.packing import UNNAMED_LABELS, safe_id

LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP")


def finish(clusters: list[Cluster], ordered: bool = False) -> list[Cluster]:
    """Name, type and id every cluster; mentions in corpus order (``ordered``: they already
    are, and a sort would only visit each record once more)."""
    entries = alias_entries()
    for c in clusters:
        if not ordered:
            c.mentions.sort(key=lambda m: (m.order, m.start))
        # each surface and label, counted in one visit of each record (in a large corpus an
        # actor's records lie far apart in memory, and every visit of one costs more than at
        # 1,000 articles); descriptions ("the ministry") neither name nor type an actor, nor are
        # its aliases
        forms = Counter((m.surface, m.label) for m in c.mentions)
        named = {form: n for form, n in forms.items() if form[1] not in UNNAMED_LABELS}
        given = c.given_name if not named else None  # described only: the name it was given
        named = named or forms
        surfaces: Counter[str] = Counter()
        for (surface, _), n in named.items():
            surfaces[surface] += n
        entry = entries[c.curated] if c.curated is not None else None
        c.name = c.keep_name or (entry.name if entry else c.country or given
                                 or canonical_name(surfaces))
        c.type = entry.type if entry else "GPE" if c.country else c.given_type if given \
            else majority_of(named)
        c.kind = entry.kind if entry else None
        # the forms the articles use, most frequent first; curated names that no article uses
        # stay in the alias file, where ``ActorIndex`` still finds them
        # one spelling per folded form: the canonical name's own, else the most frequent
        aliases: dict[str, str] = {fold(c.name): c.name} if c.name in surfaces else {}
        for surface, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0])):
            aliases.setdefault(fold(surface), surface)
        c.aliases = [c.name] if given else list(aliases.values())  # descriptions are no aliases
    taken: dict[str, int] = {}
    for c in sorted(clusters, key=lambda c: (c.mentions[0].order, c.mentions[0].start,
                                             c.name)):
        base = slug(c.name) or "actor"
        taken[base] = taken.get(base, 0) + 1
        c.id = base if taken[base] == 1 else f"{base}-{taken[base]}"
    return clusters


def canonical_name(surfaces: Counter[str]) -> str:
    """The longest proper form seen: capitalised, not set all in capitals (unless an acronym),
    no lowercase trailing designator ("Velm" over "Velm province")."""
    designators = name_words().place_designators

    def score(surface: str) -> tuple:
        last = surface.rsplit(" ", 1)[-1]
        proper = surface[:1].isupper() and (not surface.isupper() or is_acronym(surface))
        return (proper, not (last.islower() and fold(last) in designators),
                not is_acronym(surface), len(surface), surfaces[surface], surface)

    return max(surfaces, key=score)


def majority_of(forms: dict[tuple[str, str], int]) -> str:
    """The label most mentions carry, from how many carry each surface and label (in the order
    first met), counting only names of several words when there are any: the tagger labels a
    full name far better than the lone surname joined to it ("Gadhafi" is often an ORG). A
    place designator in the text ("Buzi district") counts three times. A one-word name the
    tagger calls a person but that is also written in capitals as a place (a wire dateline's,
    "VELDEN, June 2 (Reuters) -") is a place: no person is a dateline. A name of several words
    that ends with a business's trade word or legal form ("Velm Airlines", "Orla Holdings SA")
    votes for a body even where the tagger took it for a person: no person is called so."""
    votes: Counter[str] = Counter()
    designators = name_words().place_designators
    several = [(form, n) for form, n in forms.items() if " " in form[0].strip()]
    for (surface, label), n in several or forms.items():
        last = surface.rsplit(" ", 1)[-1]
        if label == "PERSON" and several and _ends_as_business(surface):
            label = "ORG"
        votes[label] += (3 if several and fold(last) in designators else 1) * n
    best = max(votes, key=lambda label: (votes[label], -LABEL_PRIORITY.index(label)
                                         if label in LABEL_PRIORITY else -99))
    if best == "PERSON" and not several and any(
            label in PLACE_LABELS and surface.isupper() and len(surface) > 3
            for surface, label in forms):
        return "GPE"
    return best


def _ends_as_business(surface: str) -> bool:
    """Whether a name's last word is a business's trade word ("Airlines", "Holdings") or legal
    form ("Ltd", "S.A.", "Corporation"): ``store/data/names.toml``."""
    tokens = name_tokens(surface)
    words = name_words()
    return len(tokens) > 1 and (tokens[-1] in words.business_words
                                or tokens[-1] in words.legal_suffixes
                                or tokens[-1] in words.spelled_legal_suffixes)


def slug(name: str) -> str:
    """An id from a name: stable across rebuilds while the name is, and safe to pack."""
    return safe_id(re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60].rstrip("-"))
