"""Two rules against marks a reader would be misled by, each row invented:

- one origin's two values of a period, several times apart, that nothing says replaced one
  another, are no revision (``store.conflicts.revised_far``), and the group holding them is not
  called consistent either; an event's toll, which grows as it is found, and a revision the
  text states are left as they were;
- a count told as a part of a whole ("4 of its 9 kilns") is neither a rival, nor a revision, nor
  a move of the count that gives that whole (``parts_said.part_and_whole``)."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import CONSISTENT, CONTRADICTION, REVISION
from tests.test_estimates import build, deaths


def members(article: str, sentence: str, low: float, reported: str,
            revises: tuple[str, float] | None = None) -> dict[str, Any]:
    """Members a rowing club counts in one month, as the club gave them."""
    return deaths(article, sentence, low, origin="the rowing club", counted="members",
                  unit="members", period_basis="stated", when="2031-05", reported=reported,
                  revises=revises)


FIRST = ("a", "The rowing club had 400 members in May.", 400, "2031-06-02")
NEAR = ("b", "The rowing club had 520 members in May.", 520, "2031-06-02")
FAR = ("b", "The rowing club had 9,000 members in May.", 9000, "2031-06-02")
FAR_SAID = ("b", "The rowing club corrected its May count of members from 400 to 9,000.", 9000,
            "2031-06-02", ("a", 400))


@pytest.mark.parametrize("figures, revised", [
    # a little apart: the club's count replaced, a revision
    ([FIRST, NEAR], True),
    # twenty times apart, no word of it: two things the key could not tell apart
    ([FIRST, FAR], False),
    # twenty times apart, the text says it replaced the first: a revision
    ([FIRST, FAR_SAID], True),
])
def test_an_unstated_revision_far_from_the_first_value_is_none(
        figures: list[tuple[Any, ...]], revised: bool) -> None:
    rows = build(*(members(*figure) for figure in figures))
    assert any(g["verdict"] == REVISION for g in rows) is revised
    if not revised:  # nor called consistent: the two values disagree
        assert not any(g["verdict"] == CONSISTENT for g in rows)


def test_an_event_toll_raised_many_times_over_stays_a_revision() -> None:
    rows = build(deaths("a", "Officials said 30 died in the mudslide.", 30, origin="civil defence"),
                 deaths("b", "Civil defence now counts 600 dead.", 600, origin="civil defence",
                        reported="2024-10-20"))
    assert any(g["verdict"] == REVISION for g in rows)


def kilns(article: str, sentence: str, low: float, origin: str, reported: str) -> dict[str, Any]:
    """Kilns of a brickworks, counted in one month (the figure is the first "4" or "9" of its
    sentence)."""
    row = deaths(article, sentence, low, origin=origin, counted="kilns", unit="kilns",
                 period_basis="stated", when="2031-04", reported=reported)
    return {**row, "at": f"{low:g} "}


WHOLE = ("a", "The brickworks runs 9 kilns.", 9, "the brickworks", "2031-04-10")
PART = ("b", "The firm said it would relight 4 of its 9 kilns.", 4, "the firm", "2031-04-11")
RIVAL = ("b", "The union says the brickworks runs 4 kilns.", 4, "the union", "2031-04-11")


@pytest.mark.parametrize("figures, marked", [
    # a part beside the count of its own whole: no mark
    ([WHOLE, PART], None),
    # another body's count of the whole: rivals
    ([WHOLE, RIVAL], CONTRADICTION),
])
def test_a_part_is_no_rival_of_its_whole(figures: list[tuple[Any, ...]],
                                         marked: str | None) -> None:
    rows = build(*(kilns(*figure) for figure in figures))
    verdicts = {g["verdict"] for g in rows} - {CONSISTENT}
    assert verdicts == ({marked} if marked else set()), rows
