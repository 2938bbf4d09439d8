"""A relative pronoun that is the subject of a verb of measure stands for the noun its clause is
on: that noun is what the clause's figure counts (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# text, figure, counted head
RELATIVE = [
    ("The council wants to cut a waiting list that rose to 7,460 in January.", "7,460", "list"),
    ("The bakery's order backlog, which grew to 4,600 by May, worries its staff.",
     "4,600", "backlog"),
    ("Fans joined a season-ticket list that reached 12,000 on Friday.", "12,000", "list"),
]

# text, figure, counted head: a clause that dates a noun in a phrase ("for the season that
# closes in June") says nothing of a sum its verb's parse took
DATING = [
    ("The bakery now puts lost bread income for the season that closes in June at $86,000.",
     "$86,000", "income"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "head"), DATING)
def test_a_clause_that_dates_names_nothing(extract, text: str, figure: str, head: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted_head == head


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "head"), RELATIVE)
def test_a_relative_pronoun_counts_its_noun(extract, text: str, figure: str, head: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted_head == head
