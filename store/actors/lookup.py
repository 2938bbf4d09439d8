"""Finding an actor by any name it goes by, without spaCy: for the read path, the conflicts
grouping (a figure's ``where`` places and ``group`` names) and the command line.

``resolve`` tries, in order: the name exactly as written among an actor's aliases; the name's
match key (case, accents, full stops, "the", possessives ignored); the curated aliases of the
name ("ISIS" finds the actor resolution called "Islamic State"); the country of a demonym or of
another country name ("Iraqi", "Czechia"). A key that two actors share (two people surnamed
Machava in different articles) resolves to the one whose own name has that key, else to none:
a guess would send the reader to the wrong person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries
from store.knowledge.folding import name_key


class ActorIndex:
    def __init__(self) -> None:
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._name_key: dict[str, str] = {}

    @classmethod
    def from_rows(cls, actor_rows: Iterable[dict]) -> ActorIndex:
        index = cls()
        for row in actor_rows:
            actor_id = row["id"]
            index._name_key[actor_id] = name_key(row.get("name", ""))
            for name in (row.get("name", ""), *(row.get("aliases") or ())):
                if name:
                    index._exact[name].add(actor_id)
                    index._by_key[name_key(name)].add(actor_id)
        return index

    def _pick(self, ids: set[str], key: str) -> str | None:
        if len(ids) == 1:
            return next(iter(ids))
        own = [i for i in ids if self._name_key.get(i) == key]
        return own[0] if len(own) == 1 else None

    def resolve(self, name: str) -> str | None:
        """The id of the actor a surface form names, or None."""
        name = (name or "").strip()
        if not name:
            return None
        key = name_key(name)
        for ids in (self._exact.get(name), self._by_key.get(key)):
            if ids:
                found = self._pick(ids, key)
                if found:
                    return found
        entry = curated_entry(name)
        if entry is not None:
            for other in entry.names:
                ids = self._by_key.get(name_key(other))
                if ids and (found := self._pick(ids, name_key(other))):
                    return found
        country = countries().of_demonym(name) or countries().country(name)
        if country and name_key(country) != key:
            return self.resolve(country)
        return None
