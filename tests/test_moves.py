"""Percentage moves over different spans or from different points are no change over time.

"fell 2% on the day" beside "down 15% since the storm", or "up 3% on the month" beside "up 8% on
the year", are two moves, each over a span of its own: no one quantity at two times, so they give
no change mark. Two moves from one point ("down 6% since the close before the strike", later "down
14% since that close before the strike") are a running move seen twice and may still show one.
Every sentence here is invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.moves import move_of, moves_apart, one_point, share_of
from tests.test_conflicts import RESOLVE, corpus, figure


def _move(sentence: str, unit: str = "percent") -> frozenset[str] | None:
    found = re.search(r"\d[\d.]*\s?(?:%|percentage points|per cent)", sentence)
    assert found is not None
    return move_of(unit, sentence, found.start(), found.end())


# (sentence, what move_of reads: None for a level, else the words of the point it is from)
MOVES = [
    ("Shares in the mill fell 2.4% on Monday.", frozenset()),
    ("Ferry fares were up 3% on the month.", frozenset()),
    ("Wool output grew by almost 12% over the season.", frozenset()),
    ("The board reported a 7% drop in lettings.", frozenset()),
    ("The index of orchard land closed 1.5% higher.", frozenset()),
    ("The stock is down 15% since the storm hit the harbour.", frozenset({"storm", "hit",
                                                                        "harbour"})),
    ("Since April, barley futures have risen 9%.", frozenset({"april"})),
    ("The shares have gained 6% since their low in June, but are down 4% this year.",
     frozenset({"low", "june"})),
    # levels: where a move ends, where it began, a part of a whole, a plain share
    ("Occupancy rose to 71% in July.", None),
    ("Turnout was 58%, up from 52% in the last vote.", None),
    ("Tourists made up 40% of the fair's visitors.", None),
    ("The co-op holds 22% of the grain market.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), MOVES)
def test_move_of(sentence: str, expected: frozenset[str] | None) -> None:
    assert _move(sentence) == expected


def test_points_and_other_units() -> None:
    assert _move("Its vote share slipped 2 percentage points in a week.",
                 "percentage points") == frozenset()
    assert move_of("tonnes", "Exports rose 40 tonnes.", 15, 17) is None


@pytest.mark.parametrize(("a", "b", "same"), [
    (frozenset({"storm"}), frozenset({"storm"}), True),
    (frozenset({"3", "may", "day", "before", "strike"}),
     frozenset({"day", "before", "strike", "called"}), True),
    (frozenset({"start", "year"}), frozenset({"flood"}), False),
    (frozenset(), frozenset(), False),  # two moves that name no point: their spans are unknown
])
def test_one_point(a: frozenset[str], b: frozenset[str], same: bool) -> None:
    assert one_point(a, b) is same


class _Fig:
    def __init__(self, move: frozenset[str] | None, part: bool = False) -> None:
        self.move = move
        self.share_of = part


@pytest.mark.parametrize(("sentence", "part"), [
    ("Tourists made up 40% of the fair's visitors.", True),
    ("The co-op holds a third of the grain market.", True),
    ("Occupancy rose to 71% in July.", False),
])
def test_share_of(sentence: str, part: bool) -> None:
    found = re.search(r"40%|a third|71%", sentence)
    assert found is not None
    unit = "fraction" if found.group() == "a third" else "percent"
    assert share_of(unit, sentence, found.end()) is part


def test_moves_apart() -> None:
    assert moves_apart(_Fig(frozenset()), _Fig(frozenset({"storm"})))
    assert moves_apart(_Fig(frozenset()), _Fig(None, part=True))  # a move, a part of a whole
    assert not moves_apart(_Fig(None), _Fig(frozenset()))  # a level no "of" says is a part
    assert not moves_apart(_Fig(None, part=True), _Fig(None, part=True))
    assert not moves_apart(_Fig(None), _Fig(None))
    assert not moves_apart(_Fig(frozenset({"storm"})), _Fig(frozenset({"storm"})))


def _verdicts(*specs: dict[str, Any]) -> set[str]:
    figures, articles = corpus(*specs)
    for row, spec in zip(figures, specs, strict=True):
        row["end"] = int(row["start"]) + len(spec["at"] or "")
    return {g["verdict"] for g in build_conflicts(figures, articles, RESOLVE)}


def _pct(article: str, sentence: str, at: str, value: float, when: str) -> dict[str, Any]:
    return figure(article, sentence, value, at=at, unit="percent", counted="share price",
                  head="price", when=when)


CHANGE_CASES = [
    # a day's fall beside the fall since an event, a month later: no change
    ([_pct("a", "Shares in Harlow Mills fell 2.4% on Monday.", "2.4%", 2.4, "2031-03-03"),
      _pct("b", "Shares in Harlow Mills are down 15% since the storm.", "15%", 15, "2031-04-10")],
     False),
    # a month's rise beside a year's
    ([_pct("a", "Harlow Mills shares were up 3% on the month.", "3%", 3, "2031-03"),
      _pct("b", "Harlow Mills shares were up 11% on the year.", "11%", 11, "2031-06")], False),
    # the same point named twice, in other words: one running move that went on
    ([_pct("a", "Harlow Mills shares were down 6% since 3 May, the day before the strike.",
           "6%", 6, "2031-05-10"),
      _pct("b", "Harlow Mills shares are down 14% since the day before the strike was called.",
           "14%", 14, "2031-06-02")], True),
    # a move beside a part of a whole
    ([_pct("a", "Harlow Mills shares rose 4% on Friday.", "4%", 4, "2031-03-07"),
      _pct("b", "Harlow Mills shares are 30% of the fund.", "30%", 30, "2031-06")], False),
    # two levels still show a change
    ([_pct("a", "Harlow Mills held a 6% share of the market.", "6%", 6, "2031-03"),
      _pct("b", "Harlow Mills held a 14% share of the market.", "14%", 14, "2032-03")], True),
]


@pytest.mark.parametrize(("specs", "change"), CHANGE_CASES)
def test_change_marks(specs: list[dict[str, Any]], change: bool) -> None:
    assert ("change_over_time" in _verdicts(*specs)) is change
