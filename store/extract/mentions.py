"""Actor mentions: spaCy's named entities, repaired where the pipeline is visibly wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")


@dataclass(frozen=True, slots=True)
class RawMention:
    start: int
    end: int
    label: str
    text: str


def extract_mentions(doc: Doc) -> list[RawMention]:
    """Entity mentions with character offsets, trimmed of possessives and leading articles."""
    found: list[RawMention] = []
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        m = _LEADING.match(surface)
        if m:
            start += m.end()
        surface = text[start:end]
        m = _POSSESSIVE.search(surface)
        if m and m.start() > 0:
            end = start + m.start()
        surface = text[start:end].strip()
        if len(surface) < 2 or not any(c.isalpha() for c in surface):
            continue
        found.append(RawMention(start, start + len(surface), ent.label_, surface))
    return found
