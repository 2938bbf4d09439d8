"""A sum paid to each one's family, said with a possessive ("to each victim's family"), is paid
per family, as "to the family of each victim" says; the possessor is not what it is paid per
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
POSSESSED = [
    ("The mine will pay 2 million rand to each dead miner's family.", "2 million rand",
     "compensation per family"),
    ("The operator agreed to pay $40,000 to every passenger's family.", "$40,000",
     "compensation per family"),
    ("The state pays Rs 5 lakh for each victim's family.", "Rs 5 lakh", "payments per family"),
    # the family said first keeps its reading
    ("The mine will pay 2 million rand to the family of each miner killed.", "2 million rand",
     "compensation per family"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), POSSESSED)
def test_a_sum_paid_to_each_ones_family_is_per_family(extract, sentence: str, text: str,
                                                      counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
