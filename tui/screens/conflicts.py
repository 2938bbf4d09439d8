"""The conflicts screen: every group of figures about one quantity, as a tree (a quantity, then
its periods and its estimates), contradictions first, then revisions, changes over time and
agreement; a range chart of the selected group; ``f`` shows one verdict at a time. Enter reads
side by side the two figures its reason names, in two articles whenever the group has two.

The list is virtual, as the sidebar's are (``tui.widgets.virtual_list``): the tree is ordered
once from the groups' rows (no member of a group is read for it), and a row's cells are made
only when the row scrolls into view, so a store of 10,000 groups opens the screen as quickly as
one of ten; the chart of a large group is paged too (``tui.widgets.range_chart``).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from store.corpus import Corpus
from store.model import ConflictGroup
from tui.present.groups import ORDER, Row, group_rows, kind_label, reading_pair, verdict_counts
from tui.present.labels import plural, short, spread_text
from tui.present.marks import verdict_count, verdict_glyph, verdict_label, verdict_words
from tui.widgets.range_chart import RangeChart
from tui.widgets.virtual_list import VirtualList

#: what ``f`` steps through: every verdict, then each one alone
FILTERS: tuple[str | None, ...] = (None, *ORDER)
#: the widest verdict label; the spread and figure-count columns; the gap between columns
VERDICT_WIDTH = max(len(verdict_label(v)) for v in ORDER)
SPREAD_WIDTH, COUNT_WIDTH, GAP = 7, 4, 2
QUANTITY_MOST = 52  # a quantity's room: its 50 characters and a level of the tree


def _widths(width: int) -> tuple[int, int]:
    """The quantity's and the sources' columns in ``width`` cells (the list's margin left out):
    the quantity takes three fifths of what the fixed columns leave, 52 at most."""
    rest = max(width - 1 - VERDICT_WIDTH - SPREAD_WIDTH - COUNT_WIDTH - 4 * GAP, 0)
    quantity = min(QUANTITY_MOST, max(rest * 3 // 5, min(rest, 16)))
    return quantity, max(rest - quantity, 0)


def _line(cells: list[Text], width: int) -> Text:
    """Cells laid out in the screen's columns: verdict, quantity, spread and n (right-aligned),
    sources."""
    quantity, sources = _widths(width)
    widths = (VERDICT_WIDTH, quantity, SPREAD_WIDTH, COUNT_WIDTH, sources)
    line = Text(end="")
    for n, (cell, room) in enumerate(zip(cells, widths, strict=True)):
        cell = cell.copy()
        if n in (2, 3):
            cell.align("right", room)
        else:
            cell.truncate(room, overflow="ellipsis", pad=True)
        if n:
            line.append(" " * GAP)
        line.append_text(cell)
    return line


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
        yield Static(id="conflicts-heading")
        yield VirtualList(0, self._row, id="conflicts-table")
        yield RangeChart(self.corpus, id="range-chart")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "conflicts"
        listing = self.listing
        self.watch(listing, "cursor", self._cursor_moved, init=False)
        self._fill()
        listing.focus()

    @property
    def listing(self) -> VirtualList:
        return self.query_one("#conflicts-table", VirtualList)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._heading)

    def _heading(self) -> None:
        """The column names, laid out as the rows below them are (in the list's width, which a
        scroll bar narrows)."""
        names = [Text(name, style="bold") for name in ("verdict", "quantity", "spread", "n",
                                                       "sources")]
        width = self.listing.scrollable_content_region.width or self.size.width
        self.query_one("#conflicts-heading", Static).update(
            Text(" ", end="") + _line(names, width))

    def _fill(self) -> None:
        """The rows of the tree under the current filter and order; the header says what is
        shown and how many quantities each verdict has."""
        every = group_rows(self.corpus, descending=self.descending)
        counts = verdict_counts(self.corpus, every)
        if self.app.size.width < 100:  # 80 columns: the marks without their words
            shown = " ".join(f"{counts[v]} {verdict_glyph(v)}" for v in ORDER if counts[v])
        else:
            shown = ", ".join(verdict_count(v, counts[v]) for v in ORDER if counts[v])
        what = f"only {verdict_words(self.verdict)} · " if self.verdict else ""
        self.sub_title = f"{what}{plural(counts['groups'], 'quantity', 'quantities')}: {shown}"
        self.rows = every if self.verdict is None else group_rows(
            self.corpus, self.verdict, descending=self.descending)
        listing = self.listing
        listing.reset(len(self.rows))
        self.call_after_refresh(self._heading)
        first = next((n for n, r in enumerate(self.rows) if r.matches), None)
        if first is not None:
            listing.cursor = first
            self._show_chart(self.rows[first].group.id)
        else:
            self.query_one(RangeChart).show(None)

    def _row(self, index: int, width: int) -> list[Text]:
        """One row, made when it scrolls into view."""
        return [_line(self._cells(self.rows[index]), width)]

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
        sources = sorted({short(source, 30) for source in self.corpus.group_sources(group)})
        return [verdict, quantity, Text(spread_text(group.spread), style=dim),
                Text(str(len(group.figures)), style=dim),
                Text(short(", ".join(sources), 60), style=dim)]

    def _cursor_moved(self, cursor: int) -> None:
        if 0 <= cursor < len(self.rows):
            self._show_chart(self.rows[cursor].group.id)

    @on(VirtualList.Selected, "#conflicts-table")
    def _selected(self, event: VirtualList.Selected) -> None:
        self.action_open()

    def _show_chart(self, group_id: str) -> None:
        self.query_one(RangeChart).show(self.corpus.conflict(group_id))

    @property
    def selected(self) -> ConflictGroup | None:
        cursor = self.listing.cursor
        return self.rows[cursor].group if 0 <= cursor < len(self.rows) else None

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
        listing = self.listing
        listing.cursor = listing.cursor + step

    def action_back(self) -> None:
        self.dismiss(None)
