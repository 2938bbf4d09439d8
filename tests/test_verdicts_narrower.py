"""Marks a rule gives only where the text shows what it says: no revision read between two
figures printed days apart that are each dated by its own words, or one of which names nobody;
no change read between two figures no words of their own date that nothing sets against each
other; no contradiction read between a named estimate and a lone value nobody is named for,
many times apart (``store.conflicts.verdicts``). Each row is invented; beside each rule, a row
the rule leaves as it was."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import UNJUDGED
from tests.test_estimates import build, deaths


def runners(article: str, sentence: str, value: float, origin: str | None, *,
            reported: str, basis: str = "reported", when: str | None = None,
            at: str | None = None) -> dict[str, Any]:
    """A count of runners who finished a marathon, dated by its own words (``basis``
    "stated", ``when``) or only by the day its article printed it."""
    row = deaths(article, sentence, value, origin=origin, counted="runners", unit="runners",
                 period_basis=basis, reported=reported, when=when or reported)
    # (a figure dated only by its article bears the article's month)
    row["when_basis"] = "sentence" if basis == "stated" else "article"
    row["when"] = when or reported[:7]
    if at:
        row["at"] = at
    return row


def undated(row: dict[str, Any]) -> dict[str, Any]:
    """The same figure with no date at all (its article gives none either)."""
    return {**row, "when": None, "when_basis": None}


def hurt(article: str, sentence: str, value: float, origin: str | None, *,
         reported: str) -> dict[str, Any]:
    """A count of what one event caused (people hurt when a grandstand collapsed)."""
    return deaths(article, sentence, value, origin=origin, counted="people injured",
                  unit="people", reported=reported,
                  basis="named" if origin else "article")


def verdicts(*rows: dict[str, Any]) -> set[str]:
    groups = build(*rows)
    assert all(g["verdict"] != UNJUDGED for g in groups)
    return {g["verdict"] for g in groups}


BOARD_MARCH = runners("a", "The marathon board said 4,200 runners finished in March.", 4200,
                      "marathon board", reported="2031-04-02", basis="stated", when="2031-03")
BOARD_MARCH_AGAIN = runners("b", "The marathon board said 5,900 runners finished in March.",
                            5900, "marathon board", reported="2031-04-20", basis="stated",
                            when="2031-03")


@pytest.mark.parametrize("rows, marked", [
    # one body's two values of one stated month, in two articles: nothing says it replaced
    # one with the other
    ([BOARD_MARCH, BOARD_MARCH_AGAIN], False),
    # a body's toll, then the officials' toll a week later; the first names nobody: the text
    # shows no body replacing its own count
    ([hurt("a", "The grandstand collapse hurt 190 people.", 190, None, reported="2031-05-03"),
      hurt("b", "The stadium authority said 590 people were hurt.", 590, "stadium authority",
           reported="2031-05-10"),
      hurt("c", "The stadium authority counted 590 people hurt.", 590, "stadium authority",
           reported="2031-05-12")], False),
    # the same body's two counts of the event, both naming it, within a few times of each
    # other: its count revised (kept)
    ([hurt("a", "The stadium authority said 190 people were hurt.", 190, "stadium authority",
           reported="2031-05-03"),
      hurt("b", "The stadium authority said 460 people were hurt.", 460, "stadium authority",
           reported="2031-05-10")], True),
])
def test_a_revision_is_read_only_where_one_named_body_replaced_its_count(
        rows: list[dict[str, Any]], marked: bool) -> None:
    assert ("revision" in verdicts(*rows)) == marked


@pytest.mark.parametrize("rows, changed", [
    # organisers' projection beside an outlet's count dated only by the day it was printed,
    # nothing setting one against the other: no change shown
    ([runners("a", "Organisers expect 15,000 runners.", 15000, "race organisers",
              reported="2031-04-02", basis="projected"),
      runners("b", "Some 4,200 runners took part.", 4200, None, reported="2031-04-20")], False),
    # one release's two values, nothing dating either: no move shown
    ([undated(runners("a", "The club registered 1,200 runners.", 1200, "athletics club",
                      reported="2031-04-02")),
      undated(runners("a", "The club has 6,000 runners on its books.", 6000, "athletics club",
                      reported="2031-04-02"))], False),
    # the later sentence sets its value against another: the text says it moved
    ([runners("a", "Organisers expect 15,000 runners.", 15000, "race organisers",
              reported="2031-04-02", basis="projected"),
      runners("b", "Entries are now down from 4,200 runners.", 4200, None,
              reported="2031-04-20", at="4,200")], True),
    # each value dated by its own words to its own year: a change
    ([runners("a", "In 2029 some 4,200 runners finished.", 4200, None, reported="2031-04-02",
              basis="stated", when="2029"),
      runners("b", "In 2030 some 12,600 runners finished.", 12600, None,
              reported="2031-05-20", basis="stated", when="2030")], True),
])
def test_a_change_is_read_only_where_the_text_dates_or_compares_the_figures(
        rows: list[dict[str, Any]], changed: bool) -> None:
    assert ("change_over_time" in verdicts(*rows)) == changed


@pytest.mark.parametrize("rows, contradiction", [
    # a value nobody is named for (printed twice), five times the organisers' count of that
    # day: another thing the key could not tell apart, no rival estimate
    ([runners("a", "The organisers said 1,200 runners finished.", 1200, "race organisers",
              reported="2031-04-02"),
      runners("b", "Some 6,000 runners finished.", 6000, None, reported="2031-04-02"),
      runners("c", "About 6,000 runners finished.", 6000, None, reported="2031-04-02")], False),
    # the value about twice the organisers': rivals (kept)
    ([runners("a", "The organisers said 1,200 runners finished.", 1200, "race organisers",
              reported="2031-04-02"),
      runners("b", "Some 2,600 runners finished.", 2600, None, reported="2031-04-02"),
      runners("c", "About 2,600 runners finished.", 2600, None, reported="2031-04-02")], True),
    # two named bodies five times apart: rivals
    ([runners("a", "The organisers said 1,200 runners finished.", 1200, "race organisers",
              reported="2031-04-02"),
      runners("b", "The athletics club said 6,000 runners finished.", 6000, "athletics club",
              reported="2031-04-02")], True),
    # a toll nobody is named for is the event's official count: against a hospital's count
    # five times apart it is a rival (an official count against a study's)
    ([hurt("a", "Greenfield Hospital said it treated 120 people.", 120, "Greenfield Hospital",
           reported="2031-05-03"),
      hurt("b", "The collapse hurt 600 people.", 600, None, reported="2031-05-03")], True),
])
def test_a_lone_value_far_from_a_named_estimate_is_no_rival(
        rows: list[dict[str, Any]], contradiction: bool) -> None:
    assert ("contradiction" in verdicts(*rows)) == contradiction

