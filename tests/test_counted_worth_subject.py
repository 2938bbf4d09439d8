"""A sum that completes "worth" after "be" is the value of the verb's subject, of what a unit
word measures where the subject is one; a pronoun names nothing (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: left as the other rules read it)
WORTH = [
    ("At that price, 900 tonnes of flour would be worth about $2m, the bakery said.", "$2m",
     "flour value"),
    ("A rival bidder says the bus company's shares are worth 180p.", "180p", "shares' value"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), WORTH)
def test_a_sum_the_subject_is_worth_is_its_value(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert found[text] == counted


@pytest.mark.slow
def test_a_pronoun_worth_a_sum_names_no_value(extract) -> None:
    found = {f.text: f.counted for f in extract("The bus company says it is worth $40m.")}
    assert not (found["$40m"] or "").endswith("value")


@pytest.mark.slow
def test_a_sum_already_named_by_its_subject_keeps_that_name(extract) -> None:
    found = {f.text: f.counted for f in extract(
        "The marathon's aid package is worth $4m, the organisers said.")}
    assert found["$4m"] != "aid package value"
