"""A percentage right after "up" or "down" with no verb counts the noun before them (a share's
move is its share price); a verb there is the clause's own (spaCy: slow). Each row is a sentence
of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: not named by this rule)
MOVED_BY = [
    ("Baker's yeast runs short; Ovenhaus shares down 4.2% after recall", "4.2%", "share price"),
    ("Bakery chain rejects raised offer from rival; shares up nearly 18% since bid talk", "18%",
     "share price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MOVED_BY)
def test_a_percentage_after_up_or_down_counts_the_noun_before(extract, sentence: str, text: str,
                                                             counted: str) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert found[text] == counted


@pytest.mark.slow
def test_a_place_that_ends_the_phrase_before_up_is_not_what_moved(extract) -> None:
    found = {f.text: f.counted for f in extract(
        "Delivery rate for a tray of loaves from Lisbon up 22% on a year; bakers wait")}
    assert found["22%"] != "Lisbon"


@pytest.mark.slow
def test_a_verb_before_up_or_down_is_left_to_the_clause(extract) -> None:
    found = {f.text: f.counted for f in extract("It went up 5% on Monday.")}
    assert found["5%"] in (None, "") or found["5%"] != "It"
