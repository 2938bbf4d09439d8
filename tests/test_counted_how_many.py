""""How many X" asks a count: a measure of area or length in the same sentence never answers it
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
MEASURES = [
    ("Officials could not say how many pupils were inside the school, a building of 6,500 "
     "square metres, when the roof fell.", "6,500 square metres", "building"),
    ("Nobody knows how many sheep graze on the estate, a moor of 3,000 hectares.",
     "3,000 hectares", "moor"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MEASURES)
def test_a_measure_answers_no_how_many(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
