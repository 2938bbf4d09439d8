"""A currency's sign alone in a table header's brackets: "(R/MWh)", "(R billion a year)",
"(MK m)", "(Rp per litre)".

A sign that is a currency only in its case and glued to the digits ("R640 million", "MK8,500":
``[currency.cased_symbols]`` and the like of ``store/data/units.toml``) stands without digits in a
header, where the cells hold them. Alone in brackets it may be anything ("Smith (R)": a party), so
it is read as the cells' currency only with a rate or a scale beside it: the header's rate ("/MWh",
"a year") or scale ("billion", "m") says an amount is meant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.units import units


@lru_cache(maxsize=1)
def _signed() -> tuple[re.Pattern[str], dict[str, str]]:
    lex = units()
    signs = {**lex.guarded_symbols, **lex.cased_symbols, **lex.spaced_cased_symbols}
    names = "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in sorted([*lex.scale_words, *lex.scale_suffixes],
                                                   key=len, reverse=True))
    # the sign, a scale perhaps, and a rate perhaps; one of the two at least
    pattern = re.compile(
        rf"\s*(?P<sign>{names})(?:\s+(?P<scale>(?i:{scales})))?"
        rf"(?P<rate>\s*/\s*[^\W\d_]+|\s+(?i:per|a|an|each)\s+[^\W\d_]+)?\s*")
    return pattern, signs


def signed_unit(words: str) -> str | None:
    """The currency a sign alone in a header's brackets names, with its rate or scale beside
    it ("R/MWh", "R billion a year", "R a month", "MK m"): its code; None for anything else
    ("R" alone, "Smith (R)")."""
    pattern, signs = _signed()
    m = pattern.fullmatch(words)
    if m is None or (m.group("scale") is None and m.group("rate") is None):
        return None
    if m.group("scale") is None and _measured_per(m.group("sign"), m.group("rate")):
        return None
    return signs[m.group("sign")]


def _measured_per(sign: str, rate: str) -> bool:
    """Whether a one-letter sign before a slash is a physical quantity's symbol, not a price: per
    an area ("W/m²", "N/mm²": a flux, a stress) or per a period ("P/day": patients a day). A
    price is per a thing or a measure bought ("R/MWh", "R/loaf", "R/km"); a wage or a fee per
    a period is written in words ("R a day"), which stays a currency."""
    word = rate.strip().lstrip("/").strip()
    if len(sign) != 1 or not rate.strip().startswith("/"):
        return False
    lex = units()
    code = lex.glued_measures.get(word) or lex.measures.get(word.lower())
    return (word.lower() in lex.time_words or word.endswith(("²", "2"))
            or (code is not None and lex.conversions.get(code, ("",))[0] == "area"))


def sign_and_scale(words: str, rate: str = "") -> str | None:
    """The currency of a sign and a scale written before a rate in a header ("R billion" of
    "R billion a year"), or of the sign alone ("R" of "R/MWh"); None for other words, and for
    a one-letter sign before ``rate`` ("/m²" of "W/m²") that makes it a physical quantity's."""
    pattern, signs = _signed()
    m = pattern.fullmatch(words)
    if m is None or m.group("rate") is not None:
        return None
    if m.group("scale") is None and rate and _measured_per(m.group("sign"), rate):
        return None
    return signs[m.group("sign")]
