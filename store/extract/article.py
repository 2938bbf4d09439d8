"""Everything extracted from one parsed article, as store rows."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from store.extract.figures import extract_figures
from store.extract.figures.parse import doc_sentences
from store.extract.mentions import extract_mentions
from store.packing import pack_items, pack_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc


def figure_id(article_id: str, start: int) -> str:
    """Stable across re-ingests of unchanged text, readable in ``--json`` output."""
    return f"{article_id}:{start}"


def extract_article(
    doc: Doc, article_id: str, article_date: str | None, armed: frozenset[str], *,
    body_start: int = 0, outlet: str | None = None, url: str | None = None,
) -> tuple[list[dict], dict]:
    """Figure rows and the article's mention row (actors are filled in by resolution). No figure
    is read before ``body_start`` (the end of the front matter: metadata, not text); ``outlet``
    is the article's outlet from its metadata, which its text may name; ``url``, its address
    (both may say which dollar a bare "$" is)."""
    figures = []
    found = extract_figures(doc, article_date=article_date, armed_groups=armed,
                            body_start=body_start, outlet=outlet, url=url)
    for fig in found:
        row = fig.row()
        row["id"] = figure_id(article_id, fig.start)
        row["article"] = article_id
        row["revises"] = (figure_id(article_id, fig.revises) if fig.revises is not None
                          else None)
        figures.append(row)
    sentences: list[list[int]] = []
    sentence_index: dict[int, int] = {}
    items = []
    mentions = extract_mentions(doc, outlet)
    if mentions:
        sents, _ = doc_sentences(doc)
        starts = [s.start_char for s in sents]
        ends = [s.end_char for s in sents]
        for m in mentions:
            k = max(0, bisect.bisect_right(starts, m.start) - 1)
            if k not in sentence_index:
                sentence_index[k] = len(sentences)
                sentences.append([starts[k], ends[k]])
            items.append([m.start, m.end, m.label, None, sentence_index[k]])
    return figures, {"article": article_id, "items": pack_items(items),
                     "sentences": pack_spans(sentences)}
