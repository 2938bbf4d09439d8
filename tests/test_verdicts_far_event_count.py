"""An event's count other than its toll of the dead, given by one origin (or, days later, by
nobody) at values several times apart with no word that one replaced the other, is no revision:
such values are far more often two things the key could not tell apart than one count quietly
replaced (``store.conflicts.verdicts._a_toll``, ``store.conflicts.revised_far``). A toll of the
dead stays a revision at any factor, and so does a count the text says was replaced. Each row is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import REVISION
from tests.test_estimates import build, deaths


def counted(article: str, sentence: str, low: float, reported: str, what: str,
            origin: str | None = "harbour office",
            revises: tuple[str, float] | None = None) -> dict[str, Any]:
    """What a regatta's squall did, as the harbour office (or nobody) gave the count."""
    return deaths(article, sentence, low, origin=origin, counted=what, unit=what,
                  reported=reported, revises=revises)


KAYAKS = ("a", "The harbour office said 12 kayaks were wrecked.", 12, "2031-08-04", "kayaks")
KAYAKS_NEAR = ("b", "The harbour office said 15 kayaks were wrecked.", 15, "2031-08-06",
               "kayaks")
KAYAKS_FAR = ("b", "The harbour office said 300 kayaks were wrecked.", 300, "2031-08-06",
              "kayaks")
KAYAKS_FAR_SAID = ("b", "The harbour office raised its count of wrecked kayaks from 12 to 300.",
                   300, "2031-08-06", "kayaks", "harbour office", ("a", 12))
KAYAKS_FAR_UNNAMED = ("b", "In all, 300 kayaks were wrecked.", 300, "2031-08-06", "kayaks",
                      None)
SAILORS = ("a", "The harbour office said 2 sailors died.", 2, "2031-08-04", "deaths")
SAILORS_FAR = ("b", "The harbour office said 30 sailors died.", 30, "2031-08-06", "deaths")


@pytest.mark.parametrize("figures, revised", [
    # a little apart, two days later: the office's count revised
    ([KAYAKS, KAYAKS_NEAR], True),
    # twenty-five times apart, no word of it: no revision
    ([KAYAKS, KAYAKS_FAR], False),
    # the text says the count was replaced: a revision at any factor
    ([KAYAKS, KAYAKS_FAR_SAID], True),
    # the later count names nobody: no count grown or revised at that factor either
    ([KAYAKS, KAYAKS_FAR_UNNAMED], False),
    # a toll of the dead rises by any factor as the dead are found: a revision
    ([SAILORS, SAILORS_FAR], True),
])
def test_an_event_count_far_from_the_first_is_revised_only_when_a_toll_or_said(
        figures: list[tuple[Any, ...]], revised: bool) -> None:
    rows = build(*(counted(*figure) for figure in figures))
    assert any(g["verdict"] == REVISION for g in rows) is revised, rows
