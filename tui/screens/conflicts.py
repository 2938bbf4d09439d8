"""The conflicts screen: every group of figures about one quantity, as a tree (a quantity, then
its periods and its estimates), contradictions first, then revisions, changes over time and
agreement; a range chart of the selected group; ``f`` shows one verdict at a time. Enter reads
side by side the two figures its reason names, in two articles whenever the group has two."""

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
from tui.present.groups import ORDER, Row, group_rows, kind_label, reading_pair, verdict_counts
from tui.present.labels import plural, short, spread_text
from tui.present.marks import verdict_count, verdict_glyph, verdict_label, verdict_words
from tui.widgets.range_chart import RangeChart

#: what ``f`` steps through: every verdict, then each one alone
FILTERS: tuple[str | None, ...] = (None, *ORDER)


class ConflictsScreen(Screen[tuple[str, str] | None]):
    """A tree of groups; ``f`` filters by verdict, ``s`` sorts by spread (again: the other way);
    enter opens a pair."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", tooltip="Back to the reader", id="conflicts.back"),
        Binding("enter", "open", "read", tooltip="Read the group's two figures side by side",
                id="conflicts.open"),
        Binding("f", "filter", "filter", tooltip="Show one verdict at a time (again: the next)",
                id="conflicts.filter"),
        Binding("s", "sort", "spread", tooltip="Sort by spread, widest or narrowest first",
                id="conflicts.sort"),
        Binding("j", "move(1)", "down", show=False, id="conflicts.down"),
        Binding("k", "move(-1)", "up", show=False, id="conflicts.up"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.groups = corpus.conflicts()
        self.descending = True
        self.verdict: str | None = None
        self.rows: list[Row] = []

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
        self.title = "conflicts"
        table = self.query_one(DataTable)
        table.add_column("verdict", key="verdict")
        table.add_column("quantity", key="quantity")
        table.add_column("spread", key="spread")
        table.add_column("n", key="n")
        table.add_column("sources", key="sources")
        self._fill()
        table.focus()

    def _fill(self) -> None:
        """The rows of the tree under the current filter and order; the header says what is
        shown and how many quantities each verdict has."""
        counts = verdict_counts(self.corpus)
        if self.app.size.width < 100:  # 80 columns: the marks without their words
            shown = " ".join(f"{counts[v]} {verdict_glyph(v)}" for v in ORDER if counts[v])
        else:
            shown = ", ".join(verdict_count(v, counts[v]) for v in ORDER if counts[v])
        what = f"only {verdict_words(self.verdict)} · " if self.verdict else ""
        self.sub_title = f"{what}{plural(counts['groups'], 'quantity', 'quantities')}: {shown}"
        table = self.query_one(DataTable)
        table.clear()
        self.rows = group_rows(self.corpus, self.verdict, descending=self.descending)
        for row in self.rows:
            table.add_row(*self._cells(row), key=row.group.id)
        first = next((r for r in self.rows if r.matches), None)
        if first is not None:
            table.move_cursor(row=self.rows.index(first))
            self._show_chart(first.group.id)
        else:
            self.query_one(RangeChart).show(None)

    def _cells(self, row: Row) -> list[Text]:
        group = row.group
        dim = "" if row.matches else "dim"
        verdict = Text(verdict_label(group.verdict), style=dim or (
            "bold" if group.verdict == "contradiction" else ""))
        quantity = Text("  " * row.depth + ("└ " if row.depth else ""), style="dim")
        kind = kind_label(group)
        if kind:
            quantity.append(f"{kind}: ", style="italic " + dim)
        quantity.append(short(group.quantity, 50), style=dim)
        sources = sorted({short(self.corpus.figure(f).source, 30) for f in group.figures
                          if self.corpus.has_figure(f)})
        return [verdict, quantity, Text(spread_text(group.spread), justify="right", style=dim),
                Text(str(len(group.figures)), justify="right", style=dim),
                Text(short(", ".join(sources), 60), style=dim)]

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
        pair = reading_pair(self.corpus, group)
        if pair is None:
            self.notify("This group has fewer than two figures.", timeout=3)
            return
        self.dismiss(pair)

    def action_filter(self) -> None:
        self.verdict = FILTERS[(FILTERS.index(self.verdict) + 1) % len(FILTERS)]
        self._fill()
        matching = sum(r.matches for r in self.rows)
        self.notify(f"Only {verdict_words(self.verdict)}: {plural(matching, 'group')}."
                    if self.verdict else "Every verdict.", timeout=2)

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
