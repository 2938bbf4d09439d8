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
    return signs[m.group("sign")]


def sign_and_scale(words: str) -> str | None:
    """The currency of a sign and a scale written before a rate in a header ("R billion" of
    "R billion a year"), or of the sign alone ("R" of "R/MWh"); None for other words."""
    pattern, signs = _signed()
    m = pattern.fullmatch(words)
    if m is None or m.group("rate") is not None:
        return None
    return signs[m.group("sign")]
