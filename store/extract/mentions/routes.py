"""The two ends of a route written as one hyphened word: "the Orla-Velm corridor", "the
Karsby-Tarvos ferry route", "the Asia-East Africa trade". Each end is a place of its own, and
the tagger reads the pair as one name (a place or an organisation that is neither end) or finds
only one end. Before a route's noun (``store/data/names.toml``: ``route_nouns``), each end is
made its own mention, labelled as the article labels that name elsewhere, else a place; the
pair becomes no mention. One pass of one pattern over the text; nothing per figure."""

from __future__ import annotations

import bisect
import re
import sys
from functools import cache

from store.extract.mentions.spans import PLACE_LABELS, Span
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

_NAME = r"[A-Z][\w'’.]*(?:[ \t][A-Z][\w'’]+)?"  # one or two capitalised words: "East Africa"


@cache
def _route() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, name_words().route_nouns), key=len, reverse=True))
    # an end, "-", an end, then the route's noun, after at most one lowercase modifier
    # ("the Howrah-Delhi trunk route")
    return re.compile(rf"(?<![\w'’.-])({_NAME})-({_NAME})(?![\w'’-])"
                      rf"(?=[ \t]+([a-z]+[ \t]+)?(?:{nouns})\b)")


def with_route_ends(text: str, spans: list[Span]) -> list[Span]:
    """The spans, with each route's hyphened pair of ends made two mentions: the spans that lie
    within the pair are dropped; a pair a longer span runs across is left as the span says
    ("the Bering-Austral Container Line service": a body's name)."""
    if not name_words().route_nouns:
        return spans
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    labels: dict[str, str] = {}
    for s in spans:
        labels.setdefault(text[s.start:s.end], s.label)
    ends: list[Span] = []
    stretches: list[tuple[int, int]] = []
    for m in _route().finditer(text):
        start, first = m.start(1), m.group(1)
        opener, _, rest = first.partition(" ")
        if rest and fold(opener) in name_words().function_words:
            start, first = start + len(opener) + 1, rest  # "The Orla-Velm route"
        if fold(first) in name_words().function_words:
            continue
        if m.group(3) and not _determined(text, start):
            continue  # "Métro-France cut services": a verb between, not a route's modifier
        if _crossed(spans, starts, start) or _crossed(spans, starts, m.end()):
            continue  # a longer name holds the pair
        ends += [Span(start, start + len(first), _label(first, labels)),
                 Span(m.start(2), m.end(2), _label(m.group(2), labels))]
        stretches.append((start, m.end()))
    if not ends:
        return spans
    kept = [s for s in spans if not _within(stretches, s)]
    return sorted([*kept, *ends], key=lambda s: s.start)


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|['’]s)[ \t]+$", re.IGNORECASE)


def _determined(text: str, start: int) -> bool:
    """Whether a determiner or a possessive stands right before ``start``: a route's pair with a
    modifier before its noun is a noun phrase ("the Howrah-Delhi trunk route"); without one the
    lowercase word may be a verb of a body's name ("Métro-France cut services")."""
    return bool(_DETERMINER.search(text, max(0, start - 12), start))


def _crossed(spans: list[Span], starts: list[int], pos: int) -> bool:
    """Whether a span (the spans do not overlap; ``starts`` are theirs, in order) runs across
    ``pos``, starting before it and ending after it."""
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and spans[i].end > pos


def _within(stretches: list[tuple[int, int]], span: Span) -> bool:
    """Whether the span overlaps a stretch (in order, apart) of a route's pair of ends."""
    i = bisect.bisect_right(stretches, (span.start, sys.maxsize)) - 1
    return any(0 <= j < len(stretches) and stretches[j][0] < span.end
               and span.start < stretches[j][1] for j in (i, i + 1))


def _label(name: str, labels: dict[str, str]) -> str:
    """The label the article gives the name elsewhere where it is a place's, else a place
    ("GPE"): a route's end is a town, a port or a country."""
    label = labels.get(name)
    return label if label in PLACE_LABELS else "GPE"
