"""Two bare numbers joined by "and" that answer a counted pair joined by "and" before them count
what that pair does, in order (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
IN_ORDER = [
    ("The count rose from five deaths and 31 injuries in March to seven and 40 in April.",
     "seven", "deaths"),
    ("The count rose from five deaths and 31 injuries in March to seven and 40 in April.",
     "40", "injuries"),
    ("The ferry carried 40 cars and 300 bicycles on Monday, and 35 and 280 on Tuesday.", "35",
     "cars"),
    ("The ferry carried 40 cars and 300 bicycles on Monday, and 35 and 280 on Tuesday.", "280",
     "bicycles"),
    # a pair of one noun: nothing to answer in order
    ("The club signed 12 players in May and 14 players in June, and 3 and 4 in July.", "3",
     "players"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), IN_ORDER)
def test_a_bare_pair_answers_a_counted_pair_in_order(extract, sentence: str, text: str,
                                                     counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
