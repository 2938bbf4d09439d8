"""One article's figure dated by its own words beside another of its figures dated only by the
article's day, nothing in either sentence setting it against another figure, shows no change
over time (``store.conflicts.one_article``): the writer told two things the key could not tell
apart. The same pair across two articles, or one sentence that sets the value against an
earlier one, still shows it. Each row is invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from store.conflicts.moved_to import moved_to
from store.conflicts.one_article import dated_beside_undated
from store.conflicts.verdicts import CHANGE
from tests.test_estimates import build, deaths


@dataclass
class Told:
    article: str = "a"
    sentence: tuple[str, int] = ("a", 0)
    when: str | None = "2031-05-04"
    reported_basis: bool = False
    event: bool = False
    projected: bool = False
    compared: bool = False
    earlier: bool = False
    moved_to: bool = False


DATED = Told(sentence=("a", 0), when="2031-05-04")
UNDATED = Told(sentence=("a", 200), when="2031-05-20", reported_basis=True)


@pytest.mark.parametrize("a, b, expected", [
    (DATED, UNDATED, True),
    (UNDATED, DATED, True),
    # another article: each may tell the quantity as it then stood
    (DATED, Told(article="b", sentence=("b", 0), when="2031-05-20", reported_basis=True), False),
    # one sentence: its own rules (a part beside its whole, two dates apart)
    (DATED, Told(sentence=("a", 0), when="2031-05-20", reported_basis=True), False),
    # a sentence that sets its value against another figure tells a move
    (DATED, Told(sentence=("a", 200), when="2031-05-20", reported_basis=True, compared=True),
     False),
    (Told(sentence=("a", 0), when="2031-05-04", compared=True), UNDATED, False),
    (Told(sentence=("a", 0), when="2031-05-04", earlier=True), UNDATED, False),
    # both dated by their own words, or both only by the day: other rules
    (DATED, Told(sentence=("a", 200), when="2030"), False),
    (UNDATED, Told(sentence=("a", 0), when="2031-05-20", reported_basis=True), False),
    # an event's count or a projection is no figure dated by the article's day
    (DATED, Told(sentence=("a", 200), reported_basis=True, event=True), False),
    (DATED, Told(sentence=("a", 200), reported_basis=True, projected=True), False),
])
def test_dated_beside_undated(a: Told, b: Told, expected: bool) -> None:
    assert dated_beside_undated(a, b) is expected  # type: ignore[arg-type]


def lanterns(article: str, sentence: str, low: float, reported: str, when: str | None,
             basis: str = "stated", at: str | None = None) -> dict[str, Any]:
    """A count of lanterns lit, dated by its own words or only by its article's day, written
    at ``at`` in its sentence."""
    row = deaths(article, sentence, low, origin="the lantern society", counted="lanterns",
                 unit="lanterns", period_basis=basis, reported=reported, when=when)
    row["when_basis"] = "phrase" if basis == "stated" else "article"
    if at:
        row["at"] = at
    return row


ON_THE_FIRST = ("a", "By 1 May the lantern society had lit 140 lanterns on the north quay.",
                140, "2031-05-20", "2031-05-01")
ALL_TOLD = ("a", "The lantern society looks after 610 lanterns along the river.", 610,
            "2031-05-20", "2031-05-20", "reported")
ELSEWHERE = ("b", "The lantern society looks after 610 lanterns along the river.", 610,
             "2031-05-22", "2031-05-22", "reported")
SET_AGAINST = ("a", "The lantern society now lights 610 lanterns, up from 140 on 1 May.", 610,
               "2031-05-20", "2031-05-20", "reported")


@pytest.mark.parametrize("figures, verdicts", [
    # one article: a dated part beside an undated whole shows no move, and no group is kept
    ([ON_THE_FIRST, ALL_TOLD], []),
    # the same values in two articles: each told the count as it stood
    ([ON_THE_FIRST, ELSEWHERE], [CHANGE]),
])
def test_one_article_dated_beside_undated(figures: list[tuple[Any, ...]],
                                          verdicts: list[str]) -> None:
    rows = build(*(lanterns(*figure) for figure in figures))
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


def test_a_sentence_setting_one_against_the_other_still_shows_the_change() -> None:
    # the undated value's own sentence gives the earlier one: that sentence shows the move
    before = lanterns(*SET_AGAINST[:2], 140, "2031-05-20", "2031-05-01", at="140")
    rows = build(lanterns(*ON_THE_FIRST), lanterns(*SET_AGAINST, at="610"), before)
    assert CHANGE in [g["verdict"] for g in rows]


@pytest.mark.parametrize("sentence, figure, expected", [
    ("The trust lifted its stake in the ferry line to 9.2% on Friday.", "9.2%", True),
    ("Storms pushed the price of pears up to 4.10 a crate.", "4.10", True),
    ("Membership has climbed to about 3,400.", "3,400", True),
    ("The guild cut the fee to 12 crowns.", "12", True),
    ("The guild looks after 610 lanterns.", "610", False),
    ("The ferry sails to 14 islands.", "14", False),  # "to" with no verb of change
    ("The count rose sharply in the spring and then settled at 80.", "80", False),
])
def test_moved_to(sentence: str, figure: str, expected: bool) -> None:
    assert moved_to(sentence, sentence.index(figure)) is expected
