"""A body's earlier word and its present one, told side by side: "The operator had earlier said
the prize was 95 million euros. It now says it was 97.4 million", "the club had initially put
the crowd at 9,000 but now says 11,500 came". The figure of the clause whose verb of saying is
"now" replaces the figure the same teller "had earlier said" just before, in its sentence or the
one before it (the guide's revision: one origin replacing its own figure). Two tellers named
apart ("The union had said 400. The company now says 300") are a dispute, not a revision.
"""

from __future__ import annotations

import re

from store.extract.figures.found import FoundFigure
from store.knowledge.context import context_words

EARLIER_REACH = 64  # characters before an old figure searched for "had earlier said"
NOW_REACH = 48  # characters before a new figure searched for "now says"
NEXT_SENTENCE_GAP = 3  # characters at most between the old figure's sentence and the new one's
# a teller that only points back: "it", "they", "the company", "the operator"
_POINTING_BACK = re.compile(r"^(?:it|they|the\s+[a-z]+)$", re.I)


def link_now_says(figures: list[FoundFigure], text: str) -> None:
    """Give the figure a body "now says" the ``revises`` of the one it "had earlier said" right
    before (same unit, same teller or one that points back to it). One pass; each test reads a
    few dozen characters before a figure."""
    words = context_words()
    for i, new in enumerate(figures):
        if i == 0 or new.revises is not None:
            continue
        reach = max(new.sentence[0], new.start - NOW_REACH)
        if words.now_says_before.search(text, reach, new.start) is None:
            continue
        old = next((f for f in reversed(figures[:i]) if f.start < new.start
                    and (f.unit == new.unit or "count" in (f.unit, new.unit))), None)
        if old is None or (old.low, old.high) == (new.low, new.high) \
                or not _adjacent(old, new, text):
            continue
        reach = max(old.sentence[0], old.start - EARLIER_REACH)
        if words.earlier_said_before.search(text, reach, old.start) is None:
            continue
        if _same_teller(old.source, new.source):
            new.revises = old.start


def _adjacent(old: FoundFigure, new: FoundFigure, text: str) -> bool:
    """Whether the two figures share a sentence or stand in two sentences one after the other."""
    if old.sentence == new.sentence:
        return True
    return 0 <= new.sentence[0] - old.sentence[1] <= NEXT_SENTENCE_GAP \
        and not text[old.sentence[1]:new.sentence[0]].strip()


def _same_teller(old: str, new: str) -> bool:
    """Whether the new figure's teller is the old one's: the same name, or words that only point
    back to a teller named before ("it", "the company"), or none named (the old one's clause
    goes on: "had said 400 but now says 300")."""
    new = new.strip()
    return new.lower() in ("the article", old.strip().lower()) \
        or _POINTING_BACK.match(new) is not None
