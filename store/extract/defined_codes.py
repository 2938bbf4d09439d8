"""Currency codes an article defines in its own words: three capitals the units file does not
know as a currency, which the article itself shows to be one ("the Ostrian florin (OSF)", "OSF
11.5 to the euro", "OSF 38 million (about €3.3 million)", or the code before amounts scaled as
money are, twice or more: "OSF 12m ... OSF 1,200"). They are read as currency codes while that
article is read (``store.knowledge.units.reading_codes``), and nowhere else: a code is no
currency because another article wrote one like it.

One pass of one pattern over the article finds the capitals before a number; each is judged on a
bounded window after it."""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.context import hedges
from store.knowledge.units import Units, units

# three capitals, a space or none, then digits: where a code stands before an amount
_CODE_BEFORE = re.compile(r"(?<![\w$\u00a3\u20ac/.-])([A-Z]{3})(?:\s|\u00a0)?(?=\d)")
# the amount after it: digits, a decimal, and a scale word or suffix of money
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?P<scale>\s?(?:bn|mn|m|k|million|billion|trillion)\b)?")
_REACH = 40  # characters after an amount searched for what says it is money
# a code in brackets, as the currency's word before it would have it: without one the long
# pattern of every currency's word need not run over the article (nearly every article)
_BRACKETED = re.compile(r"\(\s*[A-Z]{3}\s*\)", re.IGNORECASE)

_WORDS_OF_A_RATE = r"(?:to\s+(?:the|one|a|an|1)|per|against\s+the|=)"
# the hedges of context.toml, and the words that open a restatement ("or about $40 million")
_MORE_HEDGES = r"approximately|almost|or|or\s+about|just\s+over"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = units()
    signs = "|".join(re.escape(s) for s in sorted(lex.currency_signs, key=len, reverse=True)
                     if not s.isalpha() or len(s) > 1)
    codes = "|".join(sorted(lex.currency_codes))
    nouns = {k.split()[-1] for k in lex.currency_words} | set(lex.defined_by_name)
    nouns |= {n[:-1] for n in nouns if n.endswith("s")}  # "the Ostrian florin (OSF)"
    words = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    # "(about €3.3m)", ", or $1.2bn": the same amount restated in a currency the file knows
    hedge = rf"(?:(?:{hedges()}|{_MORE_HEDGES})\s+)?"
    restated = re.compile(rf"\s*[(,\u2013\u2014-]\s*{hedge}(?:{signs}|(?:{codes})\s?\d)")
    # "11.5 to the euro", "24.8 per US dollar": a rate against a currency the file knows
    rate = re.compile(rf"\s+{_WORDS_OF_A_RATE}\s+(?:U\.?S\.?\s+)?(?:{words}|{codes})\b",
                      re.IGNORECASE)
    # "the Ostrian florin (OSF)": the code in brackets after a currency's word
    # (the look-ahead, a word then a bracket, lets the words be tried only where one could end)
    named = re.compile(rf"\b(?=\w+\s*\()(?:{words})\s*\(\s*([A-Z]{{3}})\s*\)", re.IGNORECASE)
    return restated, rate, named


def _no_code(word: str, lex: Units) -> bool:
    """A word of capitals that is something else: a code the file knows already, a measure's
    symbol ("TEU 6,200"), a time zone ("GMT 10")."""
    return (word in lex.currency_codes or word in lex.measure_codes
            or word.lower() in lex.time_zones)


def codes_defined(text: str) -> frozenset[str]:
    """The codes ``text`` shows to be currencies (module docstring); empty for nearly every
    article, whose codes the units file knows."""
    lex = units()
    restated, rate, named = _patterns()
    found = {m.group(1) for m in named.finditer(text) if not _no_code(m.group(1), lex)} \
        if _BRACKETED.search(text) else set()
    scaled: dict[str, int] = {}
    for m in _CODE_BEFORE.finditer(text):
        code = m.group(1)
        if code in found or _no_code(code, lex):
            continue
        amount = _AMOUNT.match(text, m.end())
        if amount is None:
            continue
        after = text[amount.end():amount.end() + _REACH]
        if restated.match(after) or rate.match(after):
            found.add(code)
            continue
        scaled[code] = scaled.get(code, 0) + (2 if amount.group("scale") else 1)
    # before amounts twice or more, once with a scale of money ("OSF 12m", "OSF 1,200")
    found.update(code for code, weight in scaled.items() if weight >= 3)
    return frozenset(found)
