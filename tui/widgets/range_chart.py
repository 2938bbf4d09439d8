"""The conflicts screen's range chart of the selected group (drawn by ``tui.present.chart``).

A group of a large store holds thousands of figures, one line each: the chart is drawn once per
group and width, and only the lines in view become strips (Textual's line API), so selecting such
a group costs what selecting a small one does, whatever scrolls below.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.chart import group_chart


class RangeChart(Widget):
    """Draws the selected group; empty until one is set."""

    DEFAULT_CSS = "RangeChart { height: auto; }"

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.group: ConflictGroup | None = None
        self._drawn: tuple[str | None, int] | None = None  # (group id, width) of ``_lines``
        self._lines: list[Text] = []

    def show(self, group: ConflictGroup | None) -> None:
        self.group = group
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Text]:
        """The chart's lines at ``width`` (40 at least), drawn once per group and width."""
        width = max(width, 40)
        key = (self.group.id if self.group is not None else None, width)
        if key != self._drawn:
            chart = (Text("No conflict group selected.", style="dim") if self.group is None
                     else group_chart(self.corpus, self.group, width))
            self._lines = list(chart.split("\n", allow_blank=True))
            self._drawn = key
        return self._lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        lines = self.lines(width)
        if y >= len(lines):
            return Strip.blank(width, self.rich_style)
        segments = list(lines[y].render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, self.rich_style)
