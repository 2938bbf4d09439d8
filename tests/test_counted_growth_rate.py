"""A yearly percentage a verb of growth is "at" states the growth (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

GROWTH_AT = [
    ("The town grew at 2.4 percent a year over the decade.", "2.4 percent"),
    ("Lagos is growing at about 3.9 percent a year, the agency said.", "3.9 percent"),
    ("The province, home to 4 million people, is expanding at 1.2 percent a year.",
     "1.2 percent"),
]

# a level a share stands at, and a growth rate named by its own noun, keep their words
NOT_GROWTH_AT = [
    ("Unemployment stood at 5.2 percent a year ago.", "5.2 percent", "Unemployment"),
    ("The population grew at an average annual rate of 0.79 percent.", "0.79 percent",
     "population"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), GROWTH_AT)
def test_a_yearly_share_a_verb_of_growth_is_at_is_growth(extract, sentence: str,
                                                        text: str) -> None:
    counted = {f.text: f for f in extract(sentence)}[text].counted
    assert counted is not None
    assert counted.split()[-1] == "growth"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_GROWTH_AT)
def test_a_level_keeps_its_noun(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
