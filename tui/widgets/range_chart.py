"""The conflicts screen's range chart of the selected group (drawn by ``tui.present.chart``)."""

from __future__ import annotations

from rich.text import Text
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

    def show(self, group: ConflictGroup | None) -> None:
        self.group = group
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.group is None:
            return Text("No conflict group selected.", style="dim")
        return group_chart(self.corpus, self.group, max(self.size.width, 40))
