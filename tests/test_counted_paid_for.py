"""A sum paid "for" a thing bought in bulk or a service is a payment for it, and one paid "in" a
kind of money (rates, fines, wages) is that money; a "for" phrase of one thing, of each one, of
a time or of people says something else (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PAID = [
    ("A bakery that bakes 900 loaves a day will pay about 2,400 euros for its flour in May.",
     "2,400 euros", "payments for flour"),
    ("The marathon paid $80,000 for crowd barriers last year.", "$80,000",
     "payments for crowd barriers"),
    ("The bus company paid about £3.1m a year in business rates.", "£3.1m", "business rates"),
    # a time, a person, no phrase: the verb's own noun
    ("The club paid $5,000 for the first time in its history.", "$5,000", "payments"),
    ("The bakery paid 3,000 euros to its suppliers.", "3,000 euros", "payments"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PAID)
def test_a_sum_paid_for_or_in_something_is_named_by_it(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert found[text] == counted


# a sum paid per one of something, or "for" those who may claim it: not what is bought
NOT_BOUGHT = [
    ("The fund will pay €900 a hectare for orchards that lost half their fruit.", "€900"),
    ("The federation pays $300 per player for clubs that join the league.", "$300"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_BOUGHT)
def test_a_sum_paid_per_one_or_to_whoever_qualifies_names_nothing_bought(
        extract, sentence: str, text: str) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert "payments for" not in (found[text] or "")
