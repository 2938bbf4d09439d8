"""The read API's access to a store's parts (``store.parts``): one article's figures and mentions,
one actor's mention map, one group's members, each read from the side file the first time it is
asked for, so that opening a store costs its metadata and not its figures.

A row without a part (a store before schema 4, a hand-made one, a figure whose article is gone)
is read from the JSON's own tables, as every store was read before: ``PartIndex`` answers for
both, so the read API has one path. Rows read from a part are checked for their shape as the
open checks the JSON's (``store.schema.row_fits``); one that does not fit is passed over, and
``doctor`` names it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar, overload

from store.parts import has_part, read_part
from store.schema import row_fits
from store.texts import TextPack

T = TypeVar("T")
K = TypeVar("K")
ARTICLES_KEPT = 4096  # articles' parts (and the read API's figures and mentions) kept parsed
GROUPS_KEPT = 32  # group parts kept parsed: a 100,000-article group holds thousands of ids


class Kept(OrderedDict[K, T]):
    """The most recently used ``size`` entries: a reader that walks through a whole archive (a
    chart of thousands of figures, ``a`` across every article) keeps a bounded part of it."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def find(self, key: K) -> T | None:
        found = self.get(key)
        if found is not None:
            self.move_to_end(key)
        return found

    def keep(self, key: K, value: T) -> T:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)
        return value


def rows_of(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    rows = data.get(table) or {}
    return list(rows.values()) if isinstance(rows, dict) else []


def _doc(doc_id: str) -> int:
    return int(doc_id) if doc_id.isdigit() else 0


class PartIndex:
    """Parts by owner, read on demand and kept (groups: the most recent few)."""

    def __init__(self, path: Path, data: dict[str, Any],
                 article_rows: Mapping[str, dict[str, Any]]) -> None:
        self._data = data
        self._articles = article_rows
        self._pack = TextPack(path, keep=0)  # parsed here, kept parsed: not twice
        self._article_parts: Kept[str, dict[str, Any]] = Kept(ARTICLES_KEPT)
        self._group_parts: Kept[str, dict[str, Any]] = Kept(GROUPS_KEPT)

    # --- articles -------------------------------------------------------------------------------

    def _article_part(self, article_id: str) -> dict[str, Any]:
        part = self._article_parts.find(article_id)
        if part is None:
            row = self._articles.get(article_id)
            part = self._article_parts.keep(article_id,
                                            read_part(self._pack, row) if has_part(row) else {})
        return part

    @cached_property
    def _inline_figures(self) -> dict[str, list[dict[str, Any]]]:
        index: dict[str, list[dict[str, Any]]] = {}
        for row in rows_of(self._data, "figures"):
            index.setdefault(row["article"], []).append(row)
        return index

    @cached_property
    def _inline_mentions(self) -> dict[str, str]:
        return {row["article"]: row.get("items", "") for row in rows_of(self._data, "mentions")}

    def figure_rows(self, article_id: str) -> list[dict[str, Any]]:
        """The figure rows of one article: its part's, then any the JSON holds inline."""
        own = [row for row in (self._article_part(article_id).get("figures") or {}).values()
               if row_fits("figures", row) and row["article"] == article_id]
        return own + self._inline_figures.get(article_id, [])

    def all_figure_rows(self) -> list[dict[str, Any]]:
        """Every figure row, in the order of the table they were written in (doc ids), as
        whatever reads them all (``store.check``) has always met them."""
        found: list[tuple[int, dict[str, Any]]] = []
        for article_id in self._articles:
            figures = self._article_part(article_id).get("figures") or {}
            found.extend((_doc(k), row) for k, row in figures.items()
                         if row_fits("figures", row) and row["article"] == article_id)
        inline = self._data.get("figures")
        found.extend((_doc(k), row) for k, row in (inline.items() if isinstance(inline, dict)
                                                     else ()))
        found.sort(key=lambda pair: pair[0])
        return [row for _, row in found]

    def odd_figures(self) -> dict[str, str]:
        """figure id -> article, for the figures whose id does not start with their article's
        (a hand-made store): inline, or as the writer listed them in the meta row."""
        found = {row["id"]: row["article"] for row in rows_of(self._data, "figures")}
        meta = rows_of(self._data, "meta")
        odd = meta[0].get("odd_figures") if meta else None
        if isinstance(odd, dict):
            found.update({k: v for k, v in odd.items() if type(v) is str})
        return found

    def figure_count(self) -> int:
        meta = rows_of(self._data, "meta")
        stored = meta[0].get("n_figures") if meta else None
        inline = len(self._data.get("figures") or {})
        return inline + (stored if type(stored) is int else 0)

    def mention_items(self, article_id: str) -> str:
        """An article's packed mentions (``store.packing``), or ""."""
        for row in (self._article_part(article_id).get("mentions") or {}).values():
            if row_fits("mentions", row) and row["article"] == article_id:
                return row.get("items") or ""
        return self._inline_mentions.get(article_id) or ""

    def groups_of(self, figure_id: str, article_id: str) -> list[str] | None:
        """The groups a figure is in, from its article's part; None when the article has no
        part (the caller indexes the groups it holds inline)."""
        if not has_part(self._articles.get(article_id)):
            return None
        found = (self._article_part(article_id).get("groups") or {}).get(figure_id) or []
        return [g for g in found if isinstance(g, str)]

    # --- actors and groups ----------------------------------------------------------------------

    def actor_field(self, row: dict[str, Any], name: str) -> Any:
        """An actor's ``mentions`` ({article: packed spans}) or ``articles``, from its part or
        its row."""
        return read_part(self._pack, row).get(name) if has_part(row) else row.get(name)

    def link_rows(self) -> list[dict[str, Any]]:
        """The links table: inline, or the part the meta row names (read now)."""
        rows = rows_of(self._data, "links")
        meta = rows_of(self._data, "meta")
        if meta and has_part(meta[0]):
            stored = read_part(self._pack, meta[0]).get("links")
            rows += [row for row in (stored.values() if isinstance(stored, dict) else ())
                     if row_fits("links", row)]
        return rows

    def group_part(self, row: dict[str, Any]) -> dict[str, Any]:
        """A group's members and values (``figures``, ``values``), from its part or its row."""
        if not has_part(row):
            return row
        return self._group_parts.find(row["id"]) or self._group_parts.keep(
            row["id"], read_part(self._pack, row))

    def close(self) -> None:
        self._pack.close()


class Lazy(Sequence[T]):
    """A sequence whose length is known before its items: the items are made on first use (a
    group's member ids, a figure's counterparts), so a list or a count on screen never reads
    every member of a group of thousands."""

    def __init__(self, length: int, items: Callable[[], Sequence[T]]) -> None:
        self._length = length
        self._make = items
        self._items: Sequence[T] | None = None

    def _all(self) -> Sequence[T]:
        if self._items is None:
            self._items = self._make()
            self._length = len(self._items)
        return self._items

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        found = self._all()[index]
        return list(found) if isinstance(index, slice) else found

    def __iter__(self) -> Iterator[T]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Lazy({list(self)!r})"


class Mapped(Sequence[T]):
    """Ids shown as the records they name, each made when it is read (the claim bar reads the
    first few counterparts of a figure whose group may hold thousands)."""

    def __init__(self, ids: list[str], get: Callable[[str], T]) -> None:
        self.ids = ids
        self._get = get

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._get(i) for i in self.ids[index]]
        return self._get(self.ids[index])

    def __iter__(self) -> Iterator[T]:
        return (self._get(i) for i in self.ids)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.ids))

    def __repr__(self) -> str:
        return f"Mapped({self.ids!r})"
