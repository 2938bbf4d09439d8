"""A verb that "up" or "down" makes a verb of change ("went up from £54 to £59") says, as
"rose" does, that its subject is what the figures measure (spaCy: slow). Each row is a sentence
of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: no noun named)
CASES = [
    ("The cheapest monthly bus pass went up from £54 to £59 this year.", "£54",
     "cheapest bus pass"),
    ("The cheapest monthly bus pass went up from £54 to £59 this year.", "£59",
     "cheapest bus pass"),
    ("The parking permit went down from £120 to £95 after the protest.", "£95",
     "parking permit"),
    # as with "rose": the same subject
    ("The parking permit rose from £95 to £120 after the review.", "£120", "parking permit"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CASES)
def test_a_phrasal_verb_of_change_measures_its_subject(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
def test_a_phrasal_verb_that_gives_money_does_not(extract) -> None:
    """ "put up £5m": the council gives the money; it is not what the sum measures."""
    fig = {f.text: f for f in extract("The council put up £5m for the repairs.")}["£5m"]
    assert fig.counted != "council"
