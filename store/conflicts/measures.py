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

from store.conflicts.quantities import singular
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted, units

__all__ = ["converted", "person_count", "persons_base"]


def person_count(unit: str) -> str | None:
    """ "count:persons" for a unit that counts persons ("people", "deaths", "bodies"), with its
    rate if it has one; None otherwise."""
    base, sep, per = unit.partition(" per ")
    if base not in units().person_units:
        return None
    return f"rate:persons per {per}" if sep else "count:persons"


def persons_base(unit: str) -> str:
    """ "per 100,000 inhabitants", "per 100,000 residents", "per 100,000 population" and "per
    100,000 people" are one base: a rate given per a number of a place's people is compared as
    one rate whatever word the article uses for them (``[populated]`` people of
    ``store/data/quantities.toml``). Other units come back as they are."""
    head, sep, per = unit.partition(" per ")
    number, _, noun = per.partition(" ")
    noun = noun.lower()
    people = quantity_classes().inhabitants
    if sep and noun and (noun == "population" or noun in people or singular(noun) in people):
        return f"{head} per {number} people"
    return unit
