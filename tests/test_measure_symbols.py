"""A measure's symbol that the units file writes in one case ("TEU", "FEU", "ML") is the measure
wherever a rate is given per it: after "per" in a sentence and after a slash in a column header,
never a noun lowered into "per feu" or another word of the sentence."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PER_SYMBOL = [
    ("The ferry line added a fuel surcharge of $310 per FEU on sailings to Tromso.", "$310",
     "USD per FEU"),
    ("The barge company charges €95 per TEU for the river leg.", "€95", "EUR per TEU"),
    ("The irrigation board sells water to orchards at $12 per ML.", "$12", "USD per megalitre"),
    # a noun after "per" stays the noun
    ("The chess club paid $40 per tournament to the hall owner.", "$40", "USD per tournament"),
]


@pytest.mark.parametrize(("sentence", "number", "unit"), PER_SYMBOL)
def test_an_amount_per_a_measure_symbol(extract, sentence: str, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[number].unit == unit


HEADER = """| Lane | Week to 4 May ($/FEU) | Week to 27 April (€/TEU) |
|---|---|---|
| Rotterdam-Santos | 2,310 | 1,150 |
"""


@pytest.mark.parametrize(("number", "unit"), [("2,310", "USD per FEU"), ("1,150", "EUR per TEU")])
def test_a_header_s_amount_per_a_measure_symbol(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(HEADER)}[number].unit == unit
