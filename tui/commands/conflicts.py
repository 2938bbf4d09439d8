"""``claimscope conflicts``: conflict groups as a tree (a quantity, then its periods and
estimates), contradictions first, then revisions, changes over time and agreement; each with its
figures side by side, the range chart of the conflicts screen (``tui.present.chart``) and the
reason, a sentence to quote."""

from __future__ import annotations

import argparse
from dataclasses import replace

from rich import box
from rich.table import Table
from rich.text import Text

from store.corpus import Corpus
from store.model import VERDICTS
from tui.commands.common import article_cell, cell, console, corpus_from, print_json
from tui.present.chart import chart, common_unit, group_bars
from tui.present.groups import ORDER, Row, group_rows, kind_label, verdict_counts
from tui.present.labels import period_label, plural, short, short_ids, spread_text
from tui.present.marks import verdict_count, verdict_label, verdict_words

CHART_WIDTH = 110  # the most cells a chart takes, however wide the terminal


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verdict", choices=VERDICTS,
                        help="only groups with this verdict (and, for context, the groups "
                             "that hold them)")
    parser.add_argument("--about", metavar="WORDS", help="only groups whose quantity or figures "
                        "answer to every word (as figures --about)")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    rows = group_rows(corpus, args.verdict)
    if args.about:
        wanted = {f.id for f in corpus.figures(about=args.about)}
        rows = [r for r in rows if wanted & set(r.group.figures)
                or args.about.lower() in r.group.quantity.lower()]
    if args.json:
        print_json([_json(corpus, r) for r in rows if r.matches])
        return 0
    out = console()
    out.print(Text(summary(corpus, args.verdict, sum(r.matches for r in rows)), style="bold"))
    out.print()
    width = max(40, min(CHART_WIDTH, out.width))
    ids = short_ids([a.id for a in corpus.articles()])
    for row in rows:
        if not row.matches:  # a group shown only because it holds one that answers the filter
            out.print(_title(row, context=True))
            continue
        _print_group(corpus, row, ids, width)
    if not rows:
        out.print("no conflict groups" + (f" with the verdict {verdict_words(args.verdict)}"
                                          if args.verdict else ""))
    return 0


def summary(corpus: Corpus, verdict: str | None, shown: int) -> str:
    """"5 quantities compared: 1 ✗ contradiction, 2 ↻ changes over time, 2 ✓ consistent"."""
    counts = verdict_counts(corpus)
    parts = [verdict_count(v, counts[v]) for v in ORDER if counts[v]]
    line = f"{plural(counts['groups'], 'quantity', 'quantities')} compared"
    line += (": " + ", ".join(parts)) if parts else ""
    if verdict:
        line += f"; {plural(shown, 'group')} with the verdict {verdict_words(verdict)}"
    return line


def _title(row: Row, context: bool = False) -> Text:
    group = row.group
    title = Text("   " * row.depth + ("└ " if row.depth else ""), end="")
    kind = kind_label(group)
    title.append(verdict_label(group.verdict), style="dim" if context else "bold")
    title.append("  ")
    if kind:
        title.append(f"{kind}: ", style="italic")
    title.append_text(cell(group.quantity, 100))
    title.append(f"  spread {spread_text(group.spread)}", style="dim")
    return title


def _print_group(corpus: Corpus, row: Row, ids: dict[str, str], width: int) -> None:
    out = console()
    group = row.group
    indent = "   " * row.depth
    values = [short(corpus.figure(f).value, 60) for f in group.figures]
    table = Table(title=_title(row), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("value", no_wrap=True, min_width=max(map(len, values), default=5))
    table.add_column("source", overflow="fold", min_width=10)
    table.add_column("period", overflow="fold", min_width=10)
    table.add_column("article", no_wrap=True, overflow="ellipsis",
                     max_width=max(8, min(30, out.width // 6)))
    pair = set(group.pair or ())
    for n, (fid, value) in enumerate(zip(group.figures, values, strict=True), 1):
        fig = corpus.figure(fid)
        table.add_row(Text(str(n) + ("*" if fid in pair else "")), Text(value, style="bold"),
                      cell(fig.source, 60), cell(period_label(fig), 40),
                      article_cell(corpus.article(fig.article), ids))
    out.print(table)
    bars = [replace(bar, label=f"{n} {bar.label}")
            for n, bar in enumerate(group_bars(corpus, group), 1)]
    for line in chart(bars, common_unit(corpus, group), width - len(indent)):
        out.print(Text(indent) + line)
    reason = Text(indent + "why (* the figures it names): ", style="dim", end="")
    reason.append_text(cell(group.reason, 600))
    out.print(reason)
    out.print()


def _json(corpus: Corpus, row: Row) -> dict:
    g = row.group
    return {"id": g.id, "parent": g.parent, "kind": g.kind, "depth": row.depth,
            "quantity": g.quantity, "verdict": g.verdict, "spread": g.spread, "reason": g.reason,
            "figures": list(g.figures), "pair": list(g.pair) if g.pair else None,
            "values": {fid: list(corpus.comparable(g, fid)) for fid in g.figures}}
