"""A body's name the tagger missed altogether: "Greater Kelby Police put the crowd at
8,000", "Kelby Valley Water Board said".

The small model leaves a run of capitalised words untagged now and then, most often at a
sentence's start, where a capital says nothing. Three to five proper nouns in a row that end in
an organisation's head noun (``org_heads`` in ``store/data/names.toml``, or "Police", a force
named after its place), with no span of the article's on any of them, and no capitalised word
straight after, are one body's name. Two words ("Riot Police", "Border Force") may be a common
phrase capitalised by its place, and are left.
"""

from __future__ import annotations

import bisect
import re

from store.extract.mentions.spans import DocView, Span
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

MIN_WORDS, MAX_WORDS = 3, 5
_FORCE_HEADS = frozenset({"police", "constabulary"})  # a police force is named by its place
_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w-]*"
                  rf"(?:[ \t]+[A-Z][a-z][\w-]*){{{MIN_WORDS - 1},{MAX_WORDS - 1}}}(?![\w'’-])")


def untagged_bodies(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """The bodies' names no span and no entity of the tagger's touches."""
    words = name_words()
    heads = words.org_heads | _FORCE_HEADS
    stop = words.function_words | words.titles | words.months | words.weekdays
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    found = []
    for m in _RUN.finditer(text):
        run = m.group().split()
        if fold(run[-1]) not in heads or any(fold(w) in stop for w in run) \
                or ctx.in_entity(m.start(), m.end()):
            continue
        i = bisect.bisect_left(starts, m.end())
        if i > 0 and spans[i - 1].end > m.start():
            continue
        if not _proper_nouns(ctx, m.start(), m.end()):
            continue
        found.append(Span(m.start(), m.end(), "ORG"))
    return found


def _proper_nouns(ctx: DocView, start: int, end: int) -> bool:
    """Every word from ``start`` to ``end`` is a proper noun by the tagger's word class."""
    token = ctx.token_at(start)
    while token is not None and token.idx < end:
        if token.pos_ != "PROPN":
            return False
        token = ctx.next_token(token.idx + len(token.text))
    return True
