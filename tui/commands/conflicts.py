"""``claimscope conflicts``: conflict groups, their figures side by side, and a range chart."""

from __future__ import annotations

import argparse

from rich.table import Table
from rich.text import Text

from store.model import VERDICTS
from tui.commands.common import cell, console, open_corpus, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verdict", choices=VERDICTS)
    parser.add_argument("--about", metavar="WORDS", help="only groups whose quantity or figures "
                        "mention every word")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    groups = corpus.conflicts(args.verdict)
    if args.about:
        wanted = {f.id for f in corpus.figures(about=args.about)}
        groups = [g for g in groups if wanted & set(g.figures)
                  or args.about.lower() in g.quantity.lower()]
    if args.json:
        print_json([{"id": g.id, "quantity": g.quantity, "verdict": g.verdict, "spread": g.spread,
                     "reason": g.reason, "figures": list(g.figures)} for g in groups])
        return 0
    out = console()
    for g in groups:
        title = Text()
        title.append(f"{g.verdict.replace('_', ' ')}  ", style="bold")
        title.append_text(cell(g.quantity, 100))
        title.append(f"  spread {g.spread:.2f}")
        table = Table(title=title, title_justify="left")
        for name in ("value", "source", "when", "article"):
            table.add_column(name, overflow="fold")
        for fid in g.figures:
            fig = corpus.figure(fid)
            table.add_row(cell(fig.value, 40), cell(fig.source, 40), cell(fig.when or "-"),
                          cell(fig.article, 30))
        out.print(table)
        out.print(cell(g.reason, 400))
    if not groups:
        out.print("no conflict groups")
    return 0
