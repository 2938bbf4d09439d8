"""A place's name the tagger typed as a person's or a body's, where the words around it say it
is a place: "the island of Tamsholm", "the town of Velm", "the mayor of Orla", "near Karvel".

The small model types a name it does not know by its shape, and a place's name of one or two
words often reads to it as a person's ("Val Drena") or a body's ("Tamsholm"). A settlement's noun
or a natural feature's and "of" before it (``settlement_nouns``, ``feature_words`` in
``store/data/names.toml``), a mayor's "of" or "near" before it make it a place: a natural
feature's noun a ``LOC``, any other a ``GPE``. Not a division's designator ("the state of
Velm", "the Velm district"): the tagger's body there is how descriptions of the division ("the
state") find it. Only a name of one or two capitalised words, no curated name, and none that a
possessive follows ("near Velkor's plant" is the plant's place, but "Velkor" may be the
company).
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.aliases import curated_entry
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

_RETYPED = frozenset({"PERSON", "ORG"})
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?")
# the words before the name: "the island of ", "mayor of ", "near "
_OF_BEFORE = re.compile(r"(?<![\w-])(?:the[ \t]+)?([a-z]+)[ \t]+of[ \t]+$")
_NEAR_BEFORE = re.compile(r"(?<![\w-])near[ \t]+$")
_REACH = 40  # characters before the name looked at


def as_named_places(text: str, spans: list[Span]) -> list[Span]:
    """The spans, a person's or a body's name that the words around it place retyped as a
    place."""
    out = []
    for span in spans:
        label = _place_label(text, span) if span.label in _RETYPED and not span.curated \
            else None
        out.append(span if label is None else Span(span.start, span.end, label))
    return out


def _place_label(text: str, span: Span) -> str | None:
    surface = text[span.start:span.end]
    if not _NAME.fullmatch(surface) or curated_entry(surface) is not None \
            or text.startswith(("'", "’"), span.end):
        return None
    words = name_words()
    before = text[max(0, span.start - _REACH):span.start]
    of = _OF_BEFORE.search(before)
    if of is not None:
        noun = fold(of.group(1))
        if noun in words.feature_words:
            return "LOC"  # "the island of Tamsholm"
        if noun in words.settlement_nouns or noun == "mayor":
            return "GPE"  # "the town of Velm", "the mayor of Orla"
        return None
    if _NEAR_BEFORE.search(before):
        return "GPE"
    return None
