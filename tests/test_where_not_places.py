"""Places of a figure that are no places: a name the corpus's actors know as part of a longer,
non-place name (grouping), and seats of government or a "World" section (extraction)."""

from __future__ import annotations

import pytest

from store.conflicts.not_places import real_places
from store.extract.figures.where import names_no_place

_ACTORS = [
    ("kestrel-holdings-sa", "Kestrel Holdings SA", "ORG", ["Kestrel Holdings SA", "Kestrel"]),
    ("athletic-dunmore-football-club", "Athletic Dunmore Football Club", "PERSON",
     ["Athletic Dunmore Football Club", "Dunmore"]),
    ("regional-water-board", "Regional Water Board", "ORG", ["Regional Water Board", "RWB"]),
    # a region the tagger typed a body, named in full: still a place
    ("northern-capital-region", "Northern Capital Region", "ORG",
     ["Northern Capital Region", "NCR"]),
    ("velm-city-council", "Velm City Council", "ORG", ["Velm City Council", "Velm City"]),
    # a city that is also a club's short name: the corpus cannot tell, the place stays
    ("oporto", "Oporto", "ORG", ["Oporto"]),
    # a city the tagger typed a person, named in full
    ("port-velm", "Port Velm", "PERSON", ["Port Velm"]),
    ("tarrow", "Tarrow", "GPE", ["Tarrow"]),
    ("ghana", "Ghana", "GPE", ["Ghana"]),
    ("bank-of-ghana", "Bank of Ghana", "ORG", ["Bank of Ghana"]),
]


def _resolver():
    from store.conflicts.grouping import actor_resolver

    return actor_resolver([{"id": i, "name": n, "type": t, "aliases": a}
                           for i, n, t, a in _ACTORS])


@pytest.mark.parametrize("where, kept", [
    # the first words of a company's name the tagger once took for a place
    (["Kestrel"], []),
    (["Kestrel", "Tarrow"], ["Tarrow"]),
    # a word of a club's name (typed a person by the tagger)
    (["Dunmore"], []),
    # a body's initials
    (["RWB"], []),
    # all of an actor's name, whatever type the tagger gave it
    (["Northern Capital Region"], ["Northern Capital Region"]),
    # a longer name with a place's word in it may be the place or its government
    (["NCR"], ["NCR"]),
    (["Velm City"], ["Velm City"]),
    (["Oporto"], ["Oporto"]),
    (["Port Velm"], ["Port Velm"]),
    # a country inside a body's name is still the country
    (["Ghana"], ["Ghana"]),
    # a name the actors do not know stays
    (["Sunbury"], ["Sunbury"]),
])
def test_a_name_the_corpus_knows_inside_a_longer_name_is_no_place(where, kept) -> None:
    assert real_places(where, _resolver()) == kept


def test_without_the_actors_types_every_place_stays() -> None:
    from store.conflicts.scope import alias_resolver

    assert real_places(["Kestrel", "Tarrow"], alias_resolver()) == ["Kestrel", "Tarrow"]


@pytest.mark.parametrize("name, no_place", [
    ("Malacañang", True),
    ("the Kremlin", True),
    ("Downing Street", True),
    ("the White House", True),
    ("Élysée", True),
    ("World", True),
    ("Manila", False),
    ("Moscow", False),
    ("World Bank", False),
    ("Kremlin Street market", False),
])
def test_seats_of_government_and_a_world_section_are_no_places(name, no_place) -> None:
    assert names_no_place(name) is no_place


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The city will ask Malacañang to release 1,200 new classrooms in Cebu.",
     {"1,200": ["Cebu"]}),
    ("Officials in the Kremlin said 40 buildings in Moscow were damaged.",
     {"40": ["Moscow"]}),
    ("THE DAILY COURIER | World | Kenya\n\nFloods cut off 3,000 homes\n\n"
     "Rivers rose on Monday and cut off 3,000 homes.", {"3,000": ["Kenya"]}),
    # a headline that names only a seat of government gives the article no place
    ("Town takes its census fight to Malacañang\n\nThe town counted 41,000 residents.",
     {"41,000": []}),
    ("Floods cut off 3,000 homes in Valparaíso, officials told Downing Street.",
     {"3,000": ["Valparaíso"]}),
])
def test_a_figure_keeps_its_real_place_beside_a_seat_of_government(extract, text,
                                                                      expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected
