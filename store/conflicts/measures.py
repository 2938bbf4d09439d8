"""Measures in one unit: a quantity written in gallons and in litres, in barrels and cubic metres,
in square miles and km2 is one quantity ("6 million gallons, or 22.7 million litres"). Its figures
are compared in the base unit of their dimension, with the factors of ``store/data/units.toml``
(``[conversion]``), as money is compared in dollars (``rates``). Rates convert the same way
("barrels per day" and "cubic metres per day").

Counts of persons are reported in several units ("people", "deaths", "bodies", "fatalities");
they are one measure here, and what is counted (``quantities.thing_of``) keeps "312 people
displaced" apart from "312 deaths".
"""

from __future__ import annotations

from store.knowledge.units import converted, units

__all__ = ["converted", "person_count"]


def person_count(unit: str) -> str | None:
    """ "count:persons" for a unit that counts persons ("people", "deaths", "bodies"), with its
    rate if it has one; None otherwise."""
    base, sep, per = unit.partition(" per ")
    if base not in units().person_units:
        return None
    return f"rate:persons per {per}" if sep else "count:persons"
