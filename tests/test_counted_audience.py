"""Those a thing is done in front of: a bare number after "in front of", or the number of a
crowd, is the people attending, as match, concert and rally reports give it (spaCy: slow). Each
row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
AUDIENCE = [
    ("Orla won 2-1 in front of 23,405 at the Vesk Arena on Sunday.", "23,405", "people"),
    ("The singer closed her tour in front of a record crowd of more than 70,000.", "70,000",
     "people"),
    ("A crowd of 18,200 watched the derby at Tarn Park.", "18,200", "people"),
    ("The crowd was put at 6,500 by the organisers.", "6,500", "people"),
    # a noun of its own keeps it
    ("The minister spoke in front of 40 cameras.", "40", "cameras"),
    ("Protesters gathered in front of 12 banks in the capital.", "12", "banks"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), AUDIENCE)
def test_a_bare_number_in_front_of_whom_is_people(extract, sentence: str, text: str,
                                                  unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


# a crowd is an attendance only with an event in reach; else it stays a crowd
CROWDS = [
    ("A crowd of 300 gathered outside the parliament.", "300", "crowd"),
    ("Police said the crowd was 4,000 and organisers said 9,000.", "9,000", "crowd"),
    ("The crowd at the concert was 12,500.", "12,500", "attendance"),
    ("A crowd of 21,300 watched the match at Fenn Park.", "21,300", "attendance"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CROWDS)
def test_a_crowd_is_an_attendance_only_at_an_event(extract, sentence: str, text: str,
                                                   counted: str) -> None:
    assert {f.text: f.counted for f in extract(sentence)}[text] == counted
