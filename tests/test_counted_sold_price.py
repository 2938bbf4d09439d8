"""A sum a verb of sale sets, given per one of a thing, is that thing's price, not the proceeds
of a sale nor a payment; a sum with no rate per one is what the whole sale raised (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: one of a thing sold for the sum
SOLD = [
    ("A crate of mangoes now fetches Rs 3,000 in Multan.", "Rs 3,000", "price per crate"),
    ("Ticket touts say a seat now fetches £900.", "£900", "price per seat"),
    ("A used tractor fetches about $18,000 at the county sale.", "$18,000", "price per tractor"),
    ("A signed first edition fetched €4,200 at the Paris auction.", "€4,200",
     "price per edition"),
]

# sentence, figure, counted head: no rate per one, or no verb of sale
NOT_SOLD = [
    ("The auction of the estate fetched $2m on Saturday.", "$2m", "proceeds"),
    ("The council will pay $900 per family to those flooded out.", "$900", "payments"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SOLD)
def test_a_sum_one_thing_is_sold_for_is_its_price(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), NOT_SOLD)
def test_other_sums_keep_their_noun(extract, sentence: str, text: str, head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head
