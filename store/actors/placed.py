"""A body described by its place's name, settled in one article, is the body of the same
description in another: "the Orla state prosecutor's office (OSPO)" in one story, "the Orla
prosecutor's office said" in the next, which names no such office.

A description that holds a place's name ("the Orla fire service") says which body it is more
than "the fire service" does: news copy calls one body so across a story's articles. Where its
own article names nothing that fits it, it is the one body every description of its corpus with
the same head noun and the same place's words was joined to, their other words agreeing (those
of one all among the other's: "state prosecutor's" and "prosecutor's"). Two such bodies, or
none: it names nobody. Used by ``store.actors.described``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

from store.actors.records import MentionRecord


class PlacedForm(Protocol):
    """What ``store.actors.described`` reads off a description's words."""

    head: str
    named: frozenset[str]
    modifiers: frozenset[str]


def placed_elsewhere(unnamed: Iterable[tuple[MentionRecord, PlacedForm]],
                     settled: Iterable[tuple[MentionRecord, PlacedForm, int]],
                     find: Callable[[int], int]) -> list[tuple[MentionRecord, int]]:
    """Each description of ``unnamed`` that holds a place's words, with the one root the
    ``settled`` descriptions (mention, form, root) of the same head and place's words, in other
    articles, were joined to; their modifiers agreeing."""
    known: dict[tuple[str, frozenset[str]], list[tuple[str, frozenset[str], int]]] = \
        defaultdict(list)
    for m, form, root in settled:
        if form.named:
            known[(form.head, form.named)].append((m.article, form.modifiers, root))
    found: list[tuple[MentionRecord, int]] = []
    if not known:
        return found
    for m, form in unnamed:
        if not form.named:
            continue
        roots = {find(root) for article, said, root in known.get((form.head, form.named), ())
                 if article != m.article
                 and (said <= form.modifiers or form.modifiers <= said)}
        if len(roots) == 1:
            found.append((m, roots.pop()))
    return found
