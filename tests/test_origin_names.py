"""An origin is a body, a study or an official count, never a measure or a number of things
(``store.extract.figures.origin_names``): "40 stations reported valid data", a headline's
"Survey of 1,260 pharmacies finds ...", a measure the tagger took for a body ("640MW")."""

from __future__ import annotations

import pytest

from store.extract.figures.origin_names import names_a_stage, names_no_body


@pytest.mark.parametrize("name, no_body", [
    ("40 stations", True),  # the subject of "reported": what is counted
    ("Survey of 1,260 pharmacies", True),  # a headline's noun phrase
    ("Some 320 teachers", True),
    ("A poll of 2,400 voters", True),
    ("640MW", True),  # a measure glued to its digits, tagged a body
    ("4.5bn", True),
    ("12% of members", True),
    ("km2", True),  # a unit alone
    ("Channel 4 News", False),  # a number inside a name
    ("Formula 1 team", False),
    ("the 2016 census", False),  # a year names a study
    ("G7", False),
    ("3M", False),
    ("Ministry of Health", False),
    ("two officials", False),  # people who speak, whatever their number
    ("Group of 20", False),
])
def test_a_number_of_things_names_no_body(name: str, no_body: bool) -> None:
    assert names_no_body(name) is no_body


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2026-10-02")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, origin", [
    ("After the repairs, 40 stations reported valid data for the day.", "40", "the article"),
    ("Poll of 2,400 voters finds support for the mayor at 41%", "41%", "the article"),
    ("Some 320 teachers said the budget was cut by 4.5%.", "4.5%", "the article"),
    # "It" is the body named before, not a measure the tagger took for one
    ("Lisbon-based Ventora, the largest bidder, has 640MW in five wind farms. It expects to "
     "spend about €410mn on turbines.", "€410mn", "Ventora"),
    ("Nurses at Karsby General said 38 wards were short-staffed.", "38",
     "Nurses at Karsby General"),
])
def test_a_figure_takes_no_number_of_things_for_its_origin(extract, text: str, figure: str,
                                                           origin: str) -> None:
    found = [f for f in extract(text) if f.text == figure]
    assert len(found) == 1 and found[0].origin == origin


@pytest.mark.parametrize("name, stage", [
    ("the provisional count", True),
    ("preliminary figures", True),
    ("the final tally", True),
    ("revised data", True),
    ("the provisional results", True),
    ("the official count", False),  # the authorities' count: an origin of its own
    ("the ministry's provisional count", False),  # its author is named
    ("the count", False),  # no stage: the count the article named before
    ("Provisional Electoral Council", False),
    ("the final report of the inquiry", False),
])
def test_a_stage_of_a_count_names_no_body(name: str, stage: bool) -> None:
    assert names_a_stage(name) is stage
