"""A growth rate named by its period: "the average annual growth rate since 2010 was 2.1 percent",
"the annual growth rate ... at 1.79 percent", a table column "Annual growth rate 2020-2030 (%)".

Such a rate is the mean growth per period, a percentage per year (per month...), where one
period's change is a share: "annual growth in May was 1.2%", "Annual inflation (%)" (no
"rate" of growth, or no average) compare a level with the one a year before."""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.units import units


@lru_cache(maxsize=1)
def _growth_rate() -> re.Pattern[str]:
    """ "average annual growth", "average annual population growth", "annual growth rate",
    "annual population growth rate": an adjective of period ([rate_adjectives]) before the
    noun of growth, with "average" before it or "rate" after it."""
    adjectives = "|".join(re.escape(w) for w in units().rate_adjectives)
    return re.compile(rf"\b(?:average\s+({adjectives})\s+(?:[a-z-]+\s+){{0,2}}growth\b"
                      rf"|({adjectives})\s+(?:[a-z-]+\s+)?growth\s+rate\b)", re.I)


def growth_period(m: re.Match[str]) -> str:
    """The period of a growth rate ``_growth_rate`` matched ("year" for "annual")."""
    return units().rate_adjectives[(m.group(1) or m.group(2)).lower()]


def growth_rate_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last growth rate named by its period in ``text[start:end]``, its clause running on to
    ``end``: no sentence end, and no comma that starts another clause, between."""
    return _before().search(text, start, end)


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    return re.compile(_growth_rate().pattern
                      + r"(?:[^.;!?,]|\.(?=\d)|,(?!\s+(?:and|but|while|whereas)\b)){0,80}$",
                      re.I)


def header_growth_period(header: str) -> str | None:
    """The period of a table column's growth rate ("Annual growth rate 2020-2030 (%)": year)."""
    m = _growth_rate().search(header)
    return growth_period(m) if m else None
