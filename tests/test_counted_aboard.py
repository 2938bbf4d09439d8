"""Those a vessel carries: a count that "aboard" or "on board" follows counts the people or the
things on board, not a toll beside it (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, unit
ABOARD = [
    ("Barge toll climbs to 12; the harbour police say 96 were aboard, not 80.", "96",
     "people on board", "people"),
    ("The harbour police say 96 were aboard, not 80.", "80", "people on board", "people"),
    ("The rail union says 2,300 were on board, far more than the operator's count.", "2,300",
     "people on board", "people"),
    ("By the families' count, 340 passengers were on board when the launch sank.", "340",
     "passengers on board", "passengers"),
    ("The dinghy drifted for hours with 41 people on board.", "41", "people on board", "people"),
    ("The ferry had 27 lorries aboard, including nine tankers.", "27", "lorries on board",
     "lorries"),
]

# sentence, figure: a verb after the vessel says what befell them; a vessel's capacity is no
# count of those on board
NOT_ABOARD = [
    ("About 60 people aboard the barge were rescued by fishermen.", "60"),
    ("The ferry is licensed to carry 300 passengers and 40 vehicles.", "300"),
    # "on board" of a company's board or a project, with no "be" or "with"
    ("The company now has three women on board after the reshuffle.", "three"),
    ("The council has 40 members on board for the plan.", "40"),
    ("The start-up got 20 new partners on board this year.", "20"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), ABOARD)
def test_a_count_on_board_counts_those_on_board(extract, sentence: str, text: str,
                                                counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_ABOARD)
def test_a_count_with_a_verb_of_its_own_is_not_named_on_board(extract, sentence: str,
                                                               text: str) -> None:
    assert "on board" not in ({f.text: f for f in extract(sentence)}[text].counted or "")

