"""What one of a kind costs per a period is still its price ("a double room costs €310 a
night"); per some other one it is a cost per that one (spaCy: slow). Each row is a sentence of
its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PRICES = [
    ("A parking permit costs $120 a year in the city.", "$120", "parking permit price"),
    ("A berth in the marina now costs €900 a month, the harbour office said.", "€900",
     "berth price"),
    ("A season ticket costs £40 per week on the northern line.", "£40", "season ticket price"),
    # per some other one: the cost of the service per that one
    ("A hotel place cost £145 per person per night.", "£145", "hotel place cost per person"),
    ("Each ticket costs $40 per match.", "$40", "ticket cost per match"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PRICES)
def test_a_price_per_a_period_is_a_price(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
