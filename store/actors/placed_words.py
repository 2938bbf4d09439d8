"""Which lone words an article writes as a place, for actor resolution (``store.actors.resolve``).

"Wheat sold at Ostrud" makes "Ostrud" the town in that article, whatever the tagger called it:
it joins no body named after the town ("Ostrud Board of Trade"). But "at" also puts a person at
a body ("a source at Brightwater", "the shirt he will wear at Brightwater"): a word the corpus
mostly writes alone as a body, the subject of its verbs ("Brightwater said", "Brightwater's
owners"), is that body after one "at" too, when the corpus's longer names holding it are
mostly a body's that opens with it ("Brightwater Rovers"), not names of things made or found
there that end with it ("Cave de Ostrud", "Upper Ostrud"; a body's branch named by its
acronym, "UCU Ostrud", is neither). So a word is a place on "at", "in" or "near" unless the
corpus writes it alone, outside a place's label and without one of them, more often than after
one, and it opens more of its longer names than it ends or sits inside. One pass over the
mentions; nothing per pair. A wire dateline's word in capitals ("KARSBY, May 4 -") is the
place the article is filed from, whatever the corpus does with it: it joins no body named after
the town ("Karsby Zoo") in that article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from store.actors.keys import PLACES, branch_at
from store.actors.records import MentionRecord
from store.extract.mentions.outlets import DATELINE_REACH
from store.knowledge.folding import fold

_AT_PLACE = re.compile(r"\b(?:in|at|near)\s+$")  # before a lone word written as a place
_BEFORE = 8  # characters looked at before the word: "near " and a space to spare
_DATELINE_AFTER = re.compile(r",|[ \t]*\(|[ \t]+[-–—]")  # the place's comma, credit or dash
# a capitalised word written as a place: "in Ostrud", "At Ostrud"; not a person's possessive,
# "at Lind's home"
_PLACE_WRITTEN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear)[ \t]+([A-Z]\w*)(?![\w'’-])")


def _after_place_word(m: MentionRecord, texts: Mapping[str, str]) -> bool:
    return _AT_PLACE.search(texts[m.article], max(0, m.start - _BEFORE), m.start) is not None


def in_dateline(m: MentionRecord, text: str) -> bool:
    """The mention is the place of a wire dateline: in capitals at the start of a line near the
    top, a comma, a bracket or a dash after it ("KARSBY, March 3 (Reuters) -")."""
    return m.start < DATELINE_REACH and (m.start == 0 or text[m.start - 1] == "\n") \
        and m.surface.isupper() and bool(_DATELINE_AFTER.match(text, m.end))


def placed_words(orphans: Iterable[MentionRecord], mentions: Iterable[MentionRecord],
                 texts: Mapping[str, str]) -> set[tuple[str, str]]:
    """(article, key) of each lone word of ``orphans`` its article's dateline sets in capitals,
    and of each lone body's word written after "at", "in" or "near" in its article, unless the
    corpus's ``mentions`` of that key are mostly a body's: alone, written without such a word
    more often than with one and not tagged a place, and opening more distinct bodies' names
    than it ends or sits inside."""
    orphans = list(orphans)
    lone = {(m.article, m.key) for m in orphans}
    if not lone:
        return lone
    placed = {(m.article, m.key) for m in orphans
              if m.label == "ORG" and _after_place_word(m, texts)}
    keys = {key for _, key in placed}
    as_place: Counter[str] = Counter()
    as_body: Counter[str] = Counter()
    opening: Counter[str] = Counter()  # distinct bodies' names it opens, against
    inside: Counter[str] = Counter()   # those it ends or sits inside
    names: set[str] = set()
    # a dateline names the place the article is filed from, whatever the tagger called it there
    # ("KARSBY, May 4 -"): no vote of the corpus unmakes it
    datelines: set[tuple[str, str]] = set()
    for m in mentions:
        if (m.article, m.key) in lone and in_dateline(m, texts[m.article]):
            datelines.add((m.article, m.key))
        if not placed:
            continue
        if len(m.loose) > 1:
            # a branch its acronym names ("UCU Kelby") says the word is a place or a body alike
            if m.label == "ORG" and m.key not in names and not branch_at(m.surface):
                names.add(m.key)
                first, *rest = m.key.split()
                if first in keys:
                    opening[first] += 1
                for word in keys.intersection(rest):
                    inside[word] += 1
        elif m.key in keys:
            if _after_place_word(m, texts):
                as_place[m.key] += 1
            elif m.label not in PLACES:
                as_body[m.key] += 1
    return datelines | {(article, key) for article, key in placed
                        if as_body[key] <= as_place[key] or opening[key] <= inside[key]}


def dateline_words(mentions: Iterable[MentionRecord], text: str) -> frozenset[str]:
    """The folded word of an article's dateline place of one word ("KARSBY, May 4 -"): in that
    article the word is the town, so a lone "Karsby" is no surname of a full name ending with
    it ("Kunsthalle Karsby" the tagger took for a person)."""
    return frozenset(m.loose[0] for m in mentions
                     if len(m.loose) == 1 and in_dateline(m, text))


def words_written_as_places(text: str) -> frozenset[str]:
    """The folded capitalised words an article writes once after "in", "at" or "near" ("in
    Ostrud", "the cellars at Ostrud"): in that article the word is the place, so a lone
    "Ostrud" is no person surnamed Ostrud, even where the tagger took "Petit Ostrud" or "Bulk
    Ostrud" (a wine, a product named after the place) for a person's full name. One pass over
    the article's text."""
    return frozenset(fold(m.group(1)) for m in _PLACE_WRITTEN.finditer(text))
