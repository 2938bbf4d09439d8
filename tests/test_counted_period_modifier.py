"""A period written between an amount and its noun ("a €112mn half-year profit", "a $3.2bn
third-quarter loss") leaves the noun what the amount counts; a period that is the amount's own
word still names nothing (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: nothing named)
PERIODS = [
    ("The retailer reported a £40m first-half net profit.", "£40m", "net profit"),
    ("Shipper lifts outlook after €4bn full-year revenue", "€4bn", "revenue"),
    ("The carmaker made 2.3 million first-quarter deliveries.", "2.3 million", "deliveries"),
    ("The insurer booked a 900 million franc half-year loss on storm claims.",
     "900 million franc", "loss"),
    ("The clinic treated 40,000 patients over two years.", "40,000", "patients"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PERIODS)
def test_a_period_before_the_noun_leaves_the_noun(extract, sentence: str, text: str,
                                                  counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
