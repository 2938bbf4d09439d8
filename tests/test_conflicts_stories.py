"""Figures of events told by unrelated stories in one store are not one quantity."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.stories import day_of
from tests.test_conflicts import figure, groups

KILLED = {"unit": "people", "counted": "people killed", "head": "people"}


def _of_event(day: str, row: dict[str, Any], where: tuple[str, ...] = (),
              event: str = "crash") -> dict[str, Any]:
    """A toll of a bounded event, dated only by its article printed on ``day``."""
    return {**row, "when": day, "when_basis": "article", "reported": day, "period": None,
            "period_basis": "event", "where": list(where),
            "where_basis": "article" if where else None, "event": event}


@pytest.mark.parametrize("first, second, where_a, where_b, one_story, events", [
    # a coach crash in spring and a tram derailment in autumn, nothing named in common: two
    # stories, two quantities, no verdict between them
    ("2031-04-02", "2031-09-20", ("Nolvaria",), ("Estrand",), False, ("crash", "derailment")),
    # ... though both call it a crash: a common noun names no one event
    ("2031-04-02", "2031-09-20", (), (), False, ("crash", "crash")),
    # both name the event by its own name: one story, told again months later
    ("2031-04-02", "2031-09-20", (), (), True, ("Orlen Pass crash", "Orlen Pass crash")),
    # the same months apart, but both articles name the same valley: one story told late
    ("2031-04-02", "2031-09-20", ("Kessel Valley",), ("Kessel Valley",), True,
     ("crash", "crash")),
    # a week apart: one running story, whatever places each names
    ("2031-04-02", "2031-04-09", ("Nolvaria",), ("Estrand",), True, ("crash", "crash")),
    # seven weeks apart: a story that runs for months
    ("2031-04-02", "2031-05-20", (), (), True, ("crash", "crash")),
])
def test_event_tolls_of_stories_far_apart(first: str, second: str, where_a: tuple[str, ...],
                                          where_b: tuple[str, ...], one_story: bool,
                                          events: tuple[str, str]) -> None:
    rows = groups(
        _of_event(first, figure("a", "The coach crash killed 30 people.", 30, **KILLED),
                  where_a, events[0]),
        _of_event(second, figure("b", "The derailment killed 45 people.", 45, **KILLED),
                  where_b, events[1]),
    )
    verdicts = [g["verdict"] for g in rows if g["parent"] is None]
    assert verdicts == (["contradiction"] if one_story else [])


@pytest.mark.parametrize("reported, expected", [
    ("2031-04-02", (2031, 4, 2)),
    ("2031-04", (2031, 4, 1)),
    ("2031", (2031, 1, 1)),
    (None, None),
    ("undated", None),
])
def test_article_day(reported: str | None, expected: tuple[int, int, int] | None) -> None:
    found = day_of(reported)
    assert (found and (found.year, found.month, found.day)) == expected
