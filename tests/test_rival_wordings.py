"""Rival figures of one quantity worded apart must still meet: an event's spectators and its
attendance are one count, a weekly wage and a weekly salary one sum; a word capitalised only
because it opens its sentence or sits in a headline set in capitals is no group of its own. Each
row is a small invented corpus."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.quantities import thing_of
from store.conflicts.scope import capital_by_position, lower_case_words
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


PATIENTS = {"unit": "patients", "head": "patient", "counted": "patients", "when": "2031-05"}


@pytest.mark.parametrize("counted, head, thing", [
    # the people at an event, however named
    ("spectators", "spectator", "attendance"),
    ("attendees", "attendee", "attendance"),
    ("race attendance", "attendance", "attendance"),
    # what a worker is paid, by any of its names; a company's earnings are its revenue
    ("weekly wages", "wages", "pay"),
    ("gross salary", "salary", "pay"),
    ("earnings", "earnings", "revenue"),
])
def test_one_thing_by_any_of_its_names_is_one_class(counted: str, head: str, thing: str) -> None:
    assert thing_of(counted, head, armed=False) == thing


@pytest.mark.parametrize("counted, head, thing", [
    # a noun of the deaths class before another noun names something else: the sum is revenue
    ("toll bridge receipts", "receipts", "revenue"),
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


ARTICLE = ("The frost lasted a week; the bakery said flour was short and mill workers and "
           "orvelton drivers walked out.")


@pytest.mark.parametrize("name, sentence, by_position", [
    ("Frost", "Frost sends 300 to clinics in a week.", True),
    ("Bakery", "\"Bakery staff earn £21,000 a year, the union said.", True),
    ("FLOUR", "FLOUR PRICES REACH £9 A SACK", True),
    ("MILL WORKERS", "MILL WORKERS WALK OUT: 400 ON STRIKE", True),
    # a word its article writes only with a capital may be a name, or an adjective of one
    ("Orvel", "Orvel drivers number 1,200.", False),
    ("ORVEL", "ORVEL DRIVERS WALK OUT", False),
    # a word capitalised in the middle of its sentence, or a name of several words, is kept
    ("Frost", "The federation said 212 players hold a Frost rating.", False),
    ("Mill Workers", "Mill Workers will cut 40 shifts.", False),
    # a possessive or a longer word at the opening is no bare capitalised word
    ("Frost", "Frost's toll reached 12.", False),
    ("Frost", "Frostbite sent 30 to clinics.", False),
    # a name the alias file knows stays a name wherever it stands
    ("ISIS", "ISIS fighters number 3,000, the envoy said.", False),
])
def test_a_capital_due_to_its_place_is_no_name(name: str, sentence: str,
                                                by_position: bool) -> None:
    lower = lower_case_words(ARTICLE + " isis")
    assert capital_by_position(name, sentence, RESOLVE, lower) is by_position


CASES = [
    # the organisers' spectators and the city's attendance of one marathon meet
    ([_row("a", "The marathon drew 41,000 spectators, the organisers said.", "41,000", 41000,
           unit="people", head="spectator", counted="spectators", when="2031-05"),
      _row("b", "City hall put the marathon's attendance at 35,000.", "35,000", 35000,
           unit="people", head="attendance", counted="attendance", when="2031-05")],
     {frozenset("ab")}),
    # a word that opens its sentence is no group: both counts of patients meet
    ([_row("a", "Frost sent 300 patients to the town's clinics in a week of hard frost.", "300",
           300, group="Frost", **PATIENTS),
      _row("b", "The town's clinics saw 420 patients in the cold week, nurses said.", "420",
           420, **PATIENTS)], {frozenset("ab")}),
    # a word its article writes only with a capital stays a group
    ([_row("a", "Orvel sent 300 patients to the town's clinics in a week.", "300", 300,
           group="Orvel", **PATIENTS),
      _row("b", "The town's clinics saw 420 patients in the cold week, nurses said.", "420",
           420, **PATIENTS)], set()),
    # a group named in the middle of a sentence still keeps its count apart
    ([_row("a", "Of the runners, the Harbour Striders club sent 300 to the marathon.", "300",
           300, unit="runners", head="runner", counted="runners", group="Harbour Striders",
           when="2031-05"),
      _row("b", "The marathon had 4,200 runners, the organisers said.", "4,200", 4200,
           unit="runners", head="runner", counted="runners", when="2031-05")], set()),
]


@pytest.mark.parametrize("specs, together", CASES)
def test_rival_wordings_meet(specs: list[dict[str, Any]], together: set[frozenset[str]]) -> None:
    assert _together(*specs) == together
