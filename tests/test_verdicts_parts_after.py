"""A part its sentence tells after its whole ("60 were hurt, 9 of whom seriously") is never one
side of a contradiction or of a revision the text leaves unstated (``store.conflicts.
parts_after``), and two values of one origin more than ``RIVAL_FACTOR`` apart are no revision
the text leaves unstated (``verdicts.revision_of``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.parts_said import told_as_part
from store.conflicts.verdicts import CONTRADICTION, REVISION
from tests.test_estimates import build, deaths


@pytest.mark.parametrize("sentence, figure, part", [
    ("Medics treated 60 runners, 9 of whom were kept overnight.", "9", True),
    ("The storm flattened 300 sheds, 7 of them in Orlen.", "7", True),
    ("Of the 80 rafts, 5 of which sank, most were found.", "5", True),
    ("The blast hurt 40 workers, including 6 welders.", "6", True),
    ("Some 30 boats - 8 trawlers and 22 skiffs - were lost.", "8", True),
    # a later item of the same breakdown is a part too
    ("The blast hurt 40 workers, including 6 welders and 3 drivers.", "3", True),
    ("Ten boats sank -- six trawlers and four skiffs.", "four", True),
    ("Some 30 boats - 8 trawlers, 22 skiffs - were lost.", "22", True),
    ("Medics treated 60 runners and 9 cyclists.", "9", False),
    ("Medics treated 60 runners on Sunday; 9 cyclists were treated and 4 walkers.", "4", False),
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


def lost(article: str, sentence: str, low: float, reported: str, at: str) -> dict[str, Any]:
    """Sailors a squall killed, as the port authority gave the toll."""
    row = deaths(article, sentence, low, origin="port authority", counted="deaths",
                 unit="deaths", reported=reported)
    row["at"] = at
    return row


BROKEN_DOWN = "The port authority said 5 sailors died -- 3 at sea and 2 in the harbour."


def test_each_item_of_a_breakdown_is_a_part_not_the_toll_a_later_count_revises() -> None:
    rows = build(lost("a", BROKEN_DOWN, 5, "2031-07-01", "5 sailors"),
                 lost("a", BROKEN_DOWN, 3, "2031-07-01", "3 at"),
                 lost("a", BROKEN_DOWN, 2, "2031-07-01", "2 in"),
                 lost("b", "The port authority now counts 6 dead.", 6, "2031-07-04", "6"))
    reasons = [g["reason"] for g in rows if g["verdict"] == REVISION]
    # the toll revised is the whole, 5, not the last item of its breakdown
    assert reasons and all("from 5" in reason for reason in reasons), reasons
