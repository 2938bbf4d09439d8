"""Where the figures of an article stand, so that a word inside one ("4bn", parsed as a noun in
"about XYZ 4bn") is never taken as what another figure counts. A sorted list and a bisection
answer each question in log time, however many figures a sentence holds."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from store.extract.figures.found import FoundFigure


class FigureSpans:
    """The character spans of a set of figures."""

    def __init__(self, figures: Iterable[FoundFigure]) -> None:
        spans = sorted((f.start, f.end) for f in figures)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def holds(self, offset: int) -> bool:
        """Whether the character at ``offset`` is part of some figure's text."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]
