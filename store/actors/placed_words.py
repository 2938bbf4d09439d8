"""Which lone words an article writes as a place, for actor resolution (``store.actors.resolve``).

"Wheat sold at Tarvik" makes "Tarvik" the town in that article, whatever the tagger called it:
it joins no body named after the town ("Tarvik Board of Trade"). But "at" also puts a person at
a body ("a source at Brightwater", "the shirt he will wear at Brightwater"): a word the corpus
mostly writes alone as a body, the subject of its verbs ("Brightwater said", "Brightwater's
owners"), is that body after one "at" too. So a word is a place on "at", "in" or "near" only
where the corpus writes it after one of them at least as often as it writes it alone, outside a
place's label, without one. One pass over the lone words; nothing per pair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from store.actors.keys import PLACES
from store.actors.records import MentionRecord

_AT_PLACE = re.compile(r"\b(?:in|at|near)\s+$")  # before a lone word written as a place
_BEFORE = 8  # characters looked at before the word: "near " and a space to spare


def _after_place_word(m: MentionRecord, texts: Mapping[str, str]) -> bool:
    return _AT_PLACE.search(texts[m.article], max(0, m.start - _BEFORE), m.start) is not None


def placed_words(orphans: Iterable[MentionRecord], lone: Iterable[MentionRecord],
                 texts: Mapping[str, str]) -> set[tuple[str, str]]:
    """(article, key) of each lone body's word of ``orphans`` written after "at", "in" or
    "near" in its article, unless the corpus's ``lone`` words of that key are mostly a body's:
    written without such a word more often than with one, and not tagged a place."""
    placed = {(m.article, m.key) for m in orphans
              if m.label == "ORG" and _after_place_word(m, texts)}
    if not placed:
        return placed
    keys = {key for _, key in placed}
    as_place: Counter[str] = Counter()
    as_body: Counter[str] = Counter()
    for m in lone:
        if m.key not in keys:
            continue
        if _after_place_word(m, texts):
            as_place[m.key] += 1
        elif m.label not in PLACES:
            as_body[m.key] += 1
    return {(article, key) for article, key in placed if as_body[key] <= as_place[key]}
