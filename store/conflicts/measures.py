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

from functools import lru_cache

from store.conflicts.quantities import singular
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import compared as converted  # basis points are percentage points
from store.knowledge.units import units

__all__ = ["converted", "per_base", "person_count", "persons_base"]


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


def per_base(unit: str) -> tuple[str, float]:
    """A rate given per an area, rewritten per the area's base unit, with the factor that turns
    its numbers into that rate: "1.5 people per square metre" and "0.14 people per square
    foot", "395 per km2" and "1,020 per square mile" are one density as outlets convert it for
    their readers ("people per km2", 1e6 for a square metre: the area's base is the km2 of
    ``[conversion]``). Only an area: a price per gram and one per kilogram, or per kg and per
    tonne, are most often prices of two trades (retail and wholesale, farm gate and futures),
    which the unit alone tells apart. Nor money per an area: "$12,000 per acre" of farmland and
    "$85 per square foot" near a beach are prices of two kinds of land, which the unit tells
    apart. Any other rate comes back as it is, with 1."""
    head, sep, per = unit.partition(" per ")
    table = units()
    if not sep or head in table.currency_codes:
        return unit, 1.0
    code = table.measures.get(per.lower(), per)
    found = table.conversions.get(code)
    base = _bases().get(found[0]) if found and found[0] == AREA else None
    if found is None or base is None:
        return unit, 1.0
    return f"{head} per {base}", 1.0 / found[1]


AREA = "area"  # the one dimension a rate is compared per its base of (``per_base``)


@lru_cache(maxsize=1)
def _bases() -> dict[str, str]:
    """Each dimension's base unit: the code whose size in it is one ("km2" for an area)."""
    bases: dict[str, str] = {}
    for code, (dimension, size) in units().conversions.items():
        if size == 1.0:
            bases.setdefault(dimension, code)
    return bases
