"""The values of number expressions as written: digits with separators and scale words ("17
million", "3.5bn", "2,\\000"), English number phrases ("two hundred and fifty thousand"), fractions
("one-third"), ratios ("one in five"), folds ("twelvefold") and vague plurals ("hundreds").
``store.extract.numbers`` finds where the expressions are; these say what each side is worth."""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.number_words import number_words
from store.knowledge.units import units

# invisible characters a page can leave between digit groups ("1\u200b000" reads 1000)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

DIGITS_RE = re.compile(rf"\d[\d,\\\u00a0\u202f\u2009{ZERO_WIDTH}]*(?:\.\d+)?|\.\d+")


def words_value(text: str) -> float | None:
    """Value of an English number phrase such as "two hundred and fifty thousand"."""
    lex = units()
    words = number_words()
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s\-\u2010\u2011]+", text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1
            continue
        if word in words.cardinals:
            current += words.cardinals[word]
        elif word in words.tens:
            current += words.tens[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "half":  # "three and a half million", "half a billion"
            current += 0.5
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lex.scale_words:
            total += (current or 1) * lex.scale_words[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=1)
def _upper_symbols() -> tuple[tuple[str, str, str], ...]:
    """Each currency symbol, its code and the symbol in capitals, worked out once."""
    return tuple((s, c, s.upper()) for s, c in units().currency_symbols.items())


def amount_value(text: str) -> tuple[float | None, str | None, float | None]:
    """Value of one side of an expression, its currency, and the scale written on it (if any)."""
    lex = units()
    raw = text.strip()
    currency = None
    upper = raw.upper()
    for symbol, code, symbol_upper in _upper_symbols():  # longest first
        if upper.startswith(symbol_upper):
            currency = code
            raw = raw[len(symbol):].strip()
            break
    else:
        for symbol, code in [*lex.cased_symbols.items(), *lex.guarded_symbols.items()]:
            if raw.startswith(symbol) and raw[len(symbol):len(symbol) + 1].isdigit():
                currency = code
                raw = raw[len(symbol):]
                break
        for symbol, code in lex.spaced_cased_symbols.items():
            if currency is None and raw.startswith(symbol) and (
                    raw[len(symbol):].lstrip()[:1].isdigit()):
                currency = code
                raw = raw[len(symbol):].strip()
    if currency is None:
        head = raw.split()[0].upper() if raw.split() else ""
        glued = re.match(r"[A-Z]{3}(?=\d)", raw)  # "EUR1.2bn", "USD40m": a code glued to digits
        if glued is not None and glued.group(0) in lex.currency_codes:
            head = glued.group(0)
        if head in lex.currency_codes:
            currency = head
            raw = raw[len(head):].strip()
    m = DIGITS_RE.search(raw)
    if m and m.start() == 0:
        number = m.group(0)
        cleaned = re.sub(rf"[,\\\u00a0\u202f\u2009{ZERO_WIDTH}]", "", number)
        try:
            value = float(cleaned)
        except ValueError:
            return None, currency, None
        rest = raw[m.end():].strip().lower()
        scale = None
        if rest:
            scale = 1.0
            for word in rest.split():  # "lakh crore": a lakh of crores
                factor = lex.scale_suffixes.get(word) or lex.scale_words.get(word)
                if factor is None:
                    return None, currency, None
                scale *= factor
            value *= scale
        return value, currency, scale
    value = words_value(raw)
    return value, currency, None


def fold_value(text: str) -> float | None:
    """ "twelvefold" is 12, "3.5-fold" is 3.5."""
    head = re.sub(r"[-\u2010]?fold$", "", text.strip(), flags=re.I)
    head = re.sub(r"(?<=[a-z])(?=(?:one|two|three|four|five|six|seven|eight|nine)$)", " ", head,
                  flags=re.I)  # "twentyfive" -> "twenty five"
    if head[:1].isdigit():
        try:
            return float(head)
        except ValueError:
            return None
    return words_value(head)


def _fraction_parts(text: str) -> tuple[float, float] | None:
    """ "two thirds" is (2, 3), "a quarter" (1, 4): a fraction's numerator and denominator."""
    parts = [p for p in re.split(r"[\s\-\u2010\u2011]+", text.lower()) if p]
    words = number_words()
    denominator = words.fractions.get(parts[-1])
    if denominator is None:
        return None
    numerator = 1.0
    if len(parts) > 1 and parts[0] not in ("a", "an"):
        numerator = float(words.cardinals.get(parts[0], 0))
        if not numerator:
            return None
    return numerator, float(denominator)


def fraction_value(text: str) -> float | None:
    parts = _fraction_parts(text)
    return None if parts is None else round(parts[0] / parts[1], 4)


def fraction_of(text: str, whole: float) -> float | None:
    """ "a third of a million" is 333,333: the exact share of the whole, rounded once at the
    end, not the share rounded to four places (0.3333) and then scaled (333,300)."""
    parts = _fraction_parts(text)
    return None if parts is None else float(round(parts[0] * whole / parts[1]))


def ratio_value(text: str) -> float | None:
    """ "one in five" and "one home in ten" are 0.2 and 0.1; a numerator not below its
    denominator is no share ("10 in 5")."""
    parts = re.split(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", text.strip(), flags=re.I)
    if len(parts) == 2 and re.fullmatch(r"(?:one|a)\s+[A-Za-z]+", parts[0], re.I):
        parts[0] = "1"  # "one home in ten": the noun between is what is counted
    values = [amount_value(p)[0] for p in parts]
    if len(values) != 2 or None in values or not 0 < values[0] < values[1]:
        return None
    share = values[0] / values[1]
    # four places keep "one in 300" (0.0033); odds of "one in 45 million" need four
    # significant digits instead, or they round to nothing
    return round(share, 4) if share >= 0.001 else float(f"{share:.4g}")


def vague_value(text: str) -> float:
    parts = text.lower().split()
    base = number_words().vague[parts[-1]]
    if len(parts) == 3:  # "tens of millions", "hundreds of thousands"
        base *= 10 if parts[0] == "tens" else number_words().vague[parts[0]]
    return base
