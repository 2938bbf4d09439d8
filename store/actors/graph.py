"""Union-find over string nodes: the rules only ever say "these two names are one actor"; and
the collector paused while a corpus's worth of records is made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Resolution and links make millions of small, acyclic, long-lived records (freed by
    reference counting alone); every full collection would walk all of them again, so 10,000
    articles took 16 times as long as 1,000 instead of about 10 (``bench/actors.py``)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if not gc.get_freeze_count():  # nothing else of the process is frozen
                # What the pause made and kept is long-lived: straight into the oldest generation
                # (two list splices), not left young for the first collection after the pause to
                # walk all of it (1.5 s at 10,000 articles, a fifth of resolution's time).
                gc.freeze()
                gc.unfreeze()
            gc.enable()


class UnionFind:
    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._size: dict[str, int] = {}

    def add(self, node: str) -> str:
        if node not in self._parent:
            self._parent[node] = node
            self._size[node] = 1
        return node

    def has(self, node: str) -> bool:
        return node in self._parent

    def find(self, node: str) -> str:
        parent = self._parent
        if node not in parent:
            return self.add(node)
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:  # path compression keeps later finds near O(1)
            parent[node], node = root, parent[node]
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return ra
