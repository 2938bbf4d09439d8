"""A happening's noun written bare, with no "the", for the one happening its story is about:
"on census night", "the final census count", "provisional census results", "Velm's census says
5m" (the nouns are ``bare_happenings`` in ``store/data/descriptions.toml``).

Such a word is a description like "the census" (label ``DESC``): resolution joins it to the one
happening of that noun its article names (``store.actors.described``), and otherwise it names
nobody. Not after an indefinite or a quantifying word ("a census", "every census", "no census
is perfect": any census, not this one), not capitalised (a name's word, "Census Bureau"), not a
word of a hyphened compound or a web address ("census-2026-results").
"""

from __future__ import annotations

import re
from functools import cache

from store.extract.mentions.spans import DocView, Span
from store.knowledge.descriptions import descriptions

DESC = "DESC"
# words before the noun that make it any such happening, not the story's own
_ANY = frozenset({"a", "an", "every", "each", "no", "any", "another", "one", "per", "whose"})
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")


def bare_happening_spans(text: str, ctx: DocView) -> list[Span]:
    """Each bare, lowercase happening noun the tagger reads as a noun: one regular-expression
    pass over the text, and a look at the word before each match."""
    nouns = descriptions().bare_happenings
    found: list[Span] = []
    if not nouns:
        return found
    for m in _pattern(nouns).finditer(text):
        token = ctx.token_at(m.start())
        if token is None or token.pos_ not in ("NOUN", "PROPN") or token.idx != m.start():
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() in _ANY:
            continue  # "a census", "every census": any census
        found.append(Span(m.start(), m.end(), DESC))
    return found


@cache
def _pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(re.escape(n) for n in nouns))
    return re.compile(rf"(?<![\w'’/.-])(?:{words})(?![\w'’/-])")
