"""What a length right before "from" or "off" a place measures: "went down about 4 nautical miles
(7.4 km) from Kayangan", "overturned two kilometres off Mohanpur" measure the distance to the
place, not the place (which the tagger may take for the noun after the length) nor a noun the
sentence names elsewhere. The words are ``[quantity_nouns]`` of ``store/data/quantities.toml``;
a conversion in brackets may stand between the length and the word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import CONVERSION_OPENS, text_of, token_at
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

LENGTH = "length"
NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
LOOK_AFTER = 40  # characters after a length read for a bracketed conversion and the word
# "(7.4 km) from": the conversion after the length; ") from": the end of the one it converts
_BRACKETS = re.compile(rf"\s*(?:{CONVERSION_OPENS}[^()]{{1,30}}\)|\))", re.I)
_WORD = re.compile(r"\s*([a-z]+)\b")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LOOK_BACK = 30  # characters before a length read for "by" and its qualifier
# "cut by 10 mm", "by about 3 metres": the length a thing changed by
_BY = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.I)


def _a_place(noun: Token) -> bool:
    """ "from Kayangan", "off Cape Wrath", "from the runway", "from the port of Dover": a named
    place or a noun for one, which a distance is measured from (not "from baseline")."""
    lex = quantity_classes()
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_ENTS or noun.pos_ == "PROPN" or lemma in lex.distance_places \
        or lemma in lex.place_words or lemma in lex.populated


def distance_from(fig: FoundFigure, span: Span) -> tuple[str, str] | None:
    """The distance, for a length with no noun of its own (or one its sentence lent it, or the
    place itself) right before "from" or "off"; else None."""
    measure = converted(fig.unit)
    if measure is None or measure[0] != LENGTH:
        return None
    text = text_of(span.doc)
    start = fig.end
    bracket = _BRACKETS.match(text, start, start + LOOK_AFTER)
    if bracket is not None:
        start = bracket.end()
    word = _WORD.match(text.lower(), start, start + LOOK_AFTER)
    lex = quantity_classes()
    if word is None or word.group(1) not in lex.distance_from:
        return None
    prep = token_at(span.doc, word.start(1))
    if prep is None or prep.dep_ != "prep":
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.like_num or place.ent_type_ in NOT_PLACES or (
            place.lemma_.lower() in lex.percent_nouns):
        return None  # "the river rose 2 metres from its usual level": a change from a level
    if not _a_place(place) or _BY.search(text, max(0, fig.start - LOOK_BACK), fig.start):
        return None  # "by 10 millimetres from baseline": a change, not a distance
    if fig.counted is not None and not fig.inherited and (
            fig.counted.split()[-1].lower() != place.lower_):
        return None  # "a 25 km stretch from the dam": the stretch's length
    return lex.distance, lex.distance
