"""Money in one unit: yearly average exchange rates to the US dollar (``store/data/fx_rates.toml``).

"$50-$300 million" and "£39m-231m" are the same estimate only once both are in dollars at the rate
of the year they describe; comparing at today's rate would invent a disagreement.
"""

from __future__ import annotations

import re

from store.knowledge.fx_rates import Rate, fx_rates, fx_spread

COMMON_CURRENCY = "USD"
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")  # a unit that is money: the ISO 4217 code


def convertible(currency: str) -> bool:
    return currency.upper() == COMMON_CURRENCY or currency.upper() in fx_rates()


def rate(currency: str, year: int | None) -> Rate | None:
    """The rate for a currency in a year: that year's, else the nearest year's (the later on a tie);
    None for a currency the table does not know. An unknown year takes the latest rate."""
    code = currency.upper()
    if code == COMMON_CURRENCY:
        return Rate(code, year or 0, 1.0, "")
    by_year = fx_rates().get(code)
    if not by_year:
        return None
    if year is None:
        return by_year[max(by_year)]
    if year in by_year:
        return by_year[year]
    nearest = min(by_year, key=lambda y: (abs(y - year), -y))
    return by_year[nearest]



def spread(found: Rate, year: int | None) -> float:
    """How far the rate of the figure's own month may sit from ``found`` (a fraction): none for
    the dollar or a peg, a month's drift inside the year, more when another year stands in."""
    if found.currency == COMMON_CURRENCY or found.pegged:
        return 0.0
    table = fx_spread()
    return table.within_year if year is not None and found.year == year else table.other_year
