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


@lru_cache(maxsize=1)
def fx_rates() -> dict[str, dict[int, Rate]]:
    """Currency code (upper case) -> year -> rate."""
    data = load_data("fx_rates.toml")
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
