"""Columns that give one count at two stages: "| Candidate | Provisional (3 May) | Final (5 May)
|", "| Division | Preliminary (12 April) | Revised (30 May) |".

A table that sets the stages of a count side by side (provisional and revised, preliminary and
final) gives, in each row, one quantity of one period twice, as its author published it at each
stage: where the two differ, the later stage's cell replaces the earlier one's (a revision, as
"revised from X to Y" says in prose); and the date a stage's header writes is the day that stage
was published, not the period its cells describe (the caption or the text says that). A header
is a stage when its words, brackets and month names aside, name only which count it is and one
of them is a stage (``[tables] stage_headers`` in store/data/context.toml): "2019 census" is
another count, of its own year, and "Change" is no count at all.
"""

from __future__ import annotations

import re
from itertools import pairwise

from store.extract.dates import MONTHS
from store.extract.figures.found import FoundFigure
from store.extract.figures.tables import cell_at
from store.knowledge.context import context_words

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(header: str) -> list[str]:
    """A header's words, brackets and month names aside."""
    words = [w.lower() for w in _WORD.findall(_BRACKETS.sub(" ", header))]
    return [w for w in words if w not in MONTHS]


def stage_header(header: str) -> bool:
    """Whether a column header names a stage of one count ("Provisional (3 May)",
    "Revised estimate", "Final"), a date beside it or not."""
    words = _words(header)
    ctx = context_words()
    return (bool(words) and any(w in ctx.table_stage_headers for w in words)
            and all(w in ctx.table_stage_headers or w in ctx.table_version_headers
                    for w in words))


def link_stages(figures: list[FoundFigure], text: str) -> None:
    """In each table row, a cell under a revising stage's column ("Revised", "Final") whose
    value differs from the cell under the stage's column before it (in the same unit) replaces
    that cell: its ``revises``. One look at each cell's header, then one pass per row."""
    revising = context_words().table_revised_stages
    rows: dict[int, list[tuple[FoundFigure, bool]]] = {}
    for fig in figures:
        cell = cell_at(text, fig.start)
        if cell is not None and stage_header(cell[0]):
            rows.setdefault(text.rfind("\n", 0, fig.start), []).append(
                (fig, any(w in revising for w in _words(cell[0]))))
    for cells in rows.values():
        cells.sort(key=lambda c: c[0].start)
        for (old, _), (new, revises) in pairwise(cells):
            if (revises and new.revises is None and old.revises is None and new.unit == old.unit
                    and (new.low, new.high) != (old.low, old.high)):
                new.revises = old.start
