"""A figure that "stays at" a level measures the subject of "stay", as one that "remains at" it
does ("the jobless rate stayed at 4.1%"); a bare count that stays somewhere is still people (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted head
STAYED = [
    ("The jobless rate stayed at 4.1% in October.", "4.1%", "rate"),
    ("Occupancy stayed at 91% through August, the hotel group said.", "91%", "occupancy"),
    ("Bus fares stay at $2.75 as city freezes budget", "$2.75", "fare"),
    ("Inflation stayed at 2.9% in June, the statistics office said.", "2.9%", "inflation"),
]

# sentence, figure, counted head: people who stay
PEOPLE = [
    ("Some 300 stayed behind to fight the fire.", "300", "people"),
    ("About 2,000 stayed in the sports hall overnight.", "2,000", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), STAYED)
def test_a_level_that_stays_measures_the_subject(extract, sentence: str, text: str,
                                                 head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), PEOPLE)
def test_a_bare_count_that_stays_is_people(extract, sentence: str, text: str,
                                           head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head
