"""A part its sentence tells after its whole ("60 were hurt, 9 of whom seriously") is never one
side of a contradiction or of a revision the text leaves unstated (``store.conflicts.
parts_after``), and two values of one origin more than ``RIVAL_FACTOR`` apart are no revision
the text leaves unstated (``verdicts.revision_of``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.parts_said import told_as_part
from store.conflicts.verdicts import CONTRADICTION
from tests.test_estimates import build, deaths


@pytest.mark.parametrize("sentence, figure, part", [
    ("Medics treated 60 runners, 9 of whom were kept overnight.", "9", True),
    ("The storm flattened 300 sheds, 7 of them in Orlen.", "7", True),
    ("Of the 80 rafts, 5 of which sank, most were found.", "5", True),
    ("The blast hurt 40 workers, including 6 welders.", "6", True),
    ("Some 30 boats - 8 trawlers and 22 skiffs - were lost.", "8", True),
    ("Medics treated 60 runners and 9 cyclists.", "9", False),
    ("Medics treated 9 runners on Sunday.", "9", False),
    ("Losses: 7 sheds.", "7", False),  # a colon after a label opens no part
    ("The range was 30-45 boats.", "45", False),  # an unspaced hyphen is a range
])
def test_a_part_is_told_by_its_own_words(sentence: str, figure: str, part: bool) -> None:
    begin = sentence.index(figure, 1)
    assert told_as_part(sentence, begin, begin + len(figure)) is part


def hurt(article: str, sentence: str, low: float, origin: str, reported: str,
         at: str) -> dict[str, Any]:
    """People a crash hurt, as a body gave the count."""
    row = deaths(article, sentence, low, origin=origin, counted="injured people",
                 unit="people", reported=reported)
    row["at"] = at
    return row


WHOLE_THEN_PART = "The rescue service said 60 people were hurt, 9 of whom badly."
WHOLE = hurt("a", WHOLE_THEN_PART, 60, "rescue service", "2031-04-02", "60")
PART = hurt("a", WHOLE_THEN_PART, 9, "rescue service", "2031-04-02", "9 of")
RIVAL_AGREEING = hurt("b", "The clinic said 62 people were hurt.", 62, "clinic", "2031-04-02",
                      "62")
LONE_LOW = hurt("c", "The rescue service said 9 people were hurt.", 9, "rescue service",
                "2031-04-02", "9")


@pytest.mark.parametrize("figures, contradiction", [
    # the part after its whole is no rival of another body's count that agrees with the whole
    ([WHOLE, PART, RIVAL_AGREEING], False),
    # the same low value said alone, as the count, is a rival
    ([LONE_LOW, RIVAL_AGREEING], True),
])
def test_a_part_told_after_its_whole_is_no_rival(figures: list[dict[str, Any]],
                                                 contradiction: bool) -> None:
    rows = build(*figures)
    assert any(g["verdict"] == CONTRADICTION for g in rows) is contradiction


def marched(article: str, sentence: str, low: float, origin: str) -> dict[str, Any]:
    """People a rally drew, as a body gave the count."""
    return deaths(article, sentence, low, origin=origin, counted="marchers", unit="marchers")


UNION = ("a", "The union said 900 marchers took part.", 900, "union")
POLICE_FAR = ("a", "Police said 150 marchers took part.", 150, "police")
POLICE_NEAR = ("a", "Police said 500 marchers took part.", 500, "police")
POLICE_FAR_ELSEWHERE = ("b", "Police said 150 marchers took part.", 150, "police")


@pytest.mark.parametrize("figures, contradiction", [
    # two bodies' counts in one article, less than four times apart: rivals
    ([UNION, POLICE_NEAR], True),
    # six times apart in one article, set down without a word: no rivals
    ([UNION, POLICE_FAR], False),
    # the same counts in two articles: rivals (up to ten times apart)
    ([UNION, POLICE_FAR_ELSEWHERE], True),
])
def test_one_article_far_apart_values_are_no_rivals(figures: list[tuple[Any, ...]],
                                                    contradiction: bool) -> None:
    rows = build(*(marched(*figure) for figure in figures))
    assert any(g["verdict"] == CONTRADICTION for g in rows) is contradiction
