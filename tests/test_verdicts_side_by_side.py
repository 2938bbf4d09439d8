"""A comparison word alone sets two figures of one sentence side by side (two places, groups or
parts on one day), not one quantity at two times: their difference is no change over time.
Words of time after the compared value, or a word of movement ("up from"), still state one."""

from __future__ import annotations

import pytest

from store.conflicts.keys import compares_times
from tests.test_conflicts import figure, groups

KIOSKS = {"unit": "kiosks", "counted": "kiosks", "head": "kiosk"}


def _pair(sentence: str, basis: str | None) -> list[dict]:
    """The two figures of one sentence, 410 and 130, both of June 2030 (dated by their article
    when ``basis`` says so, else by their own words)."""
    first = figure("a", sentence, 410, when="2030-06", at="410", **KIOSKS)
    second = figure("a", sentence, 130, when="2030-06", at="130", **KIOSKS)
    if basis:
        first["when_basis"] = second["when_basis"] = basis
    return groups(first, second)


@pytest.mark.parametrize("sentence, verdicts", [
    # two places on one day, set side by side: no change, and nothing makes them agree
    ("The east had 410 kiosks open, against 130 in the west.", []),
    ("The east had 410 kiosks open, compared with 130 in the west.", []),
    ("The east had 410 kiosks open, versus 130 in the river towns.", []),
    # a word of time after the compared value: the sentence compares two times
    ("The east had 410 kiosks open, against 130 at the end of May.", ["change_over_time"]),
    ("The east had 410 kiosks open, against 130 a year earlier.", ["change_over_time"]),
    ("The east had 410 kiosks open, compared with 130 in 2028.", ["change_over_time"]),
    ("The east had 410 kiosks open, against 130 on the first day of the drought.",
     ["change_over_time"]),
    # a word of movement states a change by itself
    ("The east had 410 kiosks open, up from 130.", ["change_over_time"]),
])
def test_comparison_word_alone_states_no_change(sentence: str, verdicts: list[str]) -> None:
    rows = _pair(sentence, "article")
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


def test_a_later_comparison_of_a_sentence_that_compares_times_is_one_too() -> None:
    """ "..., against 130 at the end of May, and 90 kiosks shut, compared with 40": the second
    comparison leaves its time unsaid, and means the sentence's two times."""
    sentence = ("The east had 410 kiosks open, against 130 at the end of May, and 90 kiosks "
                "shut, compared with 40, the council said.")
    rows = groups(
        {**figure("a", sentence, 90, when="2030-06", at="90", **KIOSKS), "when_basis": "article"},
        {**figure("a", sentence, 40, when="2030-06", at="40", **KIOSKS), "when_basis": "article"},
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["change_over_time"]


@pytest.mark.parametrize("sentence, timed", [
    ("Sales reached 410, against 130 in the west.", False),
    ("Sales reached 410, against 130 in the west, a clerk said last year.", False),
    ("Sales reached 410 last spring, compared with 130 in the west.", False),
    ("Sales reached 410, against 130 last spring.", True),
    ("Sales reached 410, against 130 in the decade before.", True),
    ("Sales reached 410, against 130 in 2027.", True),
    ("Sales reached 410, against 130 on Tuesday.", True),
    ("Sales reached 410, more than the 130 of a year earlier.", True),
    ("Sales reached 410, against 130 in the west. Last year they fell.", False),
])
def test_words_of_time_after_a_comparison(sentence: str, timed: bool) -> None:
    assert compares_times(sentence) is timed
