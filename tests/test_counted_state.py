"""A count named only by the word for what befell them (spaCy: slow). Each row is a sentence of
its own invention."""

from __future__ import annotations

import pytest

# sentence, figure: the dead alone, wherever the name comes from, are deaths
DEAD_ALONE = [
    ("The search for the trawler's crew ended with 14 dead.", "14"),
    ("Rescuers ended the search of the collapsed mine with 9 confirmed dead.", "9"),
    ("Two days after the storm, of all the towns, Parvik counted 23 dead.", "23"),
]

# sentence, figure: a part of the dead is a group of them, named as the text names it
PART_OF_THE_DEAD = [
    ("The agency said 212 of the dead were in the coastal district.", "212"),
    ("Of the 52 dead, 40 have been identified by their families.", "40"),
    ("Of the 17 dead, police said on Monday that 11 were pupils.", "11"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), DEAD_ALONE)
def test_the_dead_alone_are_deaths(extract, sentence: str, text: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == "deaths"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), PART_OF_THE_DEAD)
def test_a_part_of_the_dead_keeps_its_word(extract, sentence: str, text: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == "dead"
