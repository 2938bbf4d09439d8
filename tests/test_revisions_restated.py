"""A revision the text states, with the figures of other quantities that restate either value
(``store.conflicts.revisions_restated``): "revised its count from 14,350 to 12,980" in one
article, "14,350 workers" in a second and "12,980 employees" in a third are one estimate that
was revised, whatever noun or places each outlet gives it; and which figures restate one value
of a stated revision (``revisions_said.restating_either``, read by every group of a stated
revision)."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.keys import Claim, claim_of
from store.conflicts.revisions_said import restating_either
from tests.test_conflicts import RESOLVE, corpus, figure, groups


def _row(article: str, sentence: str, value: float, at: str, unit: str, counted: str | None,
         where: tuple[str, ...] = (), revises: tuple[str, str] | None = None) -> dict[str, Any]:
    row = figure(article, sentence, value, unit=unit, counted=counted,
                 head=counted.split()[-1] if counted else None, where=where, when="2027",
                 at=at)
    if revises:
        row["revises"] = f"{article}:{sentence.index(revises[1])}" if revises[0] == article \
            else None
    return row


STRIKE = "The agency revised its count of strikers from 14,350 to 12,980."
TURNOUT = "The commission corrected the turnout from 61.3% to 63.8%."
LOANS = "The bank revised its bad loans from $41.7 million to $38.2 million."
SMALL = "The hospital revised its count of nurses from 40 to 45."
CLINICS = "The ministry revised its count of untreated patients from 1,240 to 1,180."
JAIL = "The prison service revised its count of inmates from 2,530 to 2,410."


@pytest.mark.parametrize("specs, revised", [
    # a strike's count: each outlet names the strikers its own way
    ([_row("a", STRIKE, 14350, "14,350", "strikers", "strikers"),
      _row("a", STRIKE, 12980, "12,980", "strikers", "strikers", revises=("a", "14,350")),
      _row("b", "Some 14,350 workers walked out at the Leeds depot.", 14350, "14,350",
           "workers", "workers", where=("Leeds",)),
      _row("c", "The stoppage drew 12,980 employees, the agency said.", 12980, "12,980",
           "employees", "employees")], 4),
    # an election's turnout, restated as a share of voters
    ([_row("a", TURNOUT, 61.3, "61.3%", "percent", "turnout"),
      _row("a", TURNOUT, 63.8, "63.8%", "percent", "turnout", revises=("a", "61.3%")),
      _row("b", "Only 63.8% of registered voters cast a ballot.", 63.8, "63.8%", "percent",
           "registered voters")], 3),
    # a bank's results: the old figure restated under another name
    ([_row("a", LOANS, 41.7e6, "$41.7 million", "USD", "bad loans"),
      _row("a", LOANS, 38.2e6, "$38.2 million", "USD", "bad loans", revises=("a", "$41.7")),
      _row("b", "Write-offs of $41.7 million hit the quarter.", 41.7e6, "$41.7 million", "USD",
           "write-offs")], 3),
    # round numbers: a coincidence could repeat them, so nothing joins across quantities
    ([_row("a", SMALL, 40, "40", "nurses", "nurses"),
      _row("a", SMALL, 45, "45", "nurses", "nurses", revises=("a", "40")),
      _row("b", "The ward had 45 beds.", 45, "45", "beds", "beds")], None),
    # a count of other things that happens to give the same digits restates nothing: taxis in
    # a strike, pharmacies beside patients, cells beside inmates
    ([_row("a", STRIKE, 14350, "14,350", "strikers", "strikers"),
      _row("a", STRIKE, 12980, "12,980", "strikers", "strikers", revises=("a", "14,350")),
      _row("b", "The city licenses 12,980 taxis.", 12980, "12,980", "taxis", "taxis")], None),
    ([_row("a", CLINICS, 1240, "1,240", "patients", "patients"),
      _row("a", CLINICS, 1180, "1,180", "patients", "patients", revises=("a", "1,240")),
      _row("b", "The board registered 1,180 pharmacies.", 1180, "1,180", "pharmacies",
           "pharmacies")], None),
    ([_row("a", JAIL, 2530, "2,530", "people", "inmates"),
      _row("a", JAIL, 2410, "2,410", "people", "inmates", revises=("a", "2,530")),
      _row("b", "The new wing adds 2,410 cells.", 2410, "2,410", "cells", "cells")], None),
    # persons under another noun still restate a count of persons
    ([_row("a", JAIL, 2530, "2,530", "people", "inmates"),
      _row("a", JAIL, 2410, "2,410", "people", "inmates", revises=("a", "2,530")),
      _row("b", "Some 2,410 detainees share the blocks.", 2410, "2,410", "detainees",
           "detainees")], 3),
    ([_row("a", CLINICS, 1240, "1,240", "patients", "patients"),
      _row("a", CLINICS, 1180, "1,180", "patients", "patients", revises=("a", "1,240")),
      _row("b", "Some 1,180 residents still wait for care.", 1180, "1,180", "residents",
           "residents")], 3),
    # the same number in another unit is another figure (a sum is no count)
    ([_row("a", STRIKE, 14350, "14,350", "strikers", "strikers"),
      _row("a", STRIKE, 12980, "12,980", "strikers", "strikers", revises=("a", "14,350")),
      _row("b", "Each striker lost $14,350 in pay.", 14350, "$14,350", "USD", "pay")], None),
])
def test_a_stated_revision_takes_in_the_restatements_of_either_value(specs, revised) -> None:
    _assert_revised(specs, revised)


def _said_by(row: dict[str, Any], origin: str | None) -> dict[str, Any]:
    """A row whose origin is named (``origin``) or left to its article (None)."""
    return {**row, "source": origin or "the article", "origin": origin,
            "origin_basis": "named" if origin else "article"}


def _printed(row: dict[str, Any], day: str) -> dict[str, Any]:
    """A row of an article printed on ``day``."""
    return {**row, "reported": day}


BAKERS = "The bakery chain revised its count of bakers from 3,400 to 3,900."


@pytest.mark.parametrize("specs, revised", [
    # numbers of two significant digits: the text's own link is no coincidence, so figures
    # nobody is named for that give either number restate it
    ([_said_by(_row("a", BAKERS, 3400, "3,400", "bakers", "bakers"), "bakery chain"),
      _said_by(_row("a", BAKERS, 3900, "3,900", "bakers", "bakers", revises=("a", "3,400")),
               "bakery chain"),
      _said_by(_row("b", "Some 3,400 bakers worked the ovens in May.", 3400, "3,400", "bakers",
                    "bakers", where=("Leeds",)), None),
      _said_by(_row("c", "The chain now has 3,900 employees.", 3900, "3,900", "employees",
                    "employees"), None)], 4),
    # but another body giving the old number holds an estimate of its own
    ([_said_by(_row("a", BAKERS, 3400, "3,400", "bakers", "bakers"), "bakery chain"),
      _said_by(_row("a", BAKERS, 3900, "3,900", "bakers", "bakers", revises=("a", "3,400")),
               "bakery chain"),
      _said_by(_row("b", "The bakers' union put the staff at 3,400 bakers.", 3400, "3,400",
                    "bakers", "bakers", where=("Leeds",)), "bakers' union"),
      _said_by(_row("c", "The chain now has 3,900 employees.", 3900, "3,900", "employees",
                    "employees"), None)], 3),
    # and in an archive, an article of another story (printed years apart, its places none of
    # the reviser's) gives its own number, whoever says it
    ([_printed(_said_by(_row("a", BAKERS, 3400, "3,400", "bakers", "bakers", where=("Leeds",)),
                        "bakery chain"), "2027-05-02"),
      _printed(_said_by(_row("a", BAKERS, 3900, "3,900", "bakers", "bakers",
                             revises=("a", "3,400"), where=("Leeds",)), "bakery chain"),
               "2027-05-02"),
      _printed(_said_by(_row("c", "The chain now has 3,900 employees in Leeds.", 3900, "3,900",
                             "employees", "employees", where=("Leeds",)), None), "2027-05-20"),
      _printed(_said_by(_row("d", "Some 3,900 drivers joined the strike in Oslo.", 3900,
                             "3,900", "drivers", "drivers", where=("Oslo",)), None),
               "2031-09-14")], 3),
])
def test_a_stated_revision_of_fewer_digits_takes_in_only_unnamed_or_own_restatements(
        specs, revised) -> None:
    _assert_revised(specs, revised)


def _assert_revised(specs: list[dict[str, Any]], revised: int | None) -> None:
    rows = groups(*specs)
    across = [g for g in rows if g["parent"] is None and g["key"].count(">") == 2]
    if revised is None:
        assert not across
        return
    assert [(len(g["figures"]), g["verdict"]) for g in across] == [(revised, "revision")]


@pytest.mark.parametrize("restated_new, versions", [
    # each count restated in another sentence: a version of its own inside the revision
    (2, [2, 3]),
    # the corrected count printed in the revising sentence only: no version of it
    (0, [2]),
])
def test_a_revision_across_quantities_holds_its_restated_versions(restated_new: int,
                                                                  versions: list[int]) -> None:
    specs = [_row("a", STRIKE, 14350, "14,350", "strikers", "strikers"),
             _row("a", STRIKE, 12980, "12,980", "strikers", "strikers", revises=("a", "14,350")),
             _row("b", "Some 14,350 workers walked out at the Leeds depot.", 14350, "14,350",
                  "workers", "workers", where=("Leeds",))]
    specs += [_row(article, f"The stoppage drew 12,980 employees, outlet {article} said.", 12980,
                   "12,980", "employees", "employees") for article in "cd"[:restated_new]]
    rows = groups(*specs)
    revision = next(g for g in rows if g["parent"] is None and g["key"].count(">") == 2)
    inner = [g for g in rows if g["parent"] == revision["id"]]
    assert [len(g["figures"]) for g in inner] == versions
    assert all(g["verdict"] == "consistent" for g in inner)


def _claim(sentence: str, low: float, high: float | None = None,
           approx: str = "exact") -> Claim | None:
    figures, articles = corpus(figure("a", sentence, low, high, approx=approx, unit="arrests",
                                      counted="arrests", head="arrest"))
    row, text = figures[0], articles[0]["text"]
    return claim_of(row, text[row["sentence"][0]:row["sentence"][1]], 0, RESOLVE, frozenset())


@pytest.mark.parametrize("sentence, low, high, approx, member", [
    ("Police made 45 arrests.", 45, None, "exact", True),  # restates the old value
    ("Police made 58 arrests.", 58, None, "exact", True),  # restates the new one
    ("Police made between 40 and 60 arrests.", 40, 60, "range", False),  # holds both
    ("Police made more than 30 arrests.", 30, None, "more_than", False),  # reaches both
    ("Police made 90 arrests.", 90, None, "exact", False),  # neither
])
def test_a_stated_revision_holds_the_figures_that_restate_one_value_only(
        sentence: str, low: float, high: float | None, approx: str, member: bool) -> None:
    old, new = _claim("The count went from 45 to 58.", 45), _claim("It is now 58.", 58)
    other = _claim(sentence, low, high, approx)
    assert (other in restating_either([old, new, other], old, new)) is member
