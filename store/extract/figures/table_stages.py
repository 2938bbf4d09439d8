"""Columns that give one count at two stages: "| Candidate | Provisional (3 May) | Final (5 May)
|", "| Division | Preliminary (12 April) | Revised (30 May) |".

A table that sets the stages of a count side by side (provisional and revised, preliminary and
final) gives, in each row, one quantity of one period twice, as its author published it at each
stage: where the two differ, the later stage's cell replaces the earlier one's (a revision, as
"revised from X to Y" says in prose); and the date a stage's header writes is the day that stage
was published, not the period its cells describe (the caption or the text says that). A header
is a stage when its words, brackets and month names aside, name only which count it is and one
of them is a stage (``[tables] stage_headers`` in store/data/context.toml): "2019 census" is
another count, of its own year, and "Change" is no count at all. Words that join a stage to its
date ("Revised estimate as at 16 March", "Final count of 5 May") are no other count; and an
estimate named by the day it was made ("Estimate of 9 February", "Forecast, 2 June") is a stage
too, the first one beside a later "Revised estimate" (``[tables] dated_stage_nouns``): a
month or a day makes it one, where a bare year ("2031 forecast") may be the period it is of.
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


# the words that join a stage to its date: "Estimate of 9 February", "Count as at 1 July"
_DATED_BY = frozenset({"of", "as", "at", "on"})


def stage_header(header: str) -> bool:
    """Whether a column header names a stage of one count ("Provisional (3 May)",
    "Revised estimate", "Final", "Revised estimate as at 16 March"), a date beside it or not, or
    an estimate by the day it was made ("Estimate of 9 February")."""
    every = _words(header)
    words = [w for w in every if w not in _DATED_BY]
    ctx = context_words()
    if not words or (len(words) < len(every) and not _dated(header)):
        return False  # "Share of total": a joiner with no date after it joins no stage
    if not all(w in ctx.table_stage_headers or w in ctx.table_version_headers for w in words):
        return False
    return any(w in ctx.table_stage_headers for w in words) or (
        len(words) == 1 and words[0] in ctx.table_dated_stage_nouns and _dated(header))


def _dated(header: str) -> bool:
    """Whether a header names a month ("9 February 2030", "Aug 2026"), not only a year."""
    return any(w.lower() in MONTHS for w in _WORD.findall(header))


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
