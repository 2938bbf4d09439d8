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
    ("That is below the record of $4 million paid for a berth in 2023.", "$4 million",
     "amount paid"),
]


# sentence, figure, counted: a currency a sum borrowed from an exchange rate names nothing; the
# sum's own clause then says what it is
NO_CURRENCY = [
    ("At the rate of 25.20 crowns to the euro, the original budget was about €5.9bn.", "€5.9bn",
     "original budget"),
    ("At 17.1 rand to the dollar, the school's deficit was about $4.2m.", "$4.2m", "deficit"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*NAMED, *NO_CURRENCY])
def test_what_names_a_sum(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
