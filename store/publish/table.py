"""One spreadsheet row per figure: what it says, whose estimate, its group's verdict and the
reader's judgement, and the article it is in.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) would be read
by a spreadsheet as a formula, and a formula in a shared sheet can fetch URLs or run commands
(OWASP: CSV injection): such a cell is written with a leading apostrophe, which spreadsheets
show as text. Every cell also goes through ``store.sanitize.visible``: the file may be printed.
"""

from __future__ import annotations

import csv
import io

from store.corpus import Corpus
from store.model import Figure
from store.sanitize import visible

COLUMNS = ("figure", "value", "counted", "where", "period", "origin", "source", "verdict",
           "group", "group_id", "judgement", "title", "outlet", "date", "url")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text, never as a formula."""
    text = visible("" if value is None else str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _judgement(figure: Figure, group_note: str | None) -> str:
    parts = [figure.judgement] if figure.judgement else []
    if group_note is not None:
        parts.append(f"group verdict by hand: {group_note}")
    return "; ".join(parts)


def figure_rows(corpus: Corpus) -> list[list[str]]:
    rows = []
    for figure in corpus.figures():
        article = corpus.article(figure.article)
        group = corpus.group_of(figure.id)
        period = "the event" if figure.period_basis == "event" else (figure.period or "")
        rows.append([safe_cell(v) for v in (
            figure.id, figure.value, figure.counted, "; ".join(figure.where), period,
            figure.origin, figure.source,
            group.verdict.replace("_", " ") if group else "no counterpart",
            group.quantity if group else "", group.id if group else "",
            _judgement(figure, next((g.note or "" for g in corpus.groups_of(figure.id)
                                     if g.reviewed), None)),
            article.title, article.outlet, article.date, article.url)])
    return rows


def figures_csv(corpus: Corpus) -> str:
    """The CSV text (RFC 4180 quoting, a header row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(figure_rows(corpus))
    return out.getvalue()
