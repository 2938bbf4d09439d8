"""The conflicts screen's range chart of the selected group (drawn by ``tui.present.chart``).

A group of a large store holds thousands of figures, one line each, and each figure is read from
its article: a group of more than ``WHOLE`` figures is a ``PagedChart``, whose lines are made
only when they scroll into view, so selecting such a group costs what selecting a small one
does, whatever scrolls below. A smaller group is drawn whole, its columns fitted to its labels.
The widget scrolls itself (a ``ScrollView`` of the chart's height, as the virtual lists are):
a widget 20,000 lines tall inside a scrolling container costs Textual a layout of its height.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.chart import WHOLE, PagedChart, group_chart

KEPT = 200  # lines of a paged chart kept drawn (a screenful and what was scrolled past)


class RangeChart(ScrollView):
    """Draws the selected group; empty until one is set."""

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
        self._update_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def on_mount(self) -> None:
        self._update_size()

    def on_resize(self, event: events.Resize) -> None:
        self._update_size()

    def _update_size(self) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, self.height_at(width))

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

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_offset.y) + y
        if line >= self.height_at(width):
            return Strip.blank(width, self.rich_style)
        segments = list(self.line(line).render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, self.rich_style)
