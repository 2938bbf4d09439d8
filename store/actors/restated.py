"""One place description, one place per article: "the city" that several places fit, named
neither in its sentence nor in its paragraph, is the place the article's other "the city"
descriptions stand for, when they all stand for one of them.

News copy keeps a description for one referent through a story: a report from Velm calls Velm
"the city" from its first paragraph to its last, naming the states and the suburbs it mentions
by their names. So where a "the city" is settled by its own sentence or paragraph ("Velm's
index hit 497 ... the city's schools shut"), the others of that article that no sentence or
paragraph settles are that city too; where the settled ones stand for two places, or none is
settled, the rest still name nobody. Used by ``store.actors.described`` for the heads whose
rule asks for the sentence or the paragraph (``paragraph = true`` in
``store/data/descriptions.toml``). What still names nobody, in wire copy, is the place of its
dateline where that place fits (``filed_from``): a story filed from Velm calls Velm "the city"
after it has named the townships and the province around it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from store.actors.placed_words import in_dateline
from store.actors.records import MentionRecord
from store.extract.mentions.outlets import DATELINE_REACH


def restated(pending: list[tuple[MentionRecord, str, frozenset[int]]],
             settled: dict[str, set[int]], settled_at: dict[str, list[int]] | None = None,
             seen: dict[int, list[MentionRecord]] | None = None,
             ) -> list[tuple[int, MentionRecord, str]]:
    """The descriptions of one article that several actors fit (each with its head noun and the
    roots that fit it), given the roots the article's other descriptions of each head were
    settled on (and where those stand, ``settled_at``): (root, description, reason) for each
    that the one settled root fits. Not where another place that fits is named since the
    nearest settled description and the settled place not again after it (``seen``: each
    root's mentions in the article): "Tampa ... the city lost power ... moved on to Orlando
    ... schools in the city" may be either city's."""
    joined = []
    for m, head, fits in pending:
        roots = settled.get(head, set())
        if len(roots) == 1 and (root := next(iter(roots))) in fits \
                and not _other_named_between(m, root, fits, (settled_at or {}).get(head, []),
                                             seen or {}):
            joined.append((root, m, f"the {head} the article's other descriptions of it stand "
                                    "for"))
    return joined


def _other_named_between(m: MentionRecord, root: int, fits: frozenset[int], at: list[int],
                         seen: dict[int, list[MentionRecord]]) -> bool:
    """Whether the place that fits named nearest ``m``, between it and the settled description
    nearest before it (else the nearest after it), is another than ``root``: "Tampa ... the
    city ... Orlando ... the city" is not, but "Delhi ... the city ... a New Delhi consultancy
    ... Delhi's output ... the city" still is Delhi, named last."""
    if not at:
        return False
    before = [p for p in at if p < m.start]
    lo, hi = (max(before), m.start) if before else (m.end, min(at))
    named = [(other.start, r) for r in fits for other in seen.get(r, ()) if lo < other.start < hi]
    if not named:
        return False
    nearest = max(named) if before else min(named)
    return nearest[1] != root


def filed_from(pending: list[tuple[MentionRecord, str, frozenset[int]]], joined: set[int],
               seen: dict[int, list[MentionRecord]], text: str, places: set[int],
               ) -> list[tuple[int, MentionRecord, str]]:
    """The descriptions of ``pending`` not yet ``joined`` (by mention index) whose fitting
    roots include the place of the article's wire dateline ("VELM, May 4 (Reuters) -"): that
    place, the one the copy is filed from and calls "the city" throughout (AP Stylebook,
    "datelines"), where no other place is named more often in the article (``seen``: each root's
    mentions in it; ``places``: the roots of its places below a country, whatever the tagger
    took each for where it is named). Copy filed from a capital about a town the fighting
    reached names the town more often than the capital, and "the town" is that one. Nothing in
    an article without a dateline."""
    if not pending:
        return []
    # mentions are in article order: only the first few stand where a dateline may
    filed = {root for root, mentions in seen.items()
             if any(in_dateline(m, text) for m in takewhile(_near_top, mentions))}
    if not filed:
        return []
    most = max((len(seen[root]) for root in places - filed), default=0)
    filed = {root for root in filed if len(seen[root]) >= most}
    joined_now = []
    for m, head, fits in pending:
        if m.index in joined:
            continue
        here = filed & fits
        if len(here) == 1:
            joined_now.append((here.pop(), m, f"the {head} the article is filed from, its "
                                              "dateline's place"))
    return joined_now


def _near_top(m: MentionRecord) -> bool:
    return m.start < DATELINE_REACH


class StorySettled:
    """The places the articles of a corpus settled a place description on, and the ones no
    article settled: "the city" that several places of its article fit, and that neither its
    sentence, its paragraph, its article's other descriptions nor its dateline settle, is the
    place of them its article names more often than each other, when that is the one of them
    the story's other articles call "the city" (settled there by their own sentence or
    paragraph) and they call no other of them so. A story about Velm's water cuts calls Velm
    "the city" in every report, and names it most in each, whichever suburbs and provinces a
    report names beside it; one that names Velm and Orla once each says not which. Each
    article is visited once, and each description asks only of the few places that fit it."""

    def __init__(self) -> None:
        # each unsettled description, its head noun, and the places that fit it with how often
        # its article names each
        self.pending: list[tuple[MentionRecord, str, dict[int, int]]] = []
        # head noun -> root -> the articles whose descriptions of that head were settled on it
        self._settled: dict[str, dict[int, set[str]]] = {}

    def wait(self, unsettled: list[tuple[MentionRecord, str, frozenset[int]]],
             seen: dict[int, list[MentionRecord]]) -> None:
        """Keep an article's descriptions that nothing of it settled, with how often it names
        each place that fits (``seen``: each root's mentions in the article)."""
        for m, head, fits in unsettled:
            self.pending.append((m, head, {root: len(seen.get(root, ())) for root in fits}))

    def settle(self, article: str, settled: dict[str, set[int]]) -> None:
        """Record the roots an article's descriptions of each head were settled on."""
        for head, roots in settled.items():
            by_root = self._settled.setdefault(head, {})
            for root in roots:
                by_root.setdefault(root, set()).add(article)

    def told(self, find: Callable[[int], int]) -> list[tuple[int, MentionRecord, str]]:
        """(root, description, reason) for each pending description whose article names one
        place that fits it more often than each other, that place the only one of them settled
        on in another article by the same head noun (``find``: a root's root now, after the
        unions made since)."""
        if not self.pending:
            return []
        settled: dict[str, dict[int, set[str]]] = {}
        for head, by_root in self._settled.items():
            now = settled.setdefault(head, {})
            for root, articles in by_root.items():
                now.setdefault(find(root), set()).update(articles)
        joined = []
        for m, head, fits in self.pending:
            by_root = settled.get(head, {})
            counts: dict[int, int] = {}
            for root, n in fits.items():
                counts[find(root)] = counts.get(find(root), 0) + n
            told = {root for root in counts if by_root.get(root, set()) - {m.article}}
            if len(told) != 1:
                continue
            root = told.pop()
            if all(counts[root] > n for other, n in counts.items() if other != root):
                joined.append((root, m, f"the {head} the story's other articles call so, "
                                        "named most often in its article"))
        return joined
