"""A sum named by the noun it is "of" keeps that noun though a participle follows it; only a
sum no noun names is "the amount <participle>" (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
NAMED = [
    ("The court upheld a fine of $5m imposed by the regulator in 2024.", "$5m", "fine"),
    ("The audit found spending far above the budget of $148 million approved by the board.",
     "$148 million", "budget"),
    ("The airline repaid a loan of about €2bn granted by the state in 2021.", "€2bn", "loan"),
    ("The museum spent the 22.4 billion euros approved by parliament.", "22.4 billion euros",
     "amount approved"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NAMED)
def test_a_sum_its_noun_names_keeps_it(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
