"""A month of figures that only their articles' printing days date, printed on days far apart,
is a count reported as it stood on each day: the quantity is a series of those days, with a
disagreement on each day held by that day's group, not one contradiction over the month."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_conflicts import figure, groups


def _printed(day: str, origin: str, article: str, value: float) -> dict[str, Any]:
    """A count of stranded bus passengers nothing dates but the day its article printed it."""
    row = figure(article, f"{origin} says {value:g} passengers are still stranded in Osk.", value,
                 unit="passengers", counted="passengers stranded", head="passenger",
                 where=("Osk",), when=day)
    return {**row, "when_basis": "article", "reported": day, "period_basis": "reported",
            "origin": origin, "source": origin}


@pytest.mark.parametrize("specs, outer, inner", [
    # two bodies' rival counts on the 3rd and on the 14th: the count moved, and each day's
    # two counts disagree
    ([("2031-05-03", "the bus company", "a", 400), ("2031-05-03", "the drivers' union", "b", 600),
      ("2031-05-14", "the bus company", "c", 150), ("2031-05-14", "the drivers' union", "d", 260)],
     "change_over_time", ["contradiction", "contradiction"]),
    # printed a day apart, the rivals still stand side by side: one period
    ([("2031-05-03", "the bus company", "a", 400), ("2031-05-04", "the drivers' union", "b", 600)],
     "contradiction", []),
    # a body's count given again on a later day stood meanwhile: its rival's disagrees with
    # it, whatever the day
    ([("2031-05-03", "the bus company", "a", 400), ("2031-05-03", "the drivers' union", "b", 600),
      ("2031-05-14", "the bus company", "c", 400), ("2031-05-14", "the drivers' union", "d", 600)],
     "contradiction", []),
    # one count restated on two days far apart agrees with itself
    ([("2031-05-03", "the bus company", "a", 400), ("2031-05-14", "the bus company", "b", 400)],
     "consistent", []),
])
def test_counts_printed_days_apart_are_counts_of_their_days(specs: list, outer: str,
                                                           inner: list[str]) -> None:
    rows = groups(*(_printed(*spec) for spec in specs))
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == [outer]
    periods = [g for g in rows if g["kind"] == "period"]
    assert [g["verdict"] for g in periods] == inner
    if inner:  # the series is said over the printing days
        assert "Between 2031-05-03 and 2031-05-14" in top[0]["reason"]


def test_a_month_with_a_stated_day_is_left_whole() -> None:
    stated = {**_printed("2031-05-03", "the bus company", "a", 400), "when": "2031-05-02",
              "when_basis": "sentence", "period_basis": "stated"}
    rows = groups(stated, _printed("2031-05-14", "the drivers' union", "b", 260),
                  _printed("2031-05-20", "the bus company", "c", 150))
    assert not [g for g in rows if g["kind"] == "period"]



def test_a_period_longer_than_a_month_is_left_whole() -> None:
    # a year's figures beside an earlier year's: told apart by years, not printing days (the
    # year's two agree: two values that differ, each dated only by its article's day, that
    # nothing sets against each other, would show no move and make no group)
    rows = groups(_printed("2030-11-05", "the bus company", "a", 900),
                  _printed("2031-05-03", "the bus company", "b", 400),
                  _printed("2031-05-14", "the drivers' union", "c", 400))
    assert [g["quantity"].rsplit(", ", 1)[-1] for g in rows if g["kind"] == "period"] == ["2031"]



def _cost(day: str, origin: str, article: str, value: float) -> dict[str, Any]:
    """A body's estimate of what the new bus depot costs, dated only by its article's day."""
    row = figure(article, f"{origin} puts the depot's cost at {value:g} euros.", value,
                 unit="EUR", counted="depot cost", head="cost", where=("Osk",), when=day)
    return {**row, "when_basis": "article", "reported": day, "period_basis": "reported",
            "origin": origin, "source": origin}


def test_beside_a_projection_the_days_are_not_cut() -> None:
    # each body's sum printed beside the council's projection is an estimate of the outcome
    projection = {**_cost("2031-05-01", "the council", "p", 8e6), "when": None,
                  "period_basis": "projected", "when_basis": None}
    rows = groups(projection, _cost("2031-05-03", "the bus company", "a", 4e6),
                  _cost("2031-05-14", "the drivers' union", "b", 12e6))
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["contradiction"]
