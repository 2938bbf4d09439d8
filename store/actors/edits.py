"""The reader's own corrections: ``merge A B`` and ``split A ALIAS``, replayed over resolved
actors. A merge keeps the name of A, the actor merged into; every edit is remembered in words
on the actors it shaped, for the actor screen.

They are kept in the store's ``user`` table as ``{"op": "merge", "a", "b"}`` and ``{"op":
"split", "actor", "alias"}`` and replayed, in the order they were made, after every resolution,
so an ingest never undoes them. An edit names actors, not ids, so it survives a rebuild that
renames or renumbers them; one whose names no longer resolve is skipped, not an error.

Recording a new edit (checking it, storing it, rebuilding) is the corpus stage's job:
``store.ingest.corpus_stage.record_edit``.
"""

from __future__ import annotations

from collections import defaultdict

from store.actors.records import Cluster
from store.knowledge.aliases import alias_entries
from store.knowledge.folding import name_key

OPS = ("merge", "split")


class _Index:
    """Name key -> clusters that carry that name (as a surface, curated or country name)."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.clusters = clusters
        self.by_key: dict[str, set[int]] = defaultdict(set)
        for i, c in enumerate(clusters):
            self._add(i, c)

    def _names(self, c: Cluster) -> set[str]:
        names = {m.surface for m in c.mentions}
        if c.curated is not None:
            names.update(alias_entries()[c.curated].names)
        if c.country:
            names.add(c.country)
        return {name_key(n) for n in names}

    def _add(self, i: int, c: Cluster) -> None:
        for key in self._names(c):
            self.by_key[key].add(i)

    def _remove(self, i: int, c: Cluster) -> None:
        for key in self._names(c):
            self.by_key[key].discard(i)

    def find(self, name: str) -> int | None:
        """The cluster a name means: the only one carrying it, else the largest."""
        live = [i for i in self.by_key.get(name_key(name), ()) if self.clusters[i].mentions]
        if not live:
            return None
        return max(live, key=lambda i: (len(self.clusters[i].mentions), -i))

    def merge(self, a: int, b: int, name: str, other: str) -> None:
        """``b`` joins ``a``, which keeps ``name``, the name the reader merged into."""
        ca, cb = self.clusters[a], self.clusters[b]
        ca.keep_name = name
        ca.edits.extend([*cb.edits, f"merged with “{other}” by a reader"])
        ca.reasons.extend(cb.reasons)
        self._remove(b, cb)
        self._remove(a, ca)
        ca.mentions.extend(cb.mentions)
        if ca.curated is None:
            ca.curated = cb.curated
        ca.country = ca.country or cb.country
        cb.mentions = []
        self._add(a, ca)

    def split(self, a: int, alias: str, actor: str) -> None:
        ca = self.clusters[a]
        key = name_key(alias)
        moved = [m for m in ca.mentions if name_key(m.surface) == key]
        if not moved or len(moved) == len(ca.mentions):
            return
        self._remove(a, ca)
        ca.mentions = [m for m in ca.mentions if name_key(m.surface) != key]
        self._add(a, ca)
        ca.edits.append(f"mentions written “{alias}” split off by a reader")
        self.clusters.append(Cluster(moved, edits=[f"split off “{actor}” by a reader"]))
        self._add(len(self.clusters) - 1, self.clusters[-1])


def apply_edits(clusters: list[Cluster], edits: list[dict]) -> list[Cluster]:
    """Replay the reader's edits over freshly resolved clusters."""
    if not edits:
        return clusters
    index = _Index(clusters)
    for edit in edits:
        op = edit.get("op")
        if op == "merge":
            a, b = index.find(str(edit.get("a", ""))), index.find(str(edit.get("b", "")))
            if a is not None and b is not None and a != b:
                index.merge(a, b, str(edit["a"]), str(edit["b"]))
        elif op == "split":
            a = index.find(str(edit.get("actor", "")))
            if a is not None:
                index.split(a, str(edit.get("alias", "")), str(edit.get("actor", "")))
    return [c for c in index.clusters if c.mentions]
