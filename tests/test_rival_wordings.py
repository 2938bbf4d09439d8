"""Rival figures of one quantity worded apart must still meet: a role cut and a job cut are one
count of jobs; a word capitalised only because it opens its sentence or sits in a headline set in
capitals is no group of its own. Each row is a small invented corpus."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.quantities import thing_of
from tests.test_conflicts import RESOLVE, corpus, figure


def _together(*specs: dict[str, Any]) -> set[frozenset[str]]:
    """The sets of articles each outer group's figures come from."""
    figures, articles = corpus(*specs)
    for row, spec in zip(figures, specs, strict=True):
        row["end"] = int(row["start"]) + len(spec["at"] or "")
    rows = build_conflicts(figures, articles, RESOLVE)
    return {frozenset(f.split(":")[0] for f in g["figures"]) for g in rows if g["parent"] is None}


def _row(article: str, sentence: str, at: str, value: float, **fields: Any) -> dict[str, Any]:
    return figure(article, sentence, value, at=at, **fields)


JOBS = {"unit": "jobs", "when": "2031-05"}
PATIENTS = {"unit": "patients", "head": "patient", "counted": "patients", "when": "2031-05"}


@pytest.mark.parametrize("counted, head, thing", [
    # a role, post or position measured in jobs is a job
    ("jobs", "job", "jobs"),
    ("roles", "role", "jobs"),
    ("posts", "post", "jobs"),
    ("positions", "position", "jobs"),
    # the people who hold the jobs are another count
    ("workers", "worker", "workers"),
    # the people at an event, however named
    ("spectators", "spectator", "attendance"),
    ("attendees", "attendee", "attendance"),
    ("race attendance", "attendance", "attendance"),
    # a gas by its formula and by its name; carbon alone is another quantity
    ("CO2", "CO2", "carbon dioxide"),
    ("carbon dioxide", "dioxide", "carbon dioxide"),
    ("carbon", "carbon", "carbon"),
])
def test_one_thing_by_any_of_its_names_is_one_class(counted: str, head: str, thing: str) -> None:
    assert thing_of(counted, head, armed=False) == thing


@pytest.mark.parametrize("counted, head, thing", [
    # a noun of the deaths class before another noun names something else: the sum is revenue
    ("lost toll revenue", "revenue", "revenue"),
    ("toll road users", "users", "user"),
    ("life jackets", "jackets", "jacket"),
    ("body armour", "armour", "armour"),
    # as the noun counted, or beside one it befell, it still names deaths
    ("death toll", "toll", "deaths"),
    ("body count", "count", "deaths"),
    ("bodies", "body", "deaths"),
    ("dead swans", "swans", "deaths"),
])
def test_a_toll_before_a_noun_is_no_death(counted: str, head: str, thing: str) -> None:
    assert thing_of(counted, head, armed=False) == thing


CASES = [
    # the organisers' spectators and the city's attendance of one marathon meet
    ([_row("a", "The marathon drew 41,000 spectators, the organisers said.", "41,000", 41000,
           unit="people", head="spectator", counted="spectators", when="2031-05"),
      _row("b", "City hall put the marathon's attendance at 35,000.", "35,000", 35000,
           unit="people", head="attendance", counted="attendance", when="2031-05")],
     {frozenset("ab")}),
    # a union's count of jobs cut and the company's count of roles cut meet as rivals
    ([_row("a", "The bus company will cut 400 jobs, the drivers' union said.", "400", 400,
           counted="jobs", head="job", **JOBS),
      _row("b", "The bus company said 320 roles would be cut.", "320", 320, counted="roles",
           head="role", **JOBS)], {frozenset("ab")}),
]


@pytest.mark.parametrize("specs, together", CASES)
def test_rival_wordings_meet(specs: list[dict[str, Any]], together: set[frozenset[str]]) -> None:
    assert _together(*specs) == together
