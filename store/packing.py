"""Compact encodings for the two largest tables.

A 10,000-article store holds about a million actor mentions. As JSON lists they are millions of
small objects, and parsing them dominated the time to open the store; packed into one string per
article (and one per actor and article) they parse as a few thousand strings and are unpacked
only for the article on screen or the actor being followed.
"""

from __future__ import annotations

import re

Item = tuple[int, int, str, str | None, int]  # start, end, label, actor id, sentence index
_UNSAFE = re.compile(r"[^\w.:~+-]")


def safe_id(actor_id: str) -> str:
    """Actor ids go inside packed strings, so they keep to a separator-free alphabet."""
    return _UNSAFE.sub("_", actor_id)


def pack_items(items: list[Item] | list[list]) -> str:
    return ";".join(f"{s},{e},{label},{actor or ''},{sent}" for s, e, label, actor, sent in items)


def unpack_items(packed: str) -> list[Item]:
    items: list[Item] = []
    if not packed:
        return items
    for record in packed.split(";"):
        s, e, label, actor, sent = record.split(",")
        items.append((int(s), int(e), label, actor or None, int(sent)))
    return items


#: labels of phrases kept for resolution that name no actor by themselves: a description ("the
#: ministry") and a word in capitals that may be an acronym ("UKMTO"); resolution settles them
UNNAMED_LABELS = frozenset({"DESC", "ACRO"})


def named_mentions(packed: str) -> int:
    """How many packed items are names (descriptions are counted only once resolved)."""
    return sum(1 for item in unpack_items(packed) if item[2] not in UNNAMED_LABELS)


def pack_spans(spans: list[tuple[int, int]] | list[list[int]]) -> str:
    return ";".join(f"{s},{e}" for s, e in spans)


def unpack_spans(packed: str) -> list[tuple[int, int]]:
    if not packed:
        return []
    return [(int(s), int(e)) for s, e in (r.split(",") for r in packed.split(";"))]


def pack_actor_mentions(refs: list[tuple[str, int, int]]) -> dict[str, str]:
    """An actor's mentions as {article id: "start,end;start,end"}."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for article, start, end in refs:
        by_article.setdefault(article, []).append((start, end))
    return {article: pack_spans(sorted(spans)) for article, spans in by_article.items()}
