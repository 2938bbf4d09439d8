"""A quantity in words, as the conflicts screen and the claim bar show it: what it counts even when
no figure named a thing ("people in Paris", not "number in Paris")."""

from __future__ import annotations

import pytest

from store.conflicts.grouping import describe_quantity
from store.conflicts.keys import QuantityKey


@pytest.mark.parametrize("measure, thing, places, words", [
    ("count:persons", None, {"paris"}, "people in Paris"),
    ("count:seats", None, None, "seats"),
    ("count:count", None, None, "number"),
    ("rate:tonnes per day", None, None, "tonnes per day"),
    ("rate:tonnes per day", "flow", None, "flow per day"),
    ("percent", None, None, "share (percent)"),
    ("money", "cost", None, "cost (US$)"),
    ("count:persons", "deaths", {"velm"}, "deaths in Velm"),
])
def test_a_quantity_says_what_it_counts(measure: str, thing: str | None, places: set | None,
                                       words: str) -> None:
    key = QuantityKey(measure=measure, thing=thing, qualifiers=(), group=None,
                      places=frozenset(places) if places else None)
    assert describe_quantity(key, [], None) == words


@pytest.mark.parametrize("counted, head, thing", [
    ("people dead or missing", "people", "dead or missing"),
    ("people dead and missing", "dead", "dead or missing"),
    ("deaths", "death", "deaths"),
    ("population", "people", "population"),
    ("residents", "resident", "population"),
    ("arrivals", "people", "arrivals"),
    ("people crossed", "people", "arrivals"),
    ("admissions", "people", "admissions"),
    ("heat-related admissions", "admission", "admissions"),
    ("hospital admissions", "people", "admissions"),
    # an area of crops and an area of crop land are one thing; land alone is territory
    ("crop land", "land", "crops"),
    ("farm crops", "crop", "crops"),
    ("land", "land", "territory"),
])
def test_a_counted_phrase_falls_in_its_class(counted: str, head: str, thing: str) -> None:
    from store.conflicts.quantities import thing_of

    assert thing_of(counted, head, armed=False) == thing
