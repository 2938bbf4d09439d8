"""The conflicts screen's range chart of the selected group (drawn by ``tui.present.chart``).

A group of a large store holds thousands of figures, one line each, and each figure is read from
its article: a group of more than ``WHOLE`` figures is a ``PagedChart``, whose lines are made
only when they scroll into view (Textual's line API asks for those alone), so selecting such a
group costs what selecting a small one does, whatever scrolls below. A smaller group is drawn
whole, its columns fitted to its labels.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.chart import WHOLE, PagedChart, group_chart

KEPT = 200  # lines of a paged chart kept drawn (a screenful and what was scrolled past)


class RangeChart(Widget):
    """Draws the selected group; empty until one is set."""

    DEFAULT_CSS = "RangeChart { height: auto; }"

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.group: ConflictGroup | None = None
        self._drawn: tuple[str | None, int] | None = None  # (group id, width) of what is drawn
        self._lines: list[Text] = []
        self._paged: PagedChart | None = None
        self._kept: dict[int, Text] = {}

    def show(self, group: ConflictGroup | None) -> None:
        self.group = group
        self.refresh(layout=True)

    def _draw(self, width: int) -> None:
        """The chart at ``width`` (40 at least), drawn (or paged) once per group and width."""
        width = max(width, 40)
        group = self.group
        key = (group.id if group is not None else None, width)
        if key == self._drawn:
            return
        self._drawn, self._paged, self._kept = key, None, {}
        if group is None:
            self._lines = [Text("No conflict group selected.", style="dim")]
        elif len(group.figures) > WHOLE:
            self._paged = PagedChart(self.corpus, group, width)
        else:
            self._lines = list(group_chart(self.corpus, group, width).split("\n",
                                                                          allow_blank=True))

    def height_at(self, width: int) -> int:
        self._draw(width)
        return len(self._paged) if self._paged is not None else len(self._lines)

    def line(self, y: int) -> Text:
        if self._paged is None:
            return self._lines[y]
        found = self._kept.get(y)
        if found is None:
            if len(self._kept) >= KEPT:
                self._kept.clear()
            found = self._kept[y] = self._paged.line(y)
        return found

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self.height_at(width)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y >= self.height_at(width):
            return Strip.blank(width, self.rich_style)
        segments = list(self.line(y).render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, self.rich_style)
