"""A bare number that borrows the noun of a count per one thing ("3.1 persons per flat") is a
count per that one thing too: its unit says what its borrowed phrase says (spaCy: slow). Each row
is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
BORROWED = [
    ("The average flat now holds 3.1 persons, down from 3.3 a decade ago and 3.6 in 2012, the "
     "bureau said.", "3.6", "people per flat"),
    ("The village had one water tap for every 30 households in May, against 45 in March.", "45",
     "households per tap"),
]

# a rate of time is not lent this way
NOT_BORROWED = [
    # a lone "one for every 8": its "one" may stand for another quantity's noun
    ("Wards had one nurse for 12 patients at night, where the union asks for one for every 8.",
     "8", "patients"),
    ("The clinic saw 340 patients a week in June, the most since 2019.", "340",
     "patients per week"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [*BORROWED, *NOT_BORROWED])
def test_a_borrowed_average_keeps_its_one(extract, sentence: str, text: str, unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit
