"""``claimscope figures``: the figures of the store as a table (or JSON) for quick checks."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from rich.table import Table

from store.errors import ClaimscopeError
from tui.commands.common import cell, console, corpus_from, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--article", metavar="ID", help="only this article's figures")
    parser.add_argument("--about", metavar="WORDS",
                        help="only figures whose noun, unit, source, places or sentence "
                             "mention every word")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    if args.article and args.article not in {a.id for a in corpus.articles()}:
        raise ClaimscopeError(f"no article {args.article!r} in {args.db}")
    figures = corpus.figures(args.article, about=args.about)
    if args.json:
        print_json([asdict(f) for f in figures])
        return 0
    table = Table(title=f"{len(figures)} figures", title_justify="left", expand=False)
    table.add_column("value", min_width=10)
    for name in ("counted", "where", "when", "source"):
        table.add_column(name)
    table.add_column("article", overflow="fold")
    for fig in figures:
        table.add_row(
            cell(fig.value, 40),
            cell(fig.counted or "-", 40),
            cell(", ".join(fig.where) or "-", 30),
            cell((fig.when or "-") + ("" if fig.when_basis != "article" else " (article)"), 20),
            cell(fig.source, 40),
            cell(fig.article, 30),
        )
    console().print(table)
    return 0
