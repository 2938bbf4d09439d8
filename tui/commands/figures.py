"""``claimscope figures``: the figures of the store as a table (or JSON) for quick checks.

Made for 80 columns and pipes: the value is never cut (the other columns wrap first), the
article is its short id and title (``--article`` takes either, see ``common.find_article``), and
the period says how it is known ("2019 (stated)", "2024-03 (article date)")."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from rich import box
from rich.table import Table
from rich.text import Text

from tui.commands.common import article_cell, cell, console, corpus_from, find_article, print_json
from tui.present.labels import period_label, plural, short, short_ids


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--article", metavar="ID",
                        help="only this article's figures: its id, the short id the table "
                             "shows, or the start of its title")
    parser.add_argument("--about", metavar="WORDS",
                        help="only figures that count what every word names: a noun "
                             "(fighters), a class (dead, killed, displaced), a measure "
                             "(money, share), a source or a place")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    article = find_article(corpus, args.article).id if args.article else None
    figures = corpus.figures(article, about=args.about)
    if args.json:
        print_json([asdict(f) for f in figures])
        return 0
    ids = short_ids([a.id for a in corpus.articles()])
    values = [short(f.value, 60) for f in figures]
    out = console()
    table = Table(title=plural(len(figures), "figure"), title_justify="left", expand=False,
                  box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("value", no_wrap=True, min_width=max(map(len, values), default=5))
    table.add_column("counts · where · period", overflow="fold", min_width=16)
    table.add_column("source", overflow="fold", min_width=10)
    table.add_column("article", no_wrap=True, overflow="ellipsis",
                     max_width=max(8, min(30, out.width // 6)))
    for fig, value in zip(figures, values, strict=True):
        what = Text(short(fig.counted or "-", 60), end="")
        if fig.where:
            what.append(" · " + short(", ".join(fig.where), 40), style="italic")
        what.append(" · " + period_label(fig), style="dim")
        table.add_row(Text(value, style="bold"), what, cell(fig.source, 60),
                      article_cell(corpus.article(fig.article), ids))
    out.print(table)
    return 0
