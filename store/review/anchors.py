"""Where a judged figure is, in a form that survives re-ingest, and how it is found again.

A figure's id is ``<article>:<start>``: it changes as soon as anything before it in the article
changes. A judgement therefore keeps an anchor: the article, the figure's text, a hash of its
sentence, its offset in that sentence, and the words either side. After a rebuild the figure is
looked for in that order:

1. ``applied``: the same offset, text and sentence (the article did not change there);
2. ``reattached``: the same text in the same sentence elsewhere in the article (an edit before
   it moved it), else the same text between the same words (its sentence was edited around it);
3. ``stale``: none of these: the judgement is kept, shown as stale, and applies to nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

APPLIED, REATTACHED, STALE = "applied", "reattached", "stale"
CONTEXT = 24  # characters either side of the figure kept in its anchor


def sentence_hash(text: str) -> str:
    """A short hash of a sentence, whitespace folded (a re-wrapped line is the same sentence)."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _sentence(row: dict[str, Any]) -> tuple[int, int]:
    span = row.get("sentence") or (row.get("start", 0), row.get("end", 0))
    return int(span[0]), int(span[1])


def anchor(row: dict[str, Any], article_text: str) -> dict[str, Any]:
    """The anchor of a figure row in its article's text."""
    start, end = int(row["start"]), int(row["end"])
    s_start, s_end = _sentence(row)
    return {
        "article": str(row["article"]),
        "start": start,
        "text": str(row.get("text", "")),
        "sentence": sentence_hash(article_text[s_start:s_end]),
        "offset": start - s_start,
        "before": article_text[max(0, start - CONTEXT):start],
        "after": article_text[end:end + CONTEXT],
    }


def locate(spot: dict[str, Any], rows: Iterable[dict[str, Any]],
           article_text: str | None) -> tuple[str | None, str]:
    """The id of the figure an anchor points at among its article's rows, and how it was found
    (``APPLIED``, ``REATTACHED``); ``(None, STALE)`` when it is gone."""
    if article_text is None:
        return None, STALE
    same_text = [r for r in rows if r.get("text") == spot.get("text")]
    in_sentence = []
    for row in same_text:
        s_start, s_end = _sentence(row)
        if sentence_hash(article_text[s_start:s_end]) == spot.get("sentence"):
            in_sentence.append(row)
    for row in in_sentence:
        if row.get("start") == spot.get("start"):
            return str(row["id"]), APPLIED
    if in_sentence:
        offset, start = int(spot.get("offset", 0)), int(spot.get("start", 0))
        best = min(in_sentence, key=lambda r: (abs(int(r["start"]) - _sentence(r)[0] - offset),
                                               abs(int(r["start"]) - start)))
        return str(best["id"]), REATTACHED
    before, after = str(spot.get("before", "")), str(spot.get("after", ""))
    around = [r for r in same_text
              if article_text[max(0, int(r["start"]) - len(before)):int(r["start"])] == before
              and article_text[int(r["end"]):int(r["end"]) + len(after)] == after]
    if len(around) == 1:
        return str(around[0]["id"]), REATTACHED
    return None, STALE
