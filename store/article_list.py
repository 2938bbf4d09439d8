"""The articles of an open store in corpus order, each made when it is first asked for.

Making every ``Article`` of a 10,000-article store at open was a sixth of the reader's start, yet
its first screen shows two articles and the sidebar's visible rows; the list keeps the sorted rows
and an id -> position map and makes an article the first time it is read. A store's writer keeps
the rows in corpus order, so the open of a store it wrote takes them as they come, unsorted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

from store.model import Article, corpus_order


class ArticleList(Sequence[Article]):
    """A read-only sequence of articles in corpus order (by date, undated last, then file name)."""

    def __init__(self, rows: list[dict[str, Any]], *, in_order: bool = False) -> None:
        """``in_order``: the rows are known to be in corpus order already (the writer stores
        them so, and its note says so of the bytes read: ``store.checked``); else sorted here."""
        self._rows = rows if in_order else sorted(rows, key=corpus_order)
        self._made: list[Article | None] = [None] * len(self._rows)
        self._order = {row["id"]: i for i, row in enumerate(self._rows)}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...

    def __getitem__(self, index: int | slice) -> Article | list[Article]:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(len(self._rows)))]
        if index < 0:
            index += len(self._rows)
        if not 0 <= index < len(self._rows):
            raise IndexError("article index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[Article]:
        return (self._make(i) for i in range(len(self._rows)))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, Article) and self._order.get(value.id) == value.order

    def _make(self, i: int) -> Article:
        article = self._made[i]
        if article is None:
            article = self._made[i] = Article.from_row(self._rows[i], i)
        return article

    def rows(self) -> Mapping[str, dict[str, Any]]:
        """The article rows by id, in corpus order (a view: no second table of 100,000 keys)."""
        return _RowsById(self._rows, self._order)

    def order_of(self, article_id: str) -> int:
        """An article's position in corpus order, -1 for an id the store does not hold."""
        return self._order.get(article_id, -1)

    def get(self, article_id: str) -> Article:
        """The article with this id; ``KeyError`` for an id the store does not hold."""
        return self._make(self._order[article_id])


class _RowsById(Mapping[str, dict[str, Any]]):
    def __init__(self, rows: list[dict[str, Any]], order: dict[str, int]) -> None:
        self._rows, self._order = rows, order

    def __getitem__(self, article_id: str) -> dict[str, Any]:
        return self._rows[self._order[article_id]]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)  # made in corpus order

    def __len__(self) -> int:
        return len(self._order)
