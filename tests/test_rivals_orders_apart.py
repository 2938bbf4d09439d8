"""Two bodies' figures of one period that differ many times over: no rival estimates of one
quantity but, far more often, two things the key could not tell apart (a district beside its
country, a day beside a season), so no contradiction; within a factor of a few they stay
rivals (``store.conflicts.verdicts.judge``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_estimates import build, deaths


def runners(article: str, origin: str, low: float) -> dict[str, Any]:
    return deaths(article, f"{origin} counted {low:g} runners.", low, origin=origin,
                  counted="runners", unit="runners", period_basis="stated",
                  reported="2031-04-12", when="2031-04-11")


@pytest.mark.parametrize("organisers, police, contradiction", [
    (42_000, 30_000, True),  # two counts of one marathon's field
    (42_000, 9_000, True),  # a factor of a few: still rivals
    (42_000, 1_200, False),  # thirty-five times over: another thing than the field
    (900, 120_000, False),
])
def test_counts_many_times_apart_are_no_rival_estimates(organisers: float, police: float,
                                                        contradiction: bool) -> None:
    rows = build(runners("a", "the marathon organisers", organisers),
                 runners("b", "the city police", police))
    # (no contradiction: the two are left unjudged, no group at all, for nothing else
    # relates them)
    assert [g["verdict"] for g in rows if g["parent"] is None] == (
        ["contradiction"] if contradiction else [])



def marchers(article: str, sentence: str, low: float, origin: str,
             reported: str) -> dict[str, Any]:
    return deaths(article, sentence, low, origin=origin, counted="marchers", unit="marchers",
                  period_basis="stated", reported=reported, when="2031-04")


def test_a_figure_many_times_its_origins_latest_still_stands_against_a_rival() -> None:
    # the union's later national count does not replace its count of the city's march, which
    # the police count of the city's march contradicts
    rows = build(marchers("a", "The union said 90,000 marched in the city.", 90_000,
                          "the bus drivers' union", "2031-04-11"),
                 marchers("b", "Police counted 21,000 marchers in the city.", 21_000,
                          "the city police", "2031-04-11"),
                 marchers("c", "The union said 1.4 million marched nationwide.", 1.4e6,
                          "the bus drivers' union", "2031-04-12"))
    contradictions = [g for g in rows if g["verdict"] == "contradiction"]
    assert contradictions and all("90,000" in g["reason"] and "21,000" in g["reason"]
                                  for g in contradictions)
