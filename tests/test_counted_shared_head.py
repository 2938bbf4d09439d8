"""Two modifiers joined by "and" before one noun in an amount's "of" phrase ("of wind and solar
capacity") describe that noun, which is what the amount is of, even where the parser takes the
first modifier for the object of "of"; two whole nouns ("of rice and wheat") and a noun beside
a described one ("of fish and frozen meat") are read as before (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, last word of what it counts
SHARED = [
    ("The utility will add 4.2 gigawatts of wind and solar capacity to the grid by 2030.",
     "4.2 gigawatts", "capacity"),
    ("The regulator approved 900 megawatts of new wind and solar capacity in the third round.",
     "900 megawatts", "capacity"),
    ("The district will receive 40 million dollars of state and federal funding for schools.",
     "40 million dollars", "funding"),
    # two whole nouns, or a noun beside a described one: the first is still what is counted
    ("The farm sold 300 tonnes of wheat and barley last season.", "300 tonnes", "wheat"),
    ("The port handled 3 million tonnes of coal and iron ore in May.", "3 million tonnes",
     "coal"),
    ("The mill processed 12 tonnes of fish and frozen meat on Monday.", "12 tonnes", "fish"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "noun"), SHARED)
def test_a_pair_of_modifiers_shares_its_noun(extract, sentence: str, text: str,
                                             noun: str) -> None:
    counted = {f.text: f.counted for f in extract(sentence)}[text]
    assert counted is not None and counted.split()[-1] == noun
