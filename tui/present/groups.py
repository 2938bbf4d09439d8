"""Conflict groups as a fact-checker reads them: a tree (a quantity holds its periods and its
estimates), the sharpest disagreement first, and counts that keep contradictions apart from
groups that merely agree. The conflicts screen and ``claimscope conflicts`` list the same rows in
the same order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from store.corpus import Corpus
from store.model import ConflictGroup

#: verdicts in the order a fact-checker wants them: what needs checking first
ORDER = ("contradiction", "revision", "change_over_time", "consistent")
RANK = {verdict: i for i, verdict in enumerate(ORDER)}
KIND_WORDS = {"quantity": "", "period": "period", "estimate": "estimate"}


@dataclass(frozen=True)
class Row:
    """One group in the list: how deep it sits, whether it answers the filter (an ancestor is
    shown for context only) and the sharpest verdict in its subtree."""

    group: ConflictGroup
    depth: int
    matches: bool
    sharpest: str


def _children(groups: list[ConflictGroup]) -> tuple[list[ConflictGroup],
                                                     dict[str, list[ConflictGroup]]]:
    ids = {g.id for g in groups}
    roots = [g for g in groups if g.parent not in ids]
    kids: dict[str, list[ConflictGroup]] = defaultdict(list)
    for g in groups:
        if g.parent in ids:
            kids[g.parent].append(g)
    return roots, kids


def _tree(groups: list[ConflictGroup]) -> tuple[
        list[ConflictGroup], dict[str, list[ConflictGroup]], Callable[[ConflictGroup], int]]:
    """The outer groups, the inner ones by parent, and the rank of the sharpest verdict in a
    group's subtree (worked out once per group)."""
    roots, kids = _children(groups)
    sharpest: dict[str, int] = {}

    def rank(group: ConflictGroup, seen: frozenset[str] = frozenset()) -> int:
        if group.id not in sharpest:
            inner = [rank(k, seen | {group.id}) for k in kids.get(group.id, ())
                     if k.id not in seen]
            sharpest[group.id] = min([RANK.get(group.verdict, len(ORDER)), *inner])
        return sharpest[group.id]

    return roots, kids, rank


def group_rows(corpus: Corpus, verdict: str | None = None, *,
               descending: bool = True) -> list[Row]:
    """Every group as a row of the tree: roots by their sharpest verdict (contradictions, then
    revisions, then changes over time, then agreement), then by spread (``descending``: widest
    first); each root's inner groups under it in the same order. With ``verdict``, only the
    groups of that verdict and, for context, the groups that hold them. Worked out once per
    corpus (``Corpus.derived``): the conflicts screen opened again costs no second pass."""
    return list(corpus.derived(("group_rows", verdict, descending),
                               lambda: _group_rows(corpus, verdict, descending)))


def _group_rows(corpus: Corpus, verdict: str | None, descending: bool) -> list[Row]:
    groups = corpus.conflicts()
    roots, kids, rank = _tree(groups)
    sign = -1 if descending else 1
    keys = {g.id: (rank(g), sign * g.spread, g.id) for g in groups}  # each made once

    def key(group: ConflictGroup) -> tuple:
        return keys[group.id]

    rows: list[Row] = []

    def walk(group: ConflictGroup, depth: int, seen: frozenset[str]) -> None:
        start = len(rows)
        sharp = keys[group.id][0]
        rows.append(Row(group, depth, verdict is None or group.verdict == verdict,
                        ORDER[sharp] if sharp < len(ORDER) else group.verdict))
        for kid in sorted(kids.get(group.id, ()), key=key):
            if kid.id not in seen:
                walk(kid, depth + 1, seen | {group.id})
        if verdict is not None and not any(r.matches for r in rows[start:]):
            del rows[start:]

    for root in sorted(roots, key=key):
        walk(root, 0, frozenset())
    return rows


def verdict_counts(corpus: Corpus, rows: list[Row] | None = None) -> dict[str, int]:
    """How many quantities (outer groups) have each verdict as their sharpest, and "groups":
    how many quantities in all. "2 contradictions" then means two quantities whose sources
    contradict each other somewhere, never a count of inner groups or of agreeing ones.
    ``rows``: the unfiltered ``group_rows`` when the caller has them (the tree is built once)."""
    counts = {v: 0 for v in ORDER}
    if rows is None:  # the outer groups' ranks alone: no tree of rows to build
        roots, _, rank = _tree(corpus.conflicts())
        sharpest = [ORDER[rank(g)] if rank(g) < len(ORDER) else g.verdict for g in roots]
    else:
        sharpest = [r.sharpest for r in rows if r.depth == 0]
    for verdict in sharpest:
        counts[verdict] = counts.get(verdict, 0) + 1
    counts["groups"] = len(sharpest)
    return counts


def kind_label(group: ConflictGroup) -> str:
    """"period" or "estimate" for an inner group, "" for a quantity."""
    return KIND_WORDS.get(group.kind, group.kind)


def reading_pair(corpus: Corpus, group: ConflictGroup) -> tuple[str, str] | None:
    """The two figures to read side by side: the pair the group's reason names when they stand
    in two articles; else that pair's first figure and the most different figure of the group
    in another article; else (a group that lives in one article) two different sentences.
    Earlier article first. None when fewer than two of its figures are in the store."""
    figures = [f for f in group.figures if corpus.has_figure(f)]
    if len(figures) < 2:
        return None
    named = group.pair if group.pair and all(corpus.has_figure(f) for f in group.pair) else None
    first, second = named or (figures[0], figures[-1])

    def mid(figure_id: str) -> float:
        low, high = corpus.comparable(group, figure_id)
        return (low + high) / 2

    def article(figure_id: str) -> str:
        return corpus.figure(figure_id).article

    def sentence(figure_id: str) -> tuple[str, tuple[int, int]]:
        return article(figure_id), corpus.figure(figure_id).sentence

    for apart in (lambda a, b: article(a) != article(b), lambda a, b: sentence(a) != sentence(b)):
        if apart(first, second):
            return _in_order(corpus, first, second)
        for anchor in (first, second):
            others = [f for f in figures if apart(anchor, f)]
            if others:
                partner = max(others, key=lambda f: (abs(mid(f) - mid(anchor)), f))
                return _in_order(corpus, anchor, partner)
    return _in_order(corpus, first, second)


def _in_order(corpus: Corpus, a: str, b: str) -> tuple[str, str]:
    def key(figure_id: str) -> tuple[int, int]:
        fig = corpus.figure(figure_id)
        return corpus.article(fig.article).order, fig.start

    return (a, b) if key(a) <= key(b) else (b, a)
