"""Numbers that name a size or a group rather than state a quantity, and the one that is a
count after all: "a 40-foot container" is a standard size (a kind of box), "R92 for a 10kg bag"
the size a price is for, "400 20-litre jerrycans" the size of each; while "three of the eight
berths" states the whole a part is counted out of."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_money import measure_word
from store.extract.figures.parse import token_at
from store.extract.numbers import scan
from store.knowledge.context import context_words
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.numbers import NumberExpr


# "for a" or "per" before a measure: after an amount of money, the size the price is for
_FOR_A = re.compile(r"\s+(?:for\s+(?:a|an|one|each)|per)\s+$", re.I)


def priced_size(expr: NumberExpr, text: str) -> bool:
    """ "R92 for a 10kg bag", "$3 per 500ml bottle": the size a price is given for."""
    window = max(0, expr.start - 50)
    m = _FOR_A.search(text, window, expr.start)
    if m is None:
        return False
    money = [e for e in scan(text[window:m.start()]) if e.unit in units().currency_codes]
    return bool(money) and window + money[-1].end == m.start()


_GLUED_MEASURE = re.compile(r"[-\u2010\u2011]([A-Za-z]+)\b")


def size_of_each(expr: NumberExpr, text: str) -> bool:
    """ "27 million 60-kg bags", "400 20-litre jerrycans": a number a hyphen joins to a measure,
    right after another number, is the size of each thing that number counts."""
    m = _GLUED_MEASURE.match(text, expr.end)
    if m is None or expr.kind != "digits" or not text.startswith(" ", expr.start - 1):
        return False
    if not measure_word(m.group(1)):
        return False
    window = max(0, expr.start - 30)
    before = scan(text[window:expr.start])
    return bool(before) and window + before[-1].end == expr.start - 1 and before[-1].unit is None


# "40-foot container": a measure hyphened to the digits, then the noun; "20ft box": the measure
# in the number, then the noun
_SIZED = re.compile(r"(?:[-\u2010\u2011]([A-Za-z]+))?\s+([A-Za-z]+)\b")


def standard_size(expr: NumberExpr, text: str, doc: Doc) -> bool:
    """ "a 40-foot container": a length joined to a noun sold in standard sizes names the size,
    a kind of the thing, not a measure the text states. The noun must head its phrase: in "a
    400-metre container ship" or "the 12-foot box girder" it only qualifies the noun after it,
    whose length the figure is."""
    m = _SIZED.match(text, expr.end)
    if m is None or expr.kind != "digits" or expr.is_range:
        return False
    measures = units().measures
    word = (m.group(1) or "").lower()
    unit = measures.get(word) or measures.get(f"{word}s") if word else expr.unit
    length = unit is not None and (converted(unit) or ("", 0.0))[0] == "length"
    if not (length and m.group(2).lower() in context_words().standard_size_nouns):
        return False
    noun = token_at(doc, m.start(2))
    after = doc[noun.i + 1] if noun is not None and noun.i + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")


# "one of the two pilots", "each of the three ministers": the word before "of" picks a member of
# the group, and the group's number says which group, as "the two pilots" does alone
_MEMBER_WORDS = frozenset({"one", "each", "either", "neither"})


def total_of_a_part(det_i: int, doc: Doc) -> bool:
    """ "three of the eight berths", "five of our eight terminals": after a number and "of",
    the determiner's number is the whole the part is counted out of, a count the text states;
    not after "one of" or "each of", which pick a member and count no part."""
    return det_i >= 2 and doc[det_i - 1].lower_ == "of" and doc[det_i - 2].like_num and (
        doc[det_i - 2].lower_ not in _MEMBER_WORDS)
