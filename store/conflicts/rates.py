"""Money in one unit: yearly average exchange rates to the US dollar (``store/data/fx_rates.toml``).

"$50-$300 million" and "£39m-231m" are the same estimate only once both are in dollars at the rate
of the year they describe; comparing at today's rate would invent a disagreement.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

COMMON_CURRENCY = "USD"


@dataclass(frozen=True)
class Rate:
    currency: str
    year: int
    usd_per_unit: float
    source: str


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[int, Rate]]:
    with resources.files("store.data").joinpath("fx_rates.toml").open("rb") as fh:
        data = tomllib.load(fh)
    sources = data.get("sources", {})
    table: dict[str, dict[int, Rate]] = {}
    for code, entry in data.get("currency", {}).items():
        quote = entry.get("quote", "usd_per_unit")
        by_year: dict[int, Rate] = {}
        for year_text, value in entry.get("rates", {}).items():
            value = float(value)
            if value <= 0:
                continue
            usd = value if quote == "usd_per_unit" else 1.0 / value
            source_id = entry.get("sources", {}).get(year_text, "")
            title = sources.get(source_id, {}).get("title", source_id)
            by_year[int(year_text)] = Rate(code, int(year_text), usd, title)
        if by_year:
            table[code.upper()] = by_year
    return table


def convertible(currency: str) -> bool:
    return currency.upper() == COMMON_CURRENCY or currency.upper() in _table()


def rate(currency: str, year: int | None) -> Rate | None:
    """The rate for a currency in a year: that year's, else the nearest year's (the later on a tie);
    None for a currency the table does not know. An unknown year takes the latest rate."""
    code = currency.upper()
    if code == COMMON_CURRENCY:
        return Rate(code, year or 0, 1.0, "")
    by_year = _table().get(code)
    if not by_year:
        return None
    if year is None:
        return by_year[max(by_year)]
    if year in by_year:
        return by_year[year]
    nearest = min(by_year, key=lambda y: (abs(y - year), -y))
    return by_year[nearest]


def to_usd(amount: float, currency: str, year: int | None) -> float | None:
    found = rate(currency, year)
    return None if found is None else amount * found.usd_per_unit
