"""A sum a verb of engaging gives "for" a named person is the fee for that person (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
FOR_A_PERSON = [
    ("Rovers signed Tom Baker from Hull in 2025 for £3.5m.", "£3.5m", "fee"),
    ("Rovers finished the window as the biggest spenders, paying £48.4m for the Dutch "
     "centre-back Tom Baker minutes before the deadline.", "£48.4m", "fee"),
    ("Rovers have agreed to pay Hull City a guaranteed £68.5million for Tom Baker.",
     "£68.5million", "fee"),
]

# a thing bought, a noun of the sum's own, or a person's bills: no fee for the person
NO_FEE = [
    ("The council paid £40,000 for a new van.", "£40,000", "price"),
    ("Rovers made a bid of £40m for Tom Baker.", "£40m", "bid"),
    ("The club paid £40,000 for Tom Baker's medical bills.", "£40,000", "payments"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*FOR_A_PERSON, *NO_FEE])
def test_a_sum_for_a_named_person_is_a_fee(extract, sentence: str, text: str,
                                           counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
