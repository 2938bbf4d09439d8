"""A person's name after an office the tagger took with it for a body's name: "National
Statistician Perpetua Lim-Estrella", "City Administrator Ana Lind", "Regional Director Ivo
Maric" tagged as organisations. The office is two or three capitalised words ending in a title
or an office's head noun (``titles`` and ``office_heads`` of ``store/data/names.toml``); the
name after it is two or three capitalised words, none of them in capitals, a title, the head of
a body's, a feature's or a newspaper's name, a country or a people's word. Such a span is the
person, named without the office: the office is the description, not the name, and the same
person is named with another office elsewhere ("Undersecretary Perpetua Lim-Estrella").
A one-word office before a name ("General", "Chief") is left alone: as often a body's first
word ("General Motors Financial").

Each span's own words are read once: linear in the article.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span, bare_word
from store.knowledge.countries import countries
from store.knowledge.name_words import name_words

_WORD = re.compile(r"\S+")


def as_titled_people(text: str, spans: list[Span]) -> list[Span]:
    return [_titled_person(text, s) if s.label == "ORG" else s for s in spans]


def _titled_person(text: str, span: Span) -> Span:
    words = [(m.start() + span.start, m.group()) for m in _WORD.finditer(text[span.start:span.end])]
    if not 4 <= len(words) <= 6 or not all(w[:1].isupper() for _, w in words):
        return span
    nw = name_words()
    office = nw.titles | nw.office_heads
    for k in (1, 2):
        if len(words) - k - 1 not in (2, 3) or bare_word(words[k][1]) not in office:
            continue
        if any(bare_word(w) in nw.org_heads for _, w in words[:k]):
            return span
        rest = [w for _, w in words[k + 1:]]
        if all(_name_word(w) for w in rest):
            return Span(words[k + 1][0], span.end, "PERSON", span.curated)
    return span


def _name_word(word: str) -> bool:
    nw = name_words()
    bare = bare_word(word)
    return not word.isupper() and word[:1].isupper() and bare not in nw.titles \
        and bare not in nw.office_heads and bare not in nw.org_heads \
        and bare not in nw.feature_words and bare not in nw.place_designators \
        and bare not in nw.masthead_words and not countries().country(word) \
        and not countries().of_demonym(word)
