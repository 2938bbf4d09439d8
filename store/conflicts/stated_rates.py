"""Exchange rates the articles state themselves, for currencies the sourced table lacks.

"TT$310 million (US$46 million)", "21 billion kwacha ($12 million)", "€2.4 billion, or about
12 billion lei": a reporter who converts an amount in the same breath gives the rate their
newsroom used. Where ``store/data/fx_rates.toml`` has no rate for a currency, the median of the
conversions the corpus states is used instead, so that the trust fund's TT$1.9 billion meets the
US$280 million another outlet printed. A currency nobody converts stays unconverted.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from store.conflicts.periods import clean_when, year_of
from store.conflicts.rates import CURRENCY_CODE, convertible, rate
from store.knowledge.fx_rates import Rate

# what stands between an amount and its conversion: "(", ", or ", " – about ", " / "
_BETWEEN = re.compile(r"^\s*[(\[,;/=–—-]?\s*(?:or|i\.e\.|equivalent\s+to|worth)?\s*"
                      r"(?:about|around|roughly|some|approximately|nearly|almost|close\s+to)?\s*$",
                      re.I)
_PER_DOLLAR = re.compile(r"\s*(?:to|per|a|against)\s+(?:the\s+|one\s+|each\s+)?"
                         r"(?:U\.?S\.?\s+|American\s+)?dollar\b", re.I)
MAX_GAP = 32  # characters between an amount and its conversion, at most
SOURCE = "as the articles convert it"


def stated_rates(figures: Iterable[Mapping[str, Any]], texts: Mapping[str, str]) -> dict[str, Rate]:
    """Currency code -> the rate the corpus's own conversions imply, for currencies without a
    sourced rate."""
    by_article: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in figures:
        if CURRENCY_CODE.match(str(row.get("unit") or "")):
            by_article[str(row.get("article", ""))].append(row)
    found: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for article, rows in by_article.items():
        text = texts.get(article, "")
        rows = sorted(rows, key=lambda r: int(r.get("start", 0)))
        for row in rows:
            quoted = _quoted(row, text)
            if quoted is not None:
                found[quoted[0]].append(quoted[1:])
        for first, second in itertools.pairwise(rows):
            implied = _implied(first, second, text)
            if implied is not None:
                found[implied[0]].append(implied[1:])
    return {code: Rate(code, statistics.mode(year for _, year in values),
                       statistics.median(value for value, _ in values), SOURCE)
            for code, values in found.items() if values}


def _implied(first: Mapping[str, Any], second: Mapping[str, Any],
             text: str) -> tuple[str, float, int] | None:
    """The rate one amount and its conversion right after it imply, as (unknown currency, US
    dollars per unit of it); None unless exactly one of them has a sourced rate."""
    if first.get("sentence") != second.get("sentence") or first.get("unit") == second.get("unit"):
        return None
    gap = text[int(first.get("end", 0)):int(second.get("start", 0))]
    if len(gap) > MAX_GAP or not _BETWEEN.match(gap):
        return None
    known, unknown = (first, second) if convertible(str(first["unit"])) else (second, first)
    if not convertible(str(known["unit"])) or convertible(str(unknown["unit"])):
        return None
    year = year_of(clean_when(known.get("when")) or clean_when(known.get("reported")))
    usd = rate(str(known["unit"]), year)
    known_mid, unknown_mid = _mid(known), _mid(unknown)
    if usd is None or known_mid is None or not unknown_mid:
        return None
    return str(unknown["unit"]), known_mid * usd.usd_per_unit / unknown_mid, year or 0


def _quoted(row: Mapping[str, Any], text: str) -> tuple[str, float, int] | None:
    """A rate written as one: "KS2,340 per US dollar", "2,340 shillings to the dollar"."""
    unit = str(row.get("unit"))
    if convertible(unit) or not _PER_DOLLAR.match(text, int(row.get("end", 0))):
        return None
    mid = _mid(row)
    year = year_of(clean_when(row.get("when")) or clean_when(row.get("reported")))
    return (unit, 1 / mid, year or 0) if mid else None


def _mid(row: Mapping[str, Any]) -> float | None:
    try:
        low, high = float(row["low"]), float(row["high"])
    except (KeyError, TypeError, ValueError):
        return None
    mid = (low + high) / 2
    return mid if mid > 0 and mid == mid else None

