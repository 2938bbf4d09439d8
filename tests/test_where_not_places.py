"""Places of a figure that are no places: seats of government that stand for the government, and
a newspaper's "World" section, an amount the tagger misread (extraction)."""

from __future__ import annotations

import pytest

from store.extract.figures.where import names_no_place


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
    # one word with a digit: an amount or a code the tagger took for a place
    ("R29", True),
    ("R7.1bn", True),
    ("Ward 5", False),
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


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a name beside a noun that describes only a body names that body, not a place
    ("Ridership hit 4,000, while the operator, Aquaval, says it carried 4,400.",
     {"4,000": [], "4,400": []}),
    # a place that is a person's possessive says where the person is from
    ("Norway's Ingrid Solberg won the 30,000 euros first prize.", {"30,000 euros": []}),
    ("Norway's Ingrid Solberg took home 30,000 euros in Bergen.", {"30,000 euros": ["Bergen"]}),
    # a place's own possessive, or a place beside a noun of places, stays
    ("Kenya's economy grew 5 percent.", {"5 percent": ["Kenya"]}),
    ("The capital, Nairobi, has 4.4 million people.", {"4.4 million": ["Nairobi"]}),
])
def test_a_body_or_a_person_s_country_is_no_place_of_the_figure(extract, text,
                                                                expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected
