"""A share a verb of a view follows at once counts those asked who hold that view; one with an
"of" phrase, or followed by no such verb, keeps its own noun (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, head
VIEWS = [
    ("A poll of 1,500 tenants showed 57% backing the rent cap, with 29% opposed.", "57%",
     "respondents backing", "backing"),
    ("A poll of 1,500 tenants showed 57% backing the rent cap, with 29% opposed.", "29%",
     "respondents opposing", "opposing"),
    ("The survey found 48 per cent backed the new timetable and 35 per cent rejected it.",
     "35 per cent", "respondents rejecting", "rejecting"),
    ("In the club's survey, 66% approve of the new coach.", "66%", "respondents approving",
     "approving"),
    # a verb of saying gives the view its "they" clause says, or its own
    ("Two in three (64%) say they oppose the parking levy.", "64%", "respondents opposing",
     "opposing"),
    ("Two in three (64%) say they oppose the parking levy.", "Two in three",
     "respondents opposing", "opposing"),
]

# an "of" phrase names the whole; no verb of a view follows
NOT_VIEWS = [
    ("About 58% of members backed the new rules.", "58%", "members"),
    ("Ticket sales rose 6% in March, the operator said.", "6%", "Ticket sales"),
]

# a verb of saying whose clause says no view names none: two such shares say different things
SAID_NO_VIEW = [
    ("Asked about the ferry, 38% said the fares were too high.", "38%"),
    ("Nearly a third say they may move away.", "a third"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "head"), VIEWS)
def test_a_share_of_a_view_counts_those_who_hold_it(extract, sentence: str, text: str,
                                                    counted: str, head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.counted_head) == (counted, head)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_VIEWS)
def test_a_share_with_its_own_noun_is_no_view(extract, sentence: str, text: str,
                                              counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), SAID_NO_VIEW)
def test_a_share_that_says_no_view_is_named_by_none(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert not (fig.counted or "").startswith("respondents")
