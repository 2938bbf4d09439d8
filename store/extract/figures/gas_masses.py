"""A mass of carbon dioxide in the gas's own unit: "290 million tonnes of CO2" is 290 million
tCO2, as climate reports write emissions, not a mass of anything. The sentence grammar reads the
mass ("tonnes") and, after it, what is measured ("CO2"); once the counted noun is known, a mass
whose noun names the gas takes the gas's unit (``[gas_masses]`` of ``store/data/units.toml``),
its rate kept ("tCO2 per hectare")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import gas_mass_units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure


def unit_of_the_gas(fig: FoundFigure) -> None:
    """Give a mass whose counted noun is carbon dioxide the gas's unit ("tonnes" -> "tCO2")."""
    masses, gases = gas_mass_units()
    base, per, rate = fig.unit.partition(" per ")
    gas_unit = masses.get(base)
    if gas_unit is None or (fig.counted or "").strip().lower() not in gases:
        return
    fig.unit = gas_unit + per + rate
