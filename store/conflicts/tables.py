"""Table cells the quantity key cannot tell apart: a table that gives several values of one key
for one date lists different things (the levels of several reservoirs on one day, a quarter's
growth, annual growth and inflation in one row), and its key lacks what tells its rows or
columns apart (the row's label). Read as figures of one quantity and one period, they would be
rival estimates of that period; which thing each counts, nothing the grouping reads says. So
such a cell keeps no period: it may show that figures agree or that a quantity moved, never
that two estimates of one period contradict each other (``periods``: a figure whose period is
unknown). A table that gives one value of a key per date (a series) keeps its cells' dates, and
a row that gives one key under two or more dated columns ("| Hake | 61,500 | 55,400 |" under
"2026" and "2027") sets its values against each other as a sentence saying "down from" does:
the row alone shows how the quantity moved (``Claim.compared``).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from store.conflicts.keys import Claim
from store.conflicts.ranges import Interval

# a Markdown table: two or more consecutive lines that open and close with a bar
_TABLE = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$(?:\n[ \t]*\|.*\|[ \t]*$)+")


class Tables:
    """Where the tables of each article are, found once per article, and only for an article
    with a figure on a line that opens with a bar (one pass over its text, then a bisection
    per figure)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._spans: dict[str, tuple[list[int], list[int]]] = {}

    def table_at(self, article: str, offset: int) -> int | None:
        """The offset where the table holding ``offset`` begins, or None outside a table."""
        text = self._texts.get(article, "")
        line = text.rfind("\n", 0, offset) + 1
        if not text[line:offset].lstrip(" \t").startswith("|"):
            return None  # the cheap test first: prose never looks for tables
        if article not in self._spans:
            found = [(m.start(), m.end()) for m in _TABLE.finditer(text)]
            self._spans[article] = ([s for s, _ in found], [e for _, e in found])
        starts, ends = self._spans[article]
        i = bisect.bisect_right(starts, offset) - 1
        return starts[i] if i >= 0 and offset < ends[i] else None

    def undate_lists(self, claims: list[Claim]) -> list[Claim]:
        """The claims, each table cell that shares its table, key and date with a cell of
        another value left without a date (see the module docstring)."""
        cells = {c.id: (c.article, table, c.key, c.when) for c in claims
                 if (table := self.table_at(c.article, c.order[1])) is not None}
        if not cells:
            return claims
        values: dict[tuple[Any, ...], set[Interval]] = {}
        for claim in claims:
            if claim.id in cells:
                values.setdefault(cells[claim.id], set()).add(claim.values)
        for claim in claims:
            if claim.id in cells and len(values[cells[claim.id]]) > 1:
                # no date of its own, of its article or of the event it counts
                claim.when, claim.reported_basis, claim.event = None, False, False
        return claims

    def series_rows(self, claims: list[Claim]) -> list[Claim]:
        """The claims, each table cell marked as set against the others of its row when its row
        gives its key under more than one date (the cells' own dates, from their columns)."""
        rows: dict[tuple[Any, ...], list[Claim]] = {}
        for claim in claims:
            if claim.when and self.table_at(claim.article, claim.order[1]) is not None:
                rows.setdefault((claim.sentence, claim.key), []).append(claim)
        for cells in rows.values():
            if len({cell.when for cell in cells}) > 1:
                for cell in cells:
                    cell.compared = True
        return claims
