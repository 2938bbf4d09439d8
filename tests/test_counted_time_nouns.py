"""A count of nights is a count, though the tagger calls "nights" a time (spaCy: slow). Each row
is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, unit
NIGHTS = [
    ("Campers spent 2.3 million nights in the national parks last year, the park service said.",
     "2.3 million", "nights", "nights"),
    ("The hostel chain sold 410,000 nights in the quarter, up from 380,000.", "410,000",
     "nights", "nights"),
    ("Cruise passengers booked 1.1mn nights ashore in 2025.", "1.1mn", "nights", "nights"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), NIGHTS)
def test_nights_are_counted(extract, sentence: str, text: str, counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


# sentence, text that is no figure: a length of time stays one
DURATIONS = [
    ("The strike lasted 12 days before the union settled.", "12"),
    ("They stayed three nights at the shelter.", "three"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), DURATIONS)
def test_a_length_of_time_is_no_count(extract, sentence: str, text: str) -> None:
    assert text not in {f.text for f in extract(sentence)}
