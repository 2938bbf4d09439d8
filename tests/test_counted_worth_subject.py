"""A sum that completes "worth" after "be" is the value of the verb's subject, of what a unit
word measures where the subject is one; a pronoun names nothing (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: left as the other rules read it)
WORTH = [
    ("The chess federation says the trophies are worth 40,000 euros.", "40,000 euros",
     "trophies' value"),
    ("At that price, 900 tonnes of flour would be worth about $2m, the bakery said.", "$2m",
     "flour value"),
    ("The marathon's sponsor says the brand is worth £12m.", "£12m", "brand value"),
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
