"""A conflict group as a range chart: each figure a bar on one shared axis.

A range (``14,000-18,000``) is a bar, a single value a tick; the axis turns logarithmic when the
values span more than a factor of 20, so one outlier does not squash the rest into a column.
"""

from __future__ import annotations

import math

from rich.text import Text
from textual.widget import Widget

from store.corpus import Corpus
from store.model import ConflictGroup, format_number
from tui.widgets.claim_bar import dated, spread_text
from tui.widgets.marks import label
from tui.widgets.short_text import short

LOG_FROM = 20.0  # highest over lowest value at which the axis becomes logarithmic


def chart_lines(corpus: Corpus, group: ConflictGroup, width: int) -> Text:
    """The chart as text, ``width`` cells wide."""
    members = [corpus.figure(fid) for fid in group.figures]
    # in time order: the period a figure is about, else its article's date
    members.sort(key=lambda f: (f.when or corpus.article(f.article).date or "9999",
                                corpus.article(f.article).order, f.start))
    values = [corpus.comparable(group, f.id) for f in members]
    text = Text(end="")
    text.append(label(group.verdict), style="bold")
    text.append(f" · {short(group.quantity, 80)} · spread {spread_text(group.spread)}")
    if not members:
        return text
    lows = [v[0] for v in values]
    highs = [v[1] for v in values]
    lo, hi = min(lows), max(highs)
    log = lo > 0 and hi / lo > LOG_FROM
    if log:
        text.append(" · log scale", style="italic")
    label_width = min(max(len(_label(corpus, f)) for f in members), max(width // 3, 16))
    value_width = min(max(len(f.value) for f in members), 24)
    bar_width = max(width - label_width - value_width - 4, 10)

    def position(value: float) -> int:
        if hi == lo:
            return bar_width // 2
        if log:
            share = (math.log(value) - math.log(lo)) / (math.log(hi) - math.log(lo))
        else:
            share = (value - lo) / (hi - lo)
        return max(0, min(bar_width - 1, round(share * (bar_width - 1))))

    for fig, (low, high) in zip(members, values, strict=True):
        start, end = position(low), position(high)
        cells = [" "] * bar_width
        if end > start:
            for x in range(start, end + 1):
                cells[x] = "━"
            cells[start], cells[end] = "┣", "┫"
        else:
            cells[start] = "┃"
        text.append("\n")
        text.append(_label(corpus, fig)[:label_width].ljust(label_width), style="italic")
        text.append(" ")
        text.append("".join(cells), style="bold")
        text.append("  " + short(fig.value, value_width))
    axis = [" "] * bar_width
    axis[0], axis[-1] = "└", "┘"
    for x in range(1, bar_width - 1):
        axis[x] = "─"
    text.append("\n" + " " * (label_width + 1) + "".join(axis))
    left, right = format_number(lo), format_number(hi)
    gap = max(bar_width - len(left) - len(right), 1)
    text.append("\n" + " " * (label_width + 1) + left + " " * gap + right, style="dim")
    return text


def _label(corpus: Corpus, figure) -> str:
    return short(f"{figure.source} ({dated(corpus.article(figure.article), figure)})", 60)


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
        return chart_lines(self.corpus, self.group, max(self.size.width, 40))
