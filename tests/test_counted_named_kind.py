"""A bare count a verb of measure sets its subject to counts that subject when a noun before it
names a kind of a word that alone counts nothing ("point", "order"): the plural names countable
things (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase (None: the figure keeps no noun from its subject)
NAMED_KIND = [
    ("Collection points numbered 1,260 at the end of May.", "1,260", "Collection points"),
    ("Across the valley, sales points totalled 310.", "310", "sales points"),
    ("Her shop sold 40 bikes in March. Repair orders numbered 620.", "620", "Repair orders"),
    # a share stays what the clause says it is, and a unit is never a kind of thing counted
    ("Its lead widened to 6 percentage points.", "6 percentage points", "lead"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), NAMED_KIND)
def test_a_named_kind_is_counted(extract, text: str, figure: str, counted: str | None) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted == counted


# a word of grammar or measure alone still names nothing counted
BARE_WORD = [
    ("The points rose to 4,100.", "4,100"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), BARE_WORD)
def test_a_bare_word_counts_nothing(extract, text: str, figure: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted is None


# text, figure: a number noun said to be of those on board makes a bare count people on board
NUMBER_ABOARD = [
    ("The harbour office set the number aboard at close to 420.", "420"),
    ("The number aboard was put at 90 by the harbour master.", "90"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), NUMBER_ABOARD)
def test_the_number_on_board_is_people(extract, text: str, figure: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.unit, fig.counted) == ("people", "people on board")


# a number noun with a noun of its own keeps it
OWN_NOUN_ABOARD = [
    ("The number on board rose to 45 members after the vote.", "45", "members"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), OWN_NOUN_ABOARD)
def test_a_noun_of_its_own_stays(extract, text: str, figure: str, counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted == counted
