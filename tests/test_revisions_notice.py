"""A correction notice whose opener the parser makes a sentence of its own ("CORRECTION:" then
"An earlier version of this article said ...") is still a notice: the figure the next sentence
gives replaces the one it says was printed (annotation guide: a revision)."""

from __future__ import annotations

import pytest

NOTICES = [
    ("CORRECTION: An earlier version of this article said the strike closed 46 schools. "
     "The union counted 64.", "46", "64"),
    ("Correction: An earlier version of this story said the bank cut 1,200 jobs. It cut 2,100.",
     "1,200", "2,100"),
    ("CLARIFICATION: An earlier version of this report said the recalled batch held 9,000 "
     "vials. The agency recorded 19,000 vials.", "9,000", "19,000"),
    ("Correction (3 May): An earlier version of this article said turnout was 41%. "
     "The electoral commission recorded 47%.", "41%", "47%"),
]


@pytest.mark.slow
@pytest.mark.parametrize("notice, printed, right", NOTICES)
def test_a_notice_after_its_split_opener_links_the_right_figure(extract, notice: str,
                                                                 printed: str,
                                                                 right: str) -> None:
    text = f"The council met on Monday.\n\n{notice}\n\nComments (12)"
    found = {f.text: f for f in extract(text)}
    assert found[right].revises == found[printed].start
    assert found[printed].revises is None


@pytest.mark.slow
def test_an_opener_word_inside_a_sentence_makes_no_notice(extract) -> None:
    text = ("The council met on Monday.\n\nThe correction of the count came late: the union "
            "said 46 schools shut. The board counted 64.")
    found = {f.text: f for f in extract(text)}
    assert found["64"].revises is None
