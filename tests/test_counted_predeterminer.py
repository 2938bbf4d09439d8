"""A number before a definite determiner or a possessive and the noun the parse makes its head
("with half the vote", "half its customers") counts that noun; a rate ("€900 a unit") and a
multiple ("three times the size") keep their own readings (spaCy: slow). Each row is
invented."""

from __future__ import annotations

import pytest

ROWS = [
    ("The chess club's slate won with just over half the vote.", "half", "vote"),
    ("The bakery lost half its customers in a year.", "half", "customers"),
    ("Nearly half the drivers at the bus company were laid off.", "half", "drivers"),
    # a number in digits before "the" opens a relative clause with its "that" left out
    ("The stalls are among roughly 1,200 the market says it will close.", "1,200", "stalls"),
    ("They were among 340 the league says it will fine this season.", "340", None),
    # "a unit" after a sum is a rate, and a multiple is a ratio: neither is the noun's number
    # (the sum the buses cost is their price, its share per bus the price per unit)
    ("The bus company bought 31 buses for €14.5m, or about €467,700 a unit.", "€467,700",
     "price per unit"),
    ("The marathon drew 9,000 runners, a field roughly three times the size of the old one.",
     "three times", "ratio to size"),
]


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2030-05-01")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ROWS)
def test_a_number_before_the_noun_it_heads_counts_it(extract, sentence: str, text: str,
                                                    counted: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted
