"""A sum that a rate of money reaches is that rate: "the average nightly rate rose to $450"
counts the average rate, when the rate says which it is (a word before it, a "for" phrase); an
exchange rate stays the currency's price (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
RATES = [
    ("The average nightly rate at the ski resort rose to $450 in February.", "$450",
     "average nightly rate"),
    ("The day rate for a jack-up drilling rig reached $180,000 in March, brokers said.",
     "$180,000", "day rate"),
    ("The hourly rate for a court interpreter was £38 last year.", "£38", "hourly rate"),
    ("Tutors said the rate for a one-hour lesson had climbed to €45 from €38.", "€38",
     "rate"),
]

# sentence, figure, counted phrase: not a rate of money
NOT_RATES = [
    ("The exchange rate was 18.7 pesos per dollar on Friday.", "18.7 pesos", "exchange rate"),
    ("The peso weakened to 19.02 per dollar.", "19.02", "peso"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*RATES, *NOT_RATES])
def test_a_rate_of_money_names_its_sum(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
