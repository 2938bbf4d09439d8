"""Finding an actor by any name it goes by, without spaCy: the one lookup behind every place a
user types a name (``claimscope actors NAME``, the corpus search, the actor screen's filter, the
command palette), for the conflicts grouping and the reader's edits.

``search`` ranks what a typed name can mean, best first:

1. ``exact``: the actor's own name (case, accents, full stops, "the", possessives aside);
2. ``alias``: another name it is written under, a curated alias no article uses ("Daesh"), the
   country of a nationality word ("Iraqi"), or an acronym of its name ("GNA");
3. ``word``: a word of one of its names, or its last words, with particles dropped: a surname
   ("Baghdadi" is Abu Bakr al-Baghdadi, whatever city shares its start), "Quiet Harbour", and
   a surname after initials ("J. Kowalski", of a name whose first word starts with J);
4. ``variant``: a transliteration of one of its names or of a word of them ("Haftar" for
   "Hifter", "Qaddafi" for "Gadhafi"), judged as resolution judges them (same consonant
   skeleton, close phonetic forms), a surname with its particles included ("Dela Cruz");
5. ``prefix``: a name or a word of a name starting with what was typed.

Within a rank, the actor with more mentions comes first. Each hit carries the spelling the
corpus uses for what matched, so an answer can say "written Hifter here". ``resolve`` keeps
the strict meaning edits and grouping need: one actor for a name, or none when two share it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from store.actors.spelling import (
    glued,
    loose_tokens,
    phonetic,
    skeleton,
    token_skeleton,
)
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries
from store.knowledge.folding import initials, is_acronym, name_key

RANKS = ("exact", "alias", "word", "variant", "prefix")
VARIANT_MIN = 60.0  # phonetic likeness a variant needs once its skeleton agrees (a lookup
# is answered with the spelling it found, so it may be looser than resolution's 82/90)
MIN_PREFIX = 2


@dataclass(frozen=True, slots=True)
class Hit:
    actor: str
    rank: int  # index into RANKS
    written: str  # the corpus's spelling of what matched


class ActorIndex:
    def __init__(self) -> None:
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._name_key: dict[str, str] = {}
        self._names: dict[str, list[str]] = {}
        self._weight: dict[str, int] = {}
        self._by_word: dict[str, dict[str, str]] = defaultdict(dict)  # word -> actor -> name
        self._by_skeleton: dict[str, dict[str, str]] = defaultdict(dict)
        self._prefixes: list[tuple[str, str, str]] = []  # (key or word, actor, name), sorted
        self._initials: dict[str, set[str]] | None = None

    @classmethod
    def from_rows(cls, actor_rows: Iterable[dict]) -> ActorIndex:
        index = cls()
        for row in actor_rows:
            actor_id = row["id"]
            index._name_key[actor_id] = name_key(row.get("name", ""))
            index._weight[actor_id] = int(row.get("n_mentions") or 0)
            names = [n for n in (row.get("name", ""), *(row.get("aliases") or ())) if n]
            index._names[actor_id] = names
            for name in names:
                key = name_key(name)
                index._exact[name].add(actor_id)
                index._by_key[key].add(actor_id)
                index._prefixes.append((key, actor_id, name))
                words = loose_tokens(name)
                index._by_skeleton[skeleton(name)].setdefault(actor_id, name)
                for k in range(1, len(words)):  # the name's last words: "Quiet Harbour"
                    index._by_word[" ".join(words[k:])].setdefault(actor_id, name)
                for word in words if len(words) > 1 else ():
                    index._by_word[word].setdefault(actor_id, name)
                    index._by_skeleton[token_skeleton(word)].setdefault(actor_id, name)
                    index._prefixes.append((word, actor_id, name))
                surname = glued(words)[-1]  # "Dela Cruz" typed for "Juan de la Cruz"
                if len(words) > 1 and surname != words[-1]:
                    index._by_skeleton[token_skeleton(surname)].setdefault(actor_id, name)
        index._prefixes.sort()
        return index

    def _pick(self, ids: set[str], key: str) -> str | None:
        if len(ids) == 1:
            return next(iter(ids))
        own = [i for i in ids if self._name_key.get(i) == key]
        return own[0] if len(own) == 1 else None

    def resolve(self, name: str) -> str | None:
        """The id of the one actor a surface form names, or None (none, or two alike)."""
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

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Every actor the typed name may mean, best first (see the module's ranks)."""
        query = (query or "").strip()
        key = name_key(query)
        if not key:
            return []
        best: dict[str, Hit] = {}

        def add(actor: str, rank: int, written: str) -> None:
            old = best.get(actor)
            if old is None or rank < old.rank:
                best[actor] = Hit(actor, rank, written)

        for actor in self._by_key.get(key, ()):
            own = self._name_key.get(actor) == key
            add(actor, 0 if own else 1, self._written(actor, key))
        self._aliases(query, key, add)
        words = loose_tokens(query)
        for actor, name in self._by_word.get(" ".join(words), {}).items():
            add(actor, 2, name)
        lead = next((i for i, w in enumerate(words) if len(w) > 1), 0)
        if lead:
            # "J. Kowalski", "L. de la Paz": the surname, of a name whose first word has the
            # first initial
            for actor, name in self._by_word.get(" ".join(words[lead:]), {}).items():
                if loose_tokens(name)[0][:1] == words[0]:
                    add(actor, 2, name)
        self._variants(query, words, add)
        self._prefix(key, add)
        hits = sorted(best.values(), key=lambda h: (h.rank, -self._weight.get(h.actor, 0),
                                                    len(self._names[h.actor][0]), h.actor))
        return hits[:limit]

    def _written(self, actor: str, key: str) -> str:
        return next((n for n in self._names[actor] if name_key(n) == key), self._names[actor][0])

    def _aliases(self, query: str, key: str, add) -> None:
        entry = curated_entry(query)
        if entry is not None:
            for other in entry.names:
                for actor in self._by_key.get(name_key(other), ()):
                    add(actor, 1, self._written(actor, name_key(other)))
        country = countries().of_demonym(query) or countries().country(query)
        if country:
            for actor in self._by_key.get(name_key(country), ()):
                add(actor, 1, self._written(actor, name_key(country)))
        if is_acronym(query):
            if self._initials is None:
                self._initials = defaultdict(set)
                for actor, names in self._names.items():
                    for name in names:
                        for letters in initials(name):
                            self._initials[letters].add(actor)
            for actor in self._initials.get(query.replace(".", "").upper(), ()):
                add(actor, 1, self._names[actor][0])

    def _variants(self, query: str, words: list[str], add) -> None:
        from rapidfuzz import fuzz  # deferred: only a lookup that reaches variants needs it

        shape = skeleton(query) if len(words) > 1 else token_skeleton(words[0]) if words else ""
        sound = phonetic(query)
        for actor, name in self._by_skeleton.get(shape, {}).items():
            candidates = [name] if len(words) > 1 else [
                w for w in loose_tokens(name) if token_skeleton(w) == shape]
            if any(fuzz.ratio(sound, phonetic(c)) >= VARIANT_MIN for c in candidates):
                add(actor, 3, name)

    def _prefix(self, key: str, add) -> None:
        if len(key) < MIN_PREFIX:
            return
        i = bisect.bisect_left(self._prefixes, (key,))
        while i < len(self._prefixes) and self._prefixes[i][0].startswith(key):
            _, actor, name = self._prefixes[i]
            add(actor, 4, name)
            i += 1
