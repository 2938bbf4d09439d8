"""A percentage change no rule names a noun for counts the fall or rise the word of direction
right before it says ("down 4.1% on a year": a fall), never a level reached ("fell to 35%"), and
such a change word names no thing a group could meet by (spaCy: slow for the grammar). Each
sentence is invented."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import thing_of

# text, figure, counted phrase
CHANGES = [
    ("It was down 2.2% on the week, the guild said.", "2.2%", "fall"),
    ("That is down nearly 6% on the summer.", "6%", "fall"),
    ("This was up 5.1% on the spring.", "5.1%", "rise"),
    ("The year 9 figure slipped by about two percentage points, to 71.5%.",
     "two percentage points", "fall"),
    # the level reached is no change, and a noun another rule finds stays
    ("The year 9 figure slipped by about two percentage points, to 71.5%.", "71.5%", None),
    ("The reservoirs are down to 35% of capacity.", "35%", "reservoirs"),
    ("Up to 40% of the harvest was lost.", "40%", "harvest"),
    ("Profits up 12% at the brewer; shares hit a record", "12%", "Profits"),
    ("The depot handled 84,200 crates in May, down 4.1% from 87,800 crates in May 2030.",
     "4.1%", "crates"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CHANGES)
def test_a_change_with_no_noun_counts_its_direction(extract, sentence: str, text: str,
                                                   counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.parametrize("word", ["fall", "rise", "growth"])
def test_a_change_word_alone_names_no_thing(word: str) -> None:
    assert thing_of(word, None, armed=False) is None
