"""A sum a verb of valuing puts things at is the money they are worth, never a count of them:
"trophies valued at 2 million" counts the trophies' value, in the currency the article counts
money in, not two million trophies. The examples are invented."""

from __future__ import annotations

import pytest

VALUED = [
    # sentence, figure text, unit, counted
    ("Chess trophies valued at up to 3 million", "3 million", "count", "Chess trophies value"),
    ("The club said its rowing boats were valued at 2 million, and insured them for 2.5 million "
     "euros.", "2 million", "EUR", "rowing boats value"),
    ("The bakery's vintage ovens, valued at 1.2 million, were sold for 900,000 euros.",
     "1.2 million", "EUR", "vintage ovens value"),
    # a count stays a count
    ("The marathon drew 40,000 runners.", "40,000", "runners", "runners"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit", "counted"), VALUED)
def test_a_sum_things_are_valued_at_is_their_worth(extract, sentence: str, text: str, unit: str,
                                                   counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.unit, fig.counted) == (unit, counted)
