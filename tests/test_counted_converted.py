"""A sum restated in another currency right after it, after a comma or a copula and a word of
approximation, counts what the sum it converts counts (spaCy: slow). Each row is a sentence of
its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
CONVERTED = [
    ("The regulator fined the port authority 90 million rupees, about $1.1 million, for the "
     "spill.", "$1.1 million", "fine"),
    ("The council fined the bar €400, about $430, for the noise.", "$430", "fine"),
    ("The ministry's flood budget is 12 billion pesos, or about $210 million.", "$210 million",
     "flood budget"),
    ("A Saturday ticket cost R$380, about $68 at Friday's rate.", "$68",
     "Saturday ticket price"),
    ("The state's compensation for the dead comes to Tk 5.25 crore, or about $430,000.",
     "$430,000", "compensation"),
    # a conversion in brackets of a sum given per a period (its unit a rate already)
    ("Families made homeless are to get aid of DH2,500 ($250) a month.", "$250", "aid"),
    # a sum given per a period, then converted after a comma: the period is the sum's
    ("A penalty of NOK 90,000 a week, roughly €7,800, worries the builder.", "€7,800",
     "penalty"),
    ("The lock keeper's allowance of CHF 600 per month, about €640, was cut.", "€640",
     "allowance"),
    # the sum's noun wins over one other words near the conversion gave it
    ("A one-way adult ticket on the night ferry costs Rp 61,000 (about US$3.60).", "US$3.60",
     "one-way adult ticket price"),
]

# sentence, figure, counted phrase: a sum after a clause boundary is no conversion
NOT_CONVERTED = [
    ("The insurer's losses reached 5 billion rand; about $300 million went to farmers.",
     "$300 million", None),
    # a sum named only as the amount a participle describes lends its conversion nothing
    ("The board will pay 1 million taka to the family of each victim, on top of the 500,000 "
     "taka ($4,100) promised by the government.", "$4,100", "compensation"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*CONVERTED, *NOT_CONVERTED])
def test_a_conversion_counts_what_its_sum_counts(extract, sentence: str, text: str,
                                                 counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
