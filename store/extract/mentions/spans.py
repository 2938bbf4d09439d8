"""What the mention rules share: the spans they pass along, the parsed document as they query it
(tokens by offset, stop words, entities), and a word as compared."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

if TYPE_CHECKING:
    from spacy.tokens import Doc


ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})


PLACE_LABELS = frozenset({"GPE", "LOC"})


_NUMERIC = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "TIME"})
EDGE_PUNCT = ".,;:!?\"“”«»()[]{}/|*•·–—-"


@dataclass(frozen=True, slots=True)
class RawMention:
    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class Span:
    start: int
    end: int
    label: str
    curated: bool = False


class DocView:
    """What the rules ask of the parsed document: tokens by offset, stop words, entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self._token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        ents = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
        self.ents = [(s, e) for s, e, _ in ents]
        self.labels = [label for _, _, label in ents]
        self._ent_starts = [s for s, _ in self.ents]
        # entities that may hold a name: not a count or a measure the tagger stretched over
        # one ("8pm put the LC" as a time, "LC 27" as a number); a date may ("May 2019")
        named = [(s, e) for s, e, label in ents if label not in _NUMERIC]
        self._named = named
        self._named_starts = [s for s, _ in named]

    def token_at(self, char: int):
        i = bisect.bisect_right(self._token_starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def next_token(self, char: int):
        i = bisect.bisect_left(self._token_starts, char)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def is_stop(self, word: str) -> bool:
        return self.doc.vocab[word.lower()].is_stop

    def in_entity(self, start: int, end: int, *, names_only: bool = False) -> bool:
        """The stretch overlaps an entity of the tagger's (with ``names_only``, one that may
        hold a name: no count, measure or time)."""
        ents, starts = (self._named, self._named_starts) if names_only else (
            self.ents, self._ent_starts)
        i = bisect.bisect_right(starts, end - 1) - 1
        while i >= 0:
            s, e = ents[i]
            if e > start:
                return True
            if s < start - 200:
                break
            i -= 1
        return False


    def is_product(self, start: int, end: int) -> bool:
        """The tagger took exactly this stretch, and nothing around it, for a product's name
        ("off Velmton" in a headline, tagged PRODUCT where the article names the town)."""
        i = bisect.bisect_left(self._ent_starts, start)
        return i < len(self.ents) and self.ents[i] == (start, end) \
            and self.labels[i] == "PRODUCT" and (i == 0 or self.ents[i - 1][1] <= start)

    def only_inside(self, start: int, end: int) -> bool:
        """Every entity of the tagger's that may hold a name and overlaps the stretch lies
        inside it and is shorter: "AV" in "Crinale AV", a name the stretch makes longer."""
        i = bisect.bisect_right(self._named_starts, end - 1) - 1
        while i >= 0:
            s, e = self._named[i]
            if e > start and (s < start or e > end or (s, e) == (start, end)):
                return False
            if s < start - 200:
                break
            i -= 1
        return True


@lru_cache(maxsize=1 << 14)
def bare_word(word: str) -> str:
    """The word as the name rules compare it: folded, without edge punctuation or possessive.
    Kept per word: a name's words are asked again at every edge rule that trims it."""
    return fold(word).strip(EDGE_PUNCT).removesuffix("'s").rstrip("'")


_STOP_THEN_CAPITAL = re.compile(r"([A-Za-z]+)\.[ \t]+(?=[A-Z])")


def before_sentence_end(text: str, start: int, end: int) -> int:
    """Where a name that runs across a sentence's end stops: at the full stop after a word of
    four letters or more ending in lowercase ("Velm Ledger. All rights reserved"), or after a
    company's legal suffix ("Orla Media Ltd. Image"); never at an abbreviation or an initial
    ("St. Louis", "Gen. Tarr", "George W. Bush"). ``end`` when there is none."""
    suffixes = name_words().legal_suffixes
    for m in _STOP_THEN_CAPITAL.finditer(text, start, end):
        word = m.group(1)
        if m.start(1) > start and text[m.start(1) - 1] not in " \t":
            continue  # "U.S. Army": part of a dotted word
        if (len(word) >= 4 and word[-1].islower()) or word.lower() in suffixes:
            return m.end(1) + (1 if word.lower() in suffixes else 0)
    return end
