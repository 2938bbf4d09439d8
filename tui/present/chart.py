"""A conflict group as a range chart: every figure a bar on one shared axis, so a reader sees at a
glance whether the ranges overlap (consistent), stand apart in one period (contradiction) or move
over time. The conflicts screen and ``claimscope conflicts`` draw this same chart.

Shapes carry the meaning, not colours: █ the stated value or range, ░ the ~10% an "about" allows,
─ and an arrow the open side of "up to" / "more than" / "at least". The axis turns logarithmic
when the values span a factor of 20 or more, so one outlier does not squash the rest into a
column.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rich.text import Text

from store.corpus import Corpus
from store.model import ConflictGroup, format_number
from tui.present.labels import figure_date, short, spread_text
from tui.present.marks import verdict_label

ABOUT_WIDTH = 0.10
LOG_SCALE_RATIO = 20.0  # values further apart than this share a logarithmic axis
VALUE_WIDTH = 24  # the most cells a value after its bar takes


@dataclass(frozen=True)
class Bar:
    """One figure on the chart: its stated range in the group's common unit, how it is
    qualified, and the words either side of its bar."""

    label: str
    low: float
    high: float
    approx: str
    value: str = ""
    period: str = ""  # drawn after the label in brackets, and kept when the label is cut

    def caption(self, width: int) -> str:
        """The label and its period in ``width`` cells at most: the label gives way first, so a
        change-over-time chart keeps the years it is about."""
        tail = f" ({self.period})" if self.period else ""
        if len(self.label) + len(tail) <= width:
            return self.label + tail
        room = width - len(tail)
        if room >= 4:
            return self.label[:room - 1] + "…" + tail
        whole = self.label + tail
        return whole[:width - 1] + "…"


@dataclass(frozen=True)
class Axis:
    start: float
    end: float
    log: bool

    @classmethod
    def fit(cls, bars: list[Bar]) -> Axis:
        lows = [b.low * (1 - ABOUT_WIDTH) if b.approx == "about" else b.low for b in bars]
        highs = [b.high * (1 + ABOUT_WIDTH) if b.approx == "about" else b.high for b in bars]
        return cls.spanning(min(lows), max(highs))

    @classmethod
    def spanning(cls, start: float, end: float) -> Axis:
        """An axis over values from ``start`` to ``end``, padded; logarithmic when they are
        ``LOG_SCALE_RATIO`` apart or more."""
        log = start > 0 and end / start >= LOG_SCALE_RATIO
        if log:
            return cls(start / 1.1, end * 1.1, True)
        pad = (end - start) * 0.05 or abs(end) * 0.1 or 1.0
        return cls(start - pad, end + pad, False)

    def column(self, value: float, width: int) -> int:
        """The column (0..width-1) of a value, clamped to the axis."""
        if self.log:
            value = max(value, self.start)
            span = math.log(self.end) - math.log(self.start)
            share = (math.log(value) - math.log(self.start)) / span if span else 0.5
        else:
            span = self.end - self.start
            share = (value - self.start) / span if span else 0.5
        return max(0, min(width - 1, round(share * (width - 1))))


def bar_cells(bar: Bar, axis: Axis, width: int) -> str:
    """The characters of one bar on the shared axis."""
    cells = [" "] * width
    lo, hi = axis.column(bar.low, width), axis.column(bar.high, width)
    if bar.approx == "about":
        for c in range(axis.column(bar.low * (1 - ABOUT_WIDTH), width),
                       axis.column(bar.high * (1 + ABOUT_WIDTH), width) + 1):
            cells[c] = "░"
    if bar.approx == "up_to":
        for c in range(0, lo):
            cells[c] = "─"
        cells[0] = "◀"
    if bar.approx in ("more_than", "at_least"):
        for c in range(hi + 1, width):
            cells[c] = "─"
        cells[width - 1] = "▶"
    for c in range(lo, hi + 1):
        cells[c] = "█"
    return "".join(cells)


@dataclass(frozen=True)
class Layout:
    """Where a chart's columns go: the label's, the bar's, the value's."""

    axis: Axis
    label_width: int
    value_width: int
    width: int

    @property
    def bar_width(self) -> int:
        value = self.value_width + 2 if self.value_width else 0
        return max(self.width - self.label_width - 3 - value, 10)

    def line(self, bar: Bar) -> Text:
        """One bar's line: its label, the bar between rules, its value."""
        line = Text(bar.caption(self.label_width).ljust(self.label_width), style="italic",
                    end="")
        line.append(" │")
        line.append(bar_cells(bar, self.axis, self.bar_width), style="bold")
        line.append("│")
        if bar.value:
            line.append("  " + short(bar.value, self.value_width))
        return line

    def ruler(self, unit: str) -> Text:
        """The axis ends and its scale, under the bars."""
        axis = self.axis
        left = amount(max(axis.start, 0) if not axis.log else axis.start, unit)
        right = amount(axis.end, unit)
        gap = " " * max(1, self.bar_width - len(left) - len(right))
        scale = "log scale" if axis.log else "linear"
        return Text(" " * (self.label_width + 2) + left + gap + right + f"  ({scale})",
                    style="dim", end="")


def chart(bars: list[Bar], unit: str, width: int) -> list[Text]:
    """The chart's lines, about ``width`` cells wide: one per bar (its label, the bar between
    rules, its value), then a ruler with the axis ends and its scale."""
    if not bars:
        return []
    layout = Layout(Axis.fit(bars), min(max(len(b.caption(200)) for b in bars),
                                        max(width // 3, 12)),
                    min(max(len(b.value) for b in bars), VALUE_WIDTH), width)
    return [*map(layout.line, bars), layout.ruler(unit)]


def amount(value: float, unit: str) -> str:
    """An axis end, to three significant digits: the axis is padded, so more would be noise."""
    text = format_number(float(f"{value:.3g}"))
    if unit == "USD":
        return f"US${text}"
    return f"{text} {unit}" if unit else text


def common_unit(corpus: Corpus, group: ConflictGroup) -> str:
    """The unit of the group's values: money the store converted is in US dollars (its quantity
    says "(US$)"); a currency it could not convert stays as it is."""
    units = {corpus.figure(fid).unit for fid in group.figures}
    currencies = sorted(u for u in units if len(u) == 3 and u.isupper())
    if not currencies:
        return ""
    return "USD" if "(US$)" in (group.quantity or "") else currencies[0]


def group_bars(corpus: Corpus, group: ConflictGroup) -> list[Bar]:
    """A bar per figure of a group, in the group's order (by date)."""
    return [group_bar(corpus, group, fid) for fid in group.figures]


def group_bar(corpus: Corpus, group: ConflictGroup, fid: str) -> Bar:
    """One figure's bar: who says it and when, its range in the common unit, its value."""
    fig = corpus.figure(fid)
    low, high = corpus.comparable(group, fid)
    article = corpus.article(fig.article)
    who = f"{fig.source}, {article.outlet}" if article.outlet else fig.source
    return Bar(short(who, 60), low, high, fig.approx, short(fig.value, 40),
               figure_date(article, fig))


def _heading(group: ConflictGroup) -> Text:
    text = Text(end="")
    text.append(verdict_label(group.verdict), style="bold")
    text.append(f" · {short(group.quantity, 80)} · spread {spread_text(group.spread)}")
    return text


def _spanning(corpus: Corpus, group: ConflictGroup) -> Axis:
    """The axis over every value of a group (thousands: worked out once per corpus)."""
    ranges = corpus.ranges(group)
    return Axis.spanning(min(low for low, _ in ranges), max(high for _, high in ranges))


class PagedChart:
    """A group's chart of more than ``WHOLE`` figures, a line at a time: its heading, a bar per
    figure, its ruler. Only the lines asked for are made (a group of a large archive holds
    thousands of figures, each read from its article): the axis comes from the group's values,
    the columns from the width alone, and the unit from the group's first figure."""

    def __init__(self, corpus: Corpus, group: ConflictGroup, width: int) -> None:
        self.corpus, self.group = corpus, group
        self.ids = list(group.figures)
        axis = corpus.derived(("chart axis", group.id), lambda: _spanning(corpus, group))
        self.layout = Layout(axis, max(width // 3, 12), VALUE_WIDTH, width)
        first = corpus.figure(self.ids[0]).unit if self.ids else ""
        self.unit = "USD" if "(US$)" in (group.quantity or "") else (
            first if len(first) == 3 and first.isupper() else "")

    def __len__(self) -> int:
        return len(self.ids) + 2

    def line(self, y: int) -> Text:
        if y == 0:
            return _heading(self.group)
        if y <= len(self.ids):
            return self.layout.line(group_bar(self.corpus, self.group, self.ids[y - 1]))
        return self.layout.ruler(self.unit)


#: figures of a group drawn whole (columns fitted to its labels); a larger group is paged
WHOLE = 40


def group_chart(corpus: Corpus, group: ConflictGroup, width: int) -> Text:
    """The group's verdict, quantity and spread over its chart, ``width`` cells wide."""
    text = _heading(group)
    for line in chart(group_bars(corpus, group), common_unit(corpus, group), width):
        text.append("\n")
        text.append_text(line)
    return text
