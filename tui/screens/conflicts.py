"""The conflicts screen: every group of figures about one quantity, widest spread first, and a
range chart of the selected one. Enter reads side by side the two figures its reason names."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.labels import short, spread_text
from tui.present.marks import SEVERITY, verdict_label
from tui.widgets.range_chart import RangeChart


def _exists(corpus: Corpus, figure_id: str) -> bool:
    try:
        corpus.figure(figure_id)
    except KeyError:
        return False
    return True


class ConflictsScreen(Screen[tuple[str, str] | None]):
    """A table of groups; ``s`` sorts by spread (again: the other way); enter opens a pair."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", id="conflicts.back"),
        Binding("enter", "open", "read side by side", id="conflicts.open"),
        Binding("s", "sort", "sort by spread", id="conflicts.sort"),
        Binding("j", "move(1)", "down", show=False, id="conflicts.down"),
        Binding("k", "move(-1)", "up", show=False, id="conflicts.up"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.groups = corpus.conflicts()  # widest spread first
        self.descending = True

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        if not self.groups:
            yield Label("No conflict groups in this store: no two figures were found to count "
                        "the same thing.", id="conflicts-empty")
        table: DataTable = DataTable(cursor_type="row", zebra_stripes=True, id="conflicts-table")
        yield table
        with VerticalScroll(id="chart-box"):
            yield RangeChart(self.corpus, id="range-chart")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "claimscope"
        self.sub_title = "conflicts · enter: read the two most disagreeing side by side"
        table = self.query_one(DataTable)
        table.add_column("verdict", key="verdict")
        table.add_column("quantity", key="quantity")
        table.add_column("spread", key="spread")
        table.add_column("n", key="n")
        table.add_column("sources", key="sources")
        self._fill()
        table.focus()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        groups = sorted(self.groups, key=lambda g: (-g.spread if self.descending else g.spread,
                                                    SEVERITY.get(g.verdict, 9), g.id))
        for group in groups:
            sources = sorted({short(self.corpus.figure(f).source, 30) for f in group.figures
                              if _exists(self.corpus, f)})
            table.add_row(
                Text(verdict_label(group.verdict), style="bold" if group.verdict == "contradiction"
                     else ""),
                Text(short(group.quantity, 50)),
                Text(spread_text(group.spread), justify="right"),
                Text(str(len(group.figures)), justify="right"),
                Text(short(", ".join(sources), 60)),
                key=group.id,
            )
        if groups:
            self._show_chart(groups[0].id)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self._show_chart(event.row_key.value)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def _show_chart(self, group_id: str) -> None:
        self.query_one(RangeChart).show(self.corpus.conflict(group_id))

    @property
    def selected(self) -> ConflictGroup | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.corpus.conflict(key) if key else None

    def action_open(self) -> None:
        group = self.selected
        if group is None:
            return
        pair = group.pair
        if pair is None or not all(_exists(self.corpus, f) for f in pair):
            self.notify("This group has fewer than two figures.", timeout=3)
            return
        self.dismiss(pair)

    def action_sort(self) -> None:
        self.descending = not self.descending
        self._fill()
        self.notify("Widest spread first." if self.descending else "Narrowest spread first.",
                    timeout=2)

    def action_move(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    def action_back(self) -> None:
        self.dismiss(None)
