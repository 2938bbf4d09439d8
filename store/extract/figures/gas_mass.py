"""A mass of a gas in the gas's own unit: "290 million tonnes of carbon dioxide", "8.7 million
tonnes of CO2 a year" and "the CO2 the plants avoid, 11 million tonnes" are tCO2, not tonnes.
A tonne of carbon dioxide is not a tonne of grain, nor a tonne of carbon, so the unit, not only
the counted noun, keeps them apart (``[gas_mass]`` of ``store/data/units.toml``). Read from
what the figure counts, once every rule that names it has run; a mass whose noun names no gas
("tonnes of carbon", "tonnes of beef") stays in its measure."""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.units import units


@lru_cache(maxsize=1)
def _gas_names() -> re.Pattern[str] | None:
    names = sorted(units().gas_names, key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", re.I)


def gas_mass_unit(unit: str, counted: str | None) -> str:
    """``unit`` in the gas's mass code when it is a mass measure (or a rate of one: "tonnes per
    year") and ``counted`` names a gas the units file lists; else ``unit`` as it is."""
    lex = units()
    base, per, rest = unit.partition(" per ")
    pattern = _gas_names()
    if not counted or pattern is None or not any(base in m for m in lex.gas_masses.values()):
        return unit
    found = pattern.search(counted[:200])
    if found is None:
        return unit
    code = lex.gas_masses[lex.gas_names[found.group(0).lower()]].get(base)
    return f"{code}{per}{rest}" if code else unit
