"""A depth of rain or snow measures the rainfall or the snowfall, and a depth in millimetres
that falls is rainfall; a length of anything else keeps its own reading (spaCy: slow). Each row
is invented."""

from __future__ import annotations

import pytest

ROWS = [
    ("The marathon course had 41 mm of rain on race morning.", "41 mm", "rainfall"),
    ("The ski club measured 30 cm of snow at the top station.", "30 cm", "snowfall"),
    ("During the bakery fair, 22 mm fell in a single hour.", "22 mm", "rainfall"),
    ("Organisers warned that another 15 mm could fall before the chess final.", "15 mm",
     "rainfall"),
    ("The tram depot flooded after the 64 mm that fell on Sunday.", "64 mm", "rainfall"),
    # a noun borrowed from the sentence is not what fell
    ("The fairground stayed dry despite the 64 mm that fell on Sunday.", "64 mm", "rainfall"),
    # no rain: a length keeps its reading
    ("The bus company laid 40 km of new lanes.", "40 km", "new lanes"),
    ("The river fell 15 mm overnight.", "15 mm", "river"),
]


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2030-05-01")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ROWS)
def test_a_depth_of_rain_is_rainfall(extract, sentence: str, text: str,
                                     counted: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted
