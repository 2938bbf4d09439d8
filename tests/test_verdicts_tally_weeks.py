"""A body's count of what an event caused, other than its death toll, given again more than a
week later with no word that it replaced the first, is the tally as it stood each day, a
change, not a revision the text leaves unstated (``store.conflicts.verdicts.
_tally_weeks_apart``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import CHANGE, REVISION
from tests.test_estimates import build, deaths


def counted(article: str, sentence: str, low: float, reported: str, *,
            what: str = "kayaks", revises: tuple[str, float] | None = None) -> dict[str, Any]:
    """What a regatta's storm did, as the harbour office gave the count."""
    return deaths(article, sentence, low, origin="harbour office", counted=what, unit=what,
                  reported=reported, revises=revises)


FIRST = ("a", "The harbour office said 40 kayaks were wrecked.", 40, "2031-08-04")
DAYS_LATER = ("b", "The harbour office said 55 kayaks were wrecked.", 55, "2031-08-09")
WEEKS_LATER = ("b", "The harbour office said 55 kayaks were wrecked.", 55, "2031-08-25")
WEEKS_LATER_SAID = ("b", "The harbour office raised its count of wrecked kayaks from 40 to 55.",
                    55, "2031-08-25")
DEAD_FIRST = ("a", "The harbour office said 4 sailors died.", 4, "2031-08-04")
DEAD_WEEKS_LATER = ("b", "The harbour office said 7 sailors died.", 7, "2031-08-25")


@pytest.mark.parametrize("figures, what, revised, changed", [
    # given again within a week: the body's count revised
    ([FIRST, DAYS_LATER], "kayaks", True, False),
    # weeks later, nothing says it replaced the first: the tally as it then stood
    ([FIRST, WEEKS_LATER], "kayaks", False, True),
    # weeks later, the text says it replaced the first: a revision
    ([FIRST, WEEKS_LATER_SAID], "kayaks", True, False),
    # a death toll raised weeks later is the toll revised as the dead are found
    ([DEAD_FIRST, DEAD_WEEKS_LATER], "deaths", True, False),
])
def test_an_event_tally_given_weeks_later_without_a_word_is_a_change(
        figures: list[tuple[Any, ...]], what: str, revised: bool, changed: bool) -> None:
    said = {"revises": ("a", 40)} if figures[-1] is WEEKS_LATER_SAID else {}
    rows = build(counted(*figures[0], what=what), counted(*figures[1], what=what, **said))
    verdicts = {g["verdict"] for g in rows}
    assert (REVISION in verdicts) is revised
    assert (CHANGE in verdicts) is changed
