"""A multiple of a quantity named by a bare noun: "4.5 times capacity", "trading at 12 times
earnings", "demand of three times supply".

The grammar reads "N times" as a ratio when a comparison follows it ("three times higher", "five
times the estimate", "twice Tolland's figure"); a noun with no determiner after "times" is the
quantity multiplied as well, where "struck three times overnight", "three times a day" count how
often. The parse tells the two apart: the noun the multiple is hung on, heading its own phrase
(not "three times world champion", a title), in lower case ("four times Monday" is a day), one
that names a number or an amount of its own (capacity, a quota, a budget).
The annotation guide: "N times" is a ratio (unit ``ratio``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.parse import token_at
from store.knowledge.loader import load_data
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.numbers import NumberExpr

_TIMES = re.compile(r"[ \t]+times(?=[ \t]+[a-z])")


def multiple_of_a_noun(expr: NumberExpr, doc: Doc, text: str) -> NumberExpr:
    """``expr`` read as the ratio "N times <noun>" when a bare noun after "times" is what it
    multiplies (the module's docstring), else ``expr`` as it is."""
    if expr.unit is not None or expr.is_range or expr.kind not in ("digits", "words"):
        return expr
    m = _TIMES.match(text, expr.end)
    if m is None:
        return expr
    times = token_at(doc, m.end() - 1)
    if times is None or times.lower_ != "times" or times.i + 1 >= len(doc):
        return expr
    noun = doc[times.i + 1]
    # (the parser may make the two words two objects of one preposition, "at 4.5 times
    # capacity" read as "at times" and "at capacity", or hang "times" on the number it follows
    # and the number on the noun)
    hung = times.head.i == noun.i or (times.head.i < times.i and times.head.head.i == noun.i) or (
        times.head.i == noun.head.i and times.dep_ == noun.dep_ == "pobj")
    if noun.pos_ != "NOUN" or not hung or not noun.is_lower or (
            noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i):
        return expr
    if not names_an_amount(noun):
        return expr  # "three times champion", "four times running": no quantity multiplied
    return replace(expr, end=m.end(), text=text[expr.start:m.end()], unit="ratio", kind="ratio")


def names_an_amount(noun: Token) -> bool:
    """Whether a noun names a number or an amount of its own ("capacity", "budget", "funding":
    a gerund of a noun of money is that money)."""
    lemma = noun.lemma_.lower()
    nouns = _quantity_nouns()
    return lemma in nouns or (lemma.endswith("ing") and lemma[:-3] in nouns)


@lru_cache(maxsize=1)
def _quantity_nouns() -> frozenset[str]:
    """Nouns that name a number of their own (``measure_nouns`` of quantities.toml: capacity,
    quota, limit...) or an amount of money (``money_nouns`` of units.toml: cost, budget...)."""
    measures = load_data("quantities.toml").get("measure_nouns", {}).get("nouns", [])
    return frozenset([*measures, *units().money_nouns])


def times_a_noun(expr: NumberExpr, span: Span) -> bool:
    """Whether ``expr`` is a multiple this module read ("4.5 times capacity"): its phrase ends in
    "times" and a noun of amount follows. The noun is its base, which ``counted_ratio`` names
    as for "four times its capacity", never a thing the multiple counts ("times capacity")."""
    doc = span.doc
    return (expr.kind == "ratio" and span[-1].lower_ == "times" and span.end < len(doc)
            and doc[span.end].pos_ == "NOUN" and names_an_amount(doc[span.end]))
