"""Conflict groups as the read API serves them: every group from its row in the JSON (verdict,
spread, size, sources), its members and values read from its part when first used, and the groups
of a figure from its article's part (``store.parts``), so neither opening a store nor opening
the conflicts screen reads the members of any group.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import Any

from store.model import ConflictGroup
from store.part_index import Lazy, PartIndex, rows_of
from store.parts import has_part

RANK = {"contradiction": 0, "revision": 1, "change_over_time": 2, "consistent": 3}


class GroupIndex:
    """The groups of one opened store."""

    def __init__(self, data: dict[str, Any], parts: PartIndex,
                 has_figure: Callable[[str], bool],
                 article_of: Callable[[str], str | None]) -> None:
        self.rows = {row["id"]: row for row in rows_of(data, "conflicts")}
        self._parts = parts
        self._has_figure = has_figure
        self._article_of = article_of
        self._made: dict[str, ConflictGroup] = {}

    def _members(self, row: dict[str, Any]) -> tuple[str, ...]:
        """The figures of a group kept in a part that the store holds (read now)."""
        part = self._parts.group_part(row)
        gone = set(part.get("gone") or ())
        return tuple(f for f in part.get("figures") or () if f not in gone)

    def _group(self, row: dict[str, Any]) -> ConflictGroup:
        """A group from its row: figures gone since the groups were made are left out; the
        members of a group kept in a part are read when first used (its size is in its row)."""
        if has_part(row) and row.get("pair"):
            size = row.get("n_known")
            members = Lazy(size if type(size) is int else len(self._members(row)),
                           lambda: self._members(row))
            group = ConflictGroup.from_row(row, members)
            # the pair is checked only when the group has lost figures since it was written
            if row.get("n_gone") and not all(map(self._has_figure, group.pair or ())):
                group = replace(group, pair=None)
            return group
        if has_part(row):  # no pair stored: the widest one is worked out from the values
            row = {**row, **self._parts.group_part(row), "figures": self._members(row)}
        group = ConflictGroup.from_row(row)
        known = tuple(f for f in group.figures if self._has_figure(f))
        if len(known) != len(group.figures):  # a figure gone since the groups were made
            pair = group.pair if group.pair and set(group.pair) <= set(known) else None
            group = replace(group, figures=known, pair=pair)
        return group

    def get(self, group_id: str) -> ConflictGroup:
        """A group by id, made the first time it is asked for; KeyError for an unknown id."""
        group = self._made.get(group_id)
        if group is None:
            group = self._made[group_id] = self._group(self.rows[group_id])
        return group

    @cached_property
    def ordered(self) -> list[ConflictGroup]:
        """Every group, widest spread first."""
        groups = [self.get(group_id) for group_id in self.rows]
        groups.sort(key=lambda g: (-g.spread, g.id))
        return groups

    def _sharpest(self, group_ids: list[str]) -> list[str]:
        """A figure can be in a quantity's series and in the group of its own period; the
        sharper disagreement comes first (contradiction, then change, then agreement), then the
        smaller group."""
        groups = [self.get(g) for g in group_ids if g in self.rows]
        return [g.id for g in sorted(groups, key=lambda g: (RANK.get(g.verdict, 3),
                                                            len(g.figures), g.id))]

    @cached_property
    def _inline_by_figure(self) -> dict[str, list[str]]:
        """figure id -> its groups, for the groups a store holds inline (before schema 4)."""
        index: dict[str, list[str]] = {}
        for g in self.ordered:
            if not has_part(self.rows.get(g.id)):
                for fid in g.figures:
                    index.setdefault(fid, []).append(g.id)
        return {fid: self._sharpest(ids) for fid, ids in index.items()}

    def ids_of(self, figure_id: str) -> list[str]:
        """The groups of a figure, sharpest first."""
        article = self._article_of(figure_id)
        found = None if article is None else self._parts.groups_of(figure_id, article)
        if found is None:
            return self._inline_by_figure.get(figure_id, [])
        return self._sharpest(found)

    def values(self, group_id: str) -> dict[str, Any]:
        """{figure: [low, high]} of a group in its common unit."""
        row = self.rows.get(group_id)
        values = self._parts.group_part(row).get("values") if row else None
        return values if isinstance(values, dict) else {}

    def sources(self, group: ConflictGroup) -> list[str] | None:
        """Who gives the group's figures, as written with a group kept in a part; else None."""
        row = self.rows.get(group.id) or {}
        sources = row.get("sources")
        return sources if has_part(row) and isinstance(sources, list) else None
