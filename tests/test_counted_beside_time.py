"""A sum set beside the time that ends a clause on a noun ("the profit the bakery expects for
the first half, about €170m") is that noun's, not the time's (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
BESIDE_A_TIME = [
    ("The profit the bakery expects for the first half, about €170m, is below its target.",
     "€170m", "profit"),
    ("The loss the bus company reported for the week to Sunday, some £90,000, was its worst.",
     "£90,000", "loss"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), BESIDE_A_TIME)
def test_a_sum_beside_a_time_is_the_clauses_noun(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
