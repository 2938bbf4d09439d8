"""A body's count of what an event caused, given again weeks later wholly below its first
value with no word that it replaced it, is no revision the text leaves unstated
(``store.conflicts.verdicts._lowered_unsaid``): what an event caused is found as the days go
on, so a toll that falls without a word is far more often a part of the first than the toll
replaced. Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import REVISION
from tests.test_estimates import build, deaths


def treated(article: str, sentence: str, low: float, reported: str,
            revises: tuple[str, float] | None = None) -> dict[str, Any]:
    """Runners the marathon's medical team treated, as its organisers gave the count."""
    return deaths(article, sentence, low, origin="the race organisers", counted="runners",
                  unit="runners", reported=reported, revises=revises)


FIRST = ("a", "The race organisers said 40 runners were treated.", 40, "2031-06-02")
LOWER_LATER = ("b", "The organisers said 12 runners were treated.", 12, "2031-06-20")
HIGHER_LATER = ("b", "The organisers said 95 runners were treated.", 95, "2031-06-20")
# (within a few times the first: a value several times away, no word of it, is no revision of
# an event's count other than its toll of the dead: ``_a_toll``)
LOWER_NEXT_DAY = ("b", "The organisers said 15 runners were treated.", 15, "2031-06-03")
HIGHER_NEXT_DAY = ("b", "The organisers said 95 runners were treated.", 95, "2031-06-03")
LOWER_SAID = ("b", "The organisers cut the count of runners treated from 40 to 12.", 12,
              "2031-06-20", ("a", 40))


@pytest.mark.parametrize("figures, revised", [
    # raised weeks later, nothing says it replaced the first: the tally as it then stood
    # (``_printed_weeks_apart``), no revision either
    ([FIRST, HIGHER_LATER], False),
    # raised the next day: the body's count revised
    ([FIRST, HIGHER_NEXT_DAY], True),
    # lowered weeks later, nothing says it replaced the first: no revision
    ([FIRST, LOWER_LATER], False),
    # lowered the next day: the body correcting its count, a revision
    ([FIRST, LOWER_NEXT_DAY], True),
    # lowered weeks later, the text says it replaced the first: a revision
    ([FIRST, LOWER_SAID], True),
])
def test_an_event_count_lowered_weeks_later_without_a_word_is_no_revision(
        figures: list[tuple[Any, ...]], revised: bool) -> None:
    rows = build(*(treated(*figure) for figure in figures))
    assert any(g["verdict"] == REVISION for g in rows) is revised
