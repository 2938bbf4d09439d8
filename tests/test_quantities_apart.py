"""Figures of different things kept apart: a threshold beside a reading, a chamber's size beside
a party's seats, an earlier event a record is measured against, two products of one flow noun.
Each row is a small invented corpus; the figures that must not meet form no group, the ones that
must still do."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from tests.test_conflicts import RESOLVE, corpus, figure


def _groups(*specs: dict[str, Any]) -> list[dict[str, Any]]:
    """Groups of the corpus, each figure's end set after its text (the words after a figure
    matter here: "the 10.5% minimum", "the 169-seat chamber")."""
    figures, articles = corpus(*specs)
    for row, spec in zip(figures, specs, strict=True):
        row["end"] = int(row["start"]) + len(spec["at"] or "")
    return build_conflicts(figures, articles, RESOLVE)


def _row(article: str, sentence: str, at: str, value: float, **fields: Any) -> dict[str, Any]:
    return figure(article, sentence, value, at=at, **fields)


def _together(rows: list[dict[str, Any]]) -> set[frozenset[str]]:
    """The sets of figures each outer group holds, as article letters ("a", "b")."""
    return {frozenset(f.split(":")[0] for f in g["figures"]) for g in rows if g["parent"] is None}


PERCENT = {"unit": "percent", "when": "2031-05"}
SEATS = {"unit": "seats", "head": "seat", "when": "2031-05"}


# (specs, the article sets the outer groups hold)
CASES = [
    # a threshold named after its figure is no reading of the ratio it bounds
    ([_row("a", "The co-op said its reserve ratio fell to 8.2 per cent, still above the 6 per "
           "cent minimum required by the guild.", "6 per cent", 6, counted="reserve ratio",
           **PERCENT),
      _row("b", "Its reserve ratio fell to 8.2 per cent in May.", "8.2 per cent", 8.2,
           counted="reserve ratio", **PERCENT)], set()),
    ([_row("a", "The league set a 25 per cent cap on squad wages.", "25 per cent", 25,
           counted="squad wages", **PERCENT),
      _row("b", "Squad wages were 31 per cent of turnover, the club said.", "31 per cent", 31,
           counted="squad wages", **PERCENT)], set()),
    # a norm noun inside a longer noun phrase names no threshold: the two still meet
    ([_row("a", "Rents rose by 4 per cent standard increases, the board said.", "4 per cent", 4,
           counted="rents", **PERCENT),
      _row("b", "Rents rose by 9 per cent, tenants said.", "9 per cent", 9, counted="rents",
           **PERCENT)], {frozenset("ab")}),
    # a chamber's size beside a party's count of its seats
    ([_row("a", "The Farmers' League would take 22 seats in the 151-seat assembly, a survey "
           "found.", "151", 151, counted="seats", **SEATS),
      _row("b", "The Farmers' League would take 19 seats, a rival survey found.", "19", 19,
           counted="seats", **SEATS)], set()),
    # an earlier event a record is set against is not this event
    ([_row("a", "It is the worst flood in the valley since 2009, when more than 9,000 homes "
           "were swamped.", "9,000", 9000, counted="homes", unit="homes", head="home",
           when="2009"),
      _row("b", "The flood swamped 1,400 homes, the water board said.", "1,400", 1400,
           counted="homes", unit="homes", head="home", when="2031-05")], set()),
    # two products of one flow noun; the product most figures name meets the figure that says
    # none
    ([_row("a", "Barley exports rose to 3 million tonnes, the board said.", "3 million tonnes",
           3e6, counted="barley exports", head="exports", unit="tonnes", when="2031-05"),
      _row("b", "Rye exports fell to 1 million tonnes, the board said.", "1 million tonnes",
           1e6, counted="rye exports", head="exports", unit="tonnes", when="2031-05"),
      _row("c", "Rye exports were closer to 1.6 million tonnes, traders said.",
           "1.6 million tonnes", 1.6e6, counted="rye exports", head="exports", unit="tonnes",
           when="2031-05")], {frozenset("bc")}),
    # one product only: the figure that names it and the one that does not meet
    ([_row("a", "Barley exports rose to 3 million tonnes, the board said.", "3 million tonnes",
           3e6, counted="barley exports", head="exports", unit="tonnes", when="2031-05"),
      _row("b", "Exports were closer to 3.9 million tonnes, traders said.", "3.9 million tonnes",
           3.9e6, counted="exports", head="exports", unit="tonnes", when="2031-05")],
     {frozenset("ab")}),
    # a budget line named after "on"
    ([_row("a", "The trust approved spending on school meals rising to £12m.", "£12m", 12e6,
           counted="spending", head="spending", unit="GBP", when="2031-05"),
      _row("b", "Spending on parks will be £4m, the trust said.", "£4m", 4e6,
           counted="Spending", head="spending", unit="GBP", when="2031-05"),
      _row("c", "The trust said spending on parks would be £4.5m.", "£4.5m", 4.5e6,
           counted="spending", head="spending", unit="GBP", when="2031-05")],
     {frozenset("bc")}),
]


@pytest.mark.parametrize("specs, together", CASES)
def test_figures_of_different_things_are_kept_apart(specs, together):
    assert _together(_groups(*specs)) == together
