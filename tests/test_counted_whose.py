"""What "whose number" counts: the noun the relative clause describes (spaCy: slow). Each row is
a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, the counted phrase's head word
WHOSE_NUMBER = [
    ("Most of the drop was among junior riders, whose number fell from 2,400 in 2019 to 1,900 "
     "in 2021.", "2,400", "riders"),
    ("Most of the drop was among junior riders, whose number fell from 2,400 in 2019 to 1,900 "
     "in 2021.", "1,900", "riders"),
    ("The marathon drew fewer veterans, whose number dropped to 310.", "310", "veterans"),
    ("The bakery hired seasonal bakers, whose count rose to 45 in December.", "45", "bakers"),
]

# "their number": the owner is a pronoun the sentence does not name, so nothing is guessed
NOTHING_NAMED = [
    ("Their number fell from 2,400 in 2019 to 1,900 in 2021.", "1,900"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), WHOSE_NUMBER)
def test_whose_number_counts_the_noun_the_clause_describes(extract, sentence: str, text: str,
                                                           head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and fig.counted.split()[-1] == head, fig.counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOTHING_NAMED)
def test_a_number_owned_by_a_pronoun_names_nothing(extract, sentence: str, text: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted is None
