"""A change in percentage points that borrowed the members its share is of counts that share,
not the members (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
SHARE_CHANGE = [
    ("Women now hold 38 percent of board seats, up 5 percentage points from last year.",
     "5 percentage points", "board seats share"),
    ("People over 80 make up 7 percent of residents, up 2 points since 2015.",
     "2 points", "residents share"),
    ("Pensioners are 21.5 percent of the electorate, down 1.2 percentage points since 2019.",
     "1.2 percentage points", "Pensioners share"),
]

# sentence, figure, what it counts: the share's own name, or points that are no share's
NOT_A_MEMBERS_SHARE = [
    ("Turnout was 58%, down 4 percentage points from 2022.", "4 percentage points", "Turnout"),
    ("Unemployment rose to 6.1%, up 0.4 percentage points on the quarter.",
     "0.4 percentage points", "Unemployment"),
    ("The club finished third with 71 points.", "71 points", "club"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SHARE_CHANGE + NOT_A_MEMBERS_SHARE)
def test_points_change_the_share(extract, sentence: str, text: str, counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
