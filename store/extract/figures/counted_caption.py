"""A table's caption that names only which count the table holds and that it is a count:
"Consolidated rates by state", "Preliminary figures", "Revised totals". The words before the
caption's first preposition are taken for what the cells count when the row label is a place;
a caption made only of a stage of an estimate (``[tables] version_headers`` of
``store/data/context.toml``) and a number noun (``number_nouns``) names nothing a cell counts,
and a cell is better left with no noun than the table's title ("consolidated rates")."""

from __future__ import annotations

import re

from store.knowledge.context import context_words

_WORD = re.compile(r"[^\W\d_]+")


def caption_names_nothing(quantity: str) -> bool:
    """Whether a caption's quantity is only version words and number nouns."""
    ctx = context_words()
    words = [w.lower() for w in _WORD.findall(quantity)]
    if not words:
        return False
    return all(w in ctx.table_version_headers or w in ctx.number_nouns
               or w.removesuffix("s") in ctx.number_nouns for w in words)
