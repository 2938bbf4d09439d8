"""``claimscope conflicts``: conflict groups, their figures side by side, and a range chart
(the conflicts screen's, from ``tui.present.chart``)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from rich.table import Table
from rich.text import Text

from store.model import VERDICTS
from tui.commands.common import cell, console, corpus_from, print_json
from tui.present.chart import chart, common_unit, group_bars
from tui.present.labels import spread_text
from tui.present.marks import verdict_label

CHART_WIDTH = 110  # the most cells a chart takes, however wide the terminal


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verdict", choices=VERDICTS)
    parser.add_argument("--about", metavar="WORDS", help="only groups whose quantity or figures "
                        "mention every word")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
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
    width = max(40, min(CHART_WIDTH, out.width))
    for g in groups:
        title = Text()
        title.append(f"{verdict_label(g.verdict)}  ", style="bold")
        title.append_text(cell(g.quantity, 100))
        title.append(f"  spread {spread_text(g.spread)}")
        table = Table(title=title, title_justify="left")
        for name in ("#", "value", "source", "when", "article"):
            table.add_column(name, overflow="fold")
        for n, fid in enumerate(g.figures, 1):
            fig = corpus.figure(fid)
            table.add_row(str(n), cell(fig.value, 40), cell(fig.source, 40),
                          cell(fig.when or "-"), cell(fig.article, 30))
        out.print(table)
        bars = [replace(bar, label=f"{n} {bar.label}")
                for n, bar in enumerate(group_bars(corpus, g), 1)]
        for line in chart(bars, common_unit(corpus, g), width):
            out.print(line)
        out.print(cell(g.reason, 400))
        out.print()
    if not groups:
        out.print("no conflict groups")
    return 0
