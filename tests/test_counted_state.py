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


# sentence, figure, counted: a part of a whole ("of them", "of whom") that its own verb says died
# or was hurt counts that fate, not its whole; another state leaves it to its whole
PART_WITH_A_FATE = [
    ("The clinic treated 140 patients after the bakery fire. 17 of them died.", "17", "deaths"),
    ("The ferry carried 300 passengers, and 23 of them drowned.", "23", "deaths"),
    ("The marathon drew 900 runners. Twelve of them have since died and 40 of them were injured.",
     "40", "injured"),
    ("The chess hall held 52 players, 8 of whom are still in the building.", "8", "players"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PART_WITH_A_FATE)
def test_a_part_counts_the_fate_its_verb_names(extract, sentence: str, text: str,
                                                counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
