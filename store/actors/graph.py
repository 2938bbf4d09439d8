"""Union-find over string nodes: the rules only ever say "these two names are one actor"; and
the collector paused while a corpus's worth of records is made."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
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
    """Union-find over numbered nodes, each with a name ("g:un", "l:art12:hifter", "c:3").

    The rules work on the numbers (two lists), and names are looked up only where a node is
    first made: at 10,000 articles a dictionary of half a million names, probed at every find,
    cost a third more per mention than at 1,000 (its table no longer fits the processor's
    caches), where a list index costs the same at any size."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self.names: list[str] = []
        self._parent: list[int] = []
        self._size: list[int] = []

    def node(self, name: str) -> int:
        """The number of the node of that name, made if new."""
        i = self._ids.get(name)
        if i is None:
            i = self._ids[name] = len(self.names)
            self.names.append(name)
            self._parent.append(i)
            self._size.append(1)
        return i

    def fresh(self, name: str) -> int:
        """A new node no name finds again (its name is kept for what it says of its kind)."""
        i = len(self.names)
        self.names.append(name)
        self._parent.append(i)
        self._size.append(1)
        return i

    def has(self, name: str) -> bool:
        return name in self._ids

    def find(self, node: int) -> int:
        parent = self._parent
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:  # path compression keeps later finds near O(1)
            parent[node], node = root, parent[node]
        return root

    def one_root(self, nodes: Iterable[int]) -> int | None:
        """The root all the nodes share; None for none, or as soon as a second root is met
        (a set of every root costs, for a key many names share, a find for each of them)."""
        found = None
        for node in nodes:
            root = self.find(node)
            if found is None:
                found = root
            elif root != found:
                return None
        return found

    def union(self, a: int, b: int) -> int:
        """Join the two nodes' sets; the root of the larger (of ``a``'s on a tie) stays root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        return ra
