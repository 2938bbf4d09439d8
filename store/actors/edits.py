"""The reader's own corrections: ``merge A B`` and ``split A ALIAS``.

They are kept in the store's ``user`` table as ``{"op": "merge", "a", "b"}`` and ``{"op":
"split", "actor", "alias"}`` and replayed, in the order they were made, after every resolution,
so an ingest never undoes them. An edit names actors, not ids, so it survives a rebuild that
renames or renumbers them; one whose names no longer resolve is skipped, not an error.

``record_edit`` is the one way to add an edit: it checks the edit against the current actors,
stores it, and rebuilds actors and conflicts in one write.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from store.actors.names import name_key
from store.errors import ClaimscopeError

if TYPE_CHECKING:
    from store.actors.records import Cluster

OPS = ("merge", "split")


class _Index:
    """Name key -> clusters that carry that name (as a surface, curated or country name)."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.clusters = clusters
        self.by_key: dict[str, set[int]] = defaultdict(set)
        for i, c in enumerate(clusters):
            self._add(i, c)

    def _names(self, c: Cluster) -> set[str]:
        from store.actors.aliases import alias_entries

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

    def merge(self, a: int, b: int) -> None:
        ca, cb = self.clusters[a], self.clusters[b]
        self._remove(b, cb)
        self._remove(a, ca)
        ca.mentions.extend(cb.mentions)
        if ca.curated is None:
            ca.curated = cb.curated
        ca.country = ca.country or cb.country
        cb.mentions = []
        self._add(a, ca)

    def split(self, a: int, alias: str) -> None:
        from store.actors.records import Cluster

        ca = self.clusters[a]
        key = name_key(alias)
        moved = [m for m in ca.mentions if name_key(m.surface) == key]
        if not moved or len(moved) == len(ca.mentions):
            return
        self._remove(a, ca)
        ca.mentions = [m for m in ca.mentions if name_key(m.surface) != key]
        self._add(a, ca)
        self.clusters.append(Cluster(moved))
        self._add(len(self.clusters) - 1, self.clusters[-1])


def apply_edits(clusters: list[Cluster], edits: list[dict], _keys=None) -> list[Cluster]:
    """Replay the reader's edits over freshly resolved clusters."""
    if not edits:
        return clusters
    index = _Index(clusters)
    for edit in edits:
        op = edit.get("op")
        if op == "merge":
            a, b = index.find(str(edit.get("a", ""))), index.find(str(edit.get("b", "")))
            if a is not None and b is not None and a != b:
                index.merge(a, b)
        elif op == "split":
            a = index.find(str(edit.get("actor", "")))
            if a is not None:
                index.split(a, str(edit.get("alias", "")))
    return [c for c in index.clusters if c.mentions]


def record_edit(db_path: Path, edit: dict, *, wait: float = 3.0) -> str:
    """Check an edit against the store's actors, keep it and rebuild. Returns a sentence saying
    what changed; raises ``ClaimscopeError`` when the edit names no actor or changes nothing."""
    from store.actors.lookup import ActorIndex
    from store.actors.resolve import rebuild_actors
    from store.conflicts.grouping import rebuild_conflicts
    from store.db import open_for_write

    if not Path(db_path).exists():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    op = edit.get("op")
    if op not in OPS:
        raise ClaimscopeError(f"unknown edit {op!r} (expected one of: {', '.join(OPS)})")
    with open_for_write(Path(db_path), wait=wait) as session:
        rows = session.table("actors").all()
        index = ActorIndex.from_rows(rows)
        by_id = {row["id"]: row for row in rows}
        if op == "merge":
            a, b = index.resolve(edit["a"]), index.resolve(edit["b"])
            for name, found in ((edit["a"], a), (edit["b"], b)):
                if found is None:
                    raise ClaimscopeError(f"no actor is called {name!r}")
            if a == b:
                raise ClaimscopeError(f"{edit['a']!r} and {edit['b']!r} are already one actor "
                                      f"({by_id[a]['name']})")
            stored = {"op": "merge", "a": by_id[a]["name"], "b": by_id[b]["name"]}
            done = f"merged {by_id[b]['name']} into {by_id[a]['name']}"
        else:
            a = index.resolve(edit["actor"])
            if a is None:
                raise ClaimscopeError(f"no actor is called {edit['actor']!r}")
            row = by_id[a]
            key = name_key(edit["alias"])
            seen = {name_key(s) for s in row.get("aliases", ())}
            if key not in seen:
                raise ClaimscopeError(f"{row['name']} is never written {edit['alias']!r} "
                                      f"(its names: {', '.join(row.get('aliases', ())[:12])})")
            if all(name_key(s) == key for s in row.get("aliases", ()) if s):
                raise ClaimscopeError(f"{edit['alias']!r} is all there is of {row['name']}")
            stored = {"op": "split", "actor": row["name"], "alias": edit["alias"]}
            done = f"split {edit['alias']} off {row['name']}"
        session.table("user").insert(stored)
        n = rebuild_actors(session)
        rebuild_conflicts(session)
        session.commit()
    return f"{done}; {n} actors"
