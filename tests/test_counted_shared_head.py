"""Two modifiers joined by "and" before one noun of amount in an amount's "of" phrase ("of wind
and solar capacity") describe that noun, which is what the amount is of, even where the parser
takes the first modifier for the object of "of"; the phrase is that noun, not narrowed to the
second kind. Two whole nouns ("of rice and wheat"), a noun beside a described one ("of fish and
frozen meat") and two goods ("of oil and liquefied gas") are read as before (spaCy: slow). Each
row is a sentence of its own invention."""

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
    # a described good after the joiner is a second good, not a kind of an amount both share
    ("The tanker carried 800,000 barrels of oil and liquefied gas to the coast.",
     "800,000 barrels", "oil"),
    ("The ship unloaded 5,000 tonnes of flour and white sugar at dawn.", "5,000 tonnes",
     "flour"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "noun"), SHARED)
def test_a_pair_of_modifiers_shares_its_noun(extract, sentence: str, text: str,
                                             noun: str) -> None:
    counted = {f.text: f.counted for f in extract(sentence)}[text]
    assert counted is not None and counted.split()[-1] == noun


# sentence, figure, counted phrase: the shared noun, never the second modifier's kind alone
PHRASE = [
    ("The region will add 450 megawatts of hydro and solar capacity next year.",
     "450 megawatts", "capacity"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PHRASE)
def test_the_shared_noun_is_not_narrowed_to_one_kind(extract, sentence: str, text: str,
                                                      counted: str) -> None:
    assert {f.text: f.counted for f in extract(sentence)}[text] == counted
