"""``claimscope conflicts``: conflict groups, their figures side by side, and a range chart.

The chart puts every figure of a group on one shared axis, one bar each, so a reader sees at a
glance whether the ranges overlap (consistent), stand apart in one period (contradiction) or move
over time. Shapes carry the meaning, not colours: █ the stated value or range, ░ the ~10% an
"about" allows, ─ and an arrow the open side of "up to" / "more than" / "at least".
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from store.corpus import Corpus
from store.model import VERDICTS, ConflictGroup, format_number
from tui.commands.common import cell, console, open_corpus, print_json

ABOUT_WIDTH = 0.10
LOG_SCALE_RATIO = 20.0  # values further apart than this share a logarithmic axis
LABEL_WIDTH = 26


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verdict", choices=VERDICTS)
    parser.add_argument("--about", metavar="WORDS", help="only groups whose quantity or figures "
                        "mention every word")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


@dataclass(frozen=True)
class Bar:
    """One figure on the chart: its stated range in the group's common unit and how it is
    qualified."""

    label: str
    low: float
    high: float
    approx: str


@dataclass(frozen=True)
class Axis:
    start: float
    end: float
    log: bool

    @classmethod
    def fit(cls, bars: list[Bar]) -> Axis:
        lows = [b.low * (1 - ABOUT_WIDTH) if b.approx == "about" else b.low for b in bars]
        highs = [b.high * (1 + ABOUT_WIDTH) if b.approx == "about" else b.high for b in bars]
        start, end = min(lows), max(highs)
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


def range_chart(bars: list[Bar], unit: str, width: int = 48) -> list[Text]:
    """Lines of the chart: one bar per figure, then the axis ends."""
    if not bars:
        return []
    axis = Axis.fit(bars)
    lines = []
    for bar in bars:
        line = Text(bar.label[:LABEL_WIDTH].ljust(LABEL_WIDTH) + " │")
        line.append(bar_cells(bar, axis, width), style="bold")
        line.append("│")
        lines.append(line)
    left = _amount(max(axis.start, 0) if not axis.log else axis.start, unit)
    right = _amount(axis.end, unit)
    scale = "log scale" if axis.log else "linear"
    ruler = " " * (LABEL_WIDTH + 2) + left
    ruler += " " * max(1, width - len(left) - len(right)) + right + f"  ({scale})"
    lines.append(Text(ruler, style="dim"))
    return lines


def _amount(value: float, unit: str) -> str:
    """An axis end, to three significant digits: the axis is padded, so more would be noise."""
    text = format_number(float(f"{value:.3g}"))
    if unit == "USD":
        return f"US${text}"
    return f"{text} {unit}" if unit else text


def _common_unit(corpus: Corpus, group: ConflictGroup) -> str:
    """The unit of the group's values: money the store converted is in US dollars (its quantity
    says "(US$)"); a currency it could not convert stays as it is."""
    units = {corpus.figure(fid).unit for fid in group.figures}
    currencies = sorted(u for u in units if len(u) == 3 and u.isupper())
    if not currencies:
        return ""
    return "USD" if "(US$)" in group.quantity else currencies[0]


def _bars(corpus: Corpus, group: ConflictGroup) -> list[Bar]:
    bars = []
    for n, fid in enumerate(group.figures, 1):
        fig = corpus.figure(fid)
        low, high = corpus.comparable(group, fid)
        bars.append(Bar(f"{n} {fig.value}", low, high, fig.approx))
    return bars


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    groups = corpus.conflicts(args.verdict)
    if args.about:
        wanted = {f.id for f in corpus.figures(about=args.about)}
        groups = [g for g in groups if wanted & set(g.figures)
                  or args.about.lower() in g.quantity.lower()]
    if args.json:
        print_json([{"id": g.id, "quantity": g.quantity, "verdict": g.verdict, "spread": g.spread,
                     "reason": g.reason, "figures": list(g.figures),
                     "pair": list(g.pair) if g.pair else None,
                     "values": {fid: list(corpus.comparable(g, fid)) for fid in g.figures}}
                    for g in groups])
        return 0
    out = console()
    width = max(20, min(60, out.width - LABEL_WIDTH - 6))
    for g in groups:
        title = Text()
        title.append(f"{g.verdict.replace('_', ' ')}  ", style="bold")
        title.append_text(cell(g.quantity, 100))
        title.append(f"  spread {g.spread:.2f}")
        table = Table(title=title, title_justify="left")
        for name in ("#", "value", "source", "when", "article"):
            table.add_column(name, overflow="fold")
        for n, fid in enumerate(g.figures, 1):
            fig = corpus.figure(fid)
            table.add_row(str(n), cell(fig.value, 40), cell(fig.source, 40),
                          cell(fig.when or "-"), cell(fig.article, 30))
        out.print(table)
        bars = [Bar(cell(b.label, LABEL_WIDTH).plain, b.low, b.high, b.approx)
                for b in _bars(corpus, g)]
        for line in range_chart(bars, _common_unit(corpus, g), width):
            out.print(line)
        out.print(cell(g.reason, 400))
        out.print()
    if not groups:
        out.print("no conflict groups")
    return 0
