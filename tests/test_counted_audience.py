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

# sentence, figure, counted: a crowd is an attendance only with an event in reach; else it
# stays a crowd
CROWDS = [
    ("A crowd of 300 gathered outside the parliament.", "300", "crowd"),
    ("Police said the crowd was 4,000 and organisers said 9,000.", "9,000", "crowd"),
    ("The crowd at the concert was 12,500.", "12,500", "attendance"),
    ("A crowd of 21,300 watched the match at Fenn Park.", "21,300", "attendance"),
    # a venue built for events, or an event said further on in the sentence
    ("Their average crowd at Holm Road was 31,200 in a stadium that holds 35,000.", "31,200",
     "attendance"),
    ("A crowd of 9,870, a record for the Kessel Ground, saw the hosts win their last home game "
     "of the season.", "9,870", "attendance"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "field", "value"),
                         [(*row[:2], "unit", row[2]) for row in AUDIENCE]
                         + [(*row[:2], "counted", row[2]) for row in CROWDS])
def test_those_watching(extract, sentence: str, text: str, field: str, value: str) -> None:
    """A bare number in front of whom something is done counts people; a crowd's number is an
    attendance only at an event."""
    assert getattr({f.text: f for f in extract(sentence)}[text], field) == value
