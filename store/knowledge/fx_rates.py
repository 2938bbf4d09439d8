"""Yearly average exchange rates to the US dollar (``store/data/fx_rates.toml``), by currency and
year, each with the title of its source. Loaded once; a rate of zero or less is dropped."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class Rate:
    currency: str
    year: int
    usd_per_unit: float
    source: str
    pegged: bool = False  # fixed by a central bank, so every month of the year has this rate


@dataclass(frozen=True)
class Spread:
    """How far a month's rate may sit from the yearly average (a fraction of it)."""

    within_year: float
    other_year: float


@lru_cache(maxsize=1)
def _file() -> dict:
    """The file, parsed once for both the rates and their spread."""
    return load_data("fx_rates.toml")


@lru_cache(maxsize=1)
def fx_spread() -> Spread:
    data = _file().get("spread", {})
    return Spread(float(data.get("within_year", 0.0)), float(data.get("other_year", 0.0)))


@lru_cache(maxsize=1)
def fx_rates() -> dict[str, dict[int, Rate]]:
    """Currency code (upper case) -> year -> rate."""
    data = _file()
    sources = data.get("sources", {})
    pegged = set(data.get("spread", {}).get("pegged_sources", ()))
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
            by_year[int(year_text)] = Rate(code, int(year_text), usd, title,
                                           source_id in pegged)
        if by_year:
            table[code.upper()] = by_year
    return table
