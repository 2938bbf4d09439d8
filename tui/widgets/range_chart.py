"""The conflicts screen's range chart of the selected group (drawn by ``tui.present.chart``).

A group of a large store holds thousands of figures, one line each: the chart is drawn once per
group and width, a line at a time, and only the lines in view become strips (Textual's line
API). Drawing such a group reads every figure of it, which takes a second or more past 10,000
articles, so a group of more than ``AT_ONCE`` figures is drawn in a thread worker while the
screen stays live; the chart shows when it is ready (a newer selection wins).
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.chart import group_chart
from tui.present.labels import plural

AT_ONCE = 40  # figures of a group drawn in the key's own frame (about 8 ms); more: a worker


class RangeChart(Widget):
    """Draws the selected group; empty until one is set."""

    DEFAULT_CSS = "RangeChart { height: auto; }"

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.group: ConflictGroup | None = None
        self._drawn: tuple[str | None, int] | None = None  # (group id, width) of ``_lines``
        self._drawing: tuple[str, int] | None = None  # what the worker is drawing
        self._lines: list[Text] = []

    def show(self, group: ConflictGroup | None) -> None:
        self.group = group
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Text]:
        """The chart's lines at ``width`` (40 at least), drawn once per group and width."""
        width = max(width, 40)
        group = self.group
        key = (group.id if group is not None else None, width)
        if key == self._drawn:
            return self._lines
        if group is None:
            self._lines, self._drawn = [Text("No conflict group selected.", style="dim")], key
        elif len(group.figures) <= AT_ONCE:
            self._lines, self._drawn = self._chart(group, width), key
        else:
            if self._drawing != key:
                self._drawing = (group.id, width)
                self.run_worker(partial(self._draw, group, width), thread=True,
                                exclusive=True, group="range-chart")
            return [Text(f"Drawing the chart of {plural(len(group.figures), 'figure')}…",
                         style="dim italic")]
        return self._lines

    def _chart(self, group: ConflictGroup, width: int) -> list[Text]:
        return list(group_chart(self.corpus, group, width).split("\n", allow_blank=True))

    def _draw(self, group: ConflictGroup, width: int) -> None:
        """In the worker: the chart's lines, handed to the widget when done."""
        lines = self._chart(group, width)
        self.app.call_from_thread(self._drawn_in_worker, (group.id, width), lines)

    def _drawn_in_worker(self, key: tuple[str, int], lines: list[Text]) -> None:
        if self._drawing == key:  # still what is selected, at this width
            self._lines, self._drawn, self._drawing = lines, key, None
            self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        lines = self.lines(width)
        if y >= len(lines):
            return Strip.blank(width, self.rich_style)
        segments = list(lines[y].render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, self.rich_style)
