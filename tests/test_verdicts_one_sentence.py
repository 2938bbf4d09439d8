"""Two figures of one sentence that the sentence neither sets one against the other ("up from",
"against", "from X to Y") nor dates to two periods show no change over time, even when the
dates of their group leave their period unknown: "runs three ferries instead of eight" gives
two things side by side (``verdicts.judge``, ``shown``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.verdicts import CHANGE
from tests.test_estimates import build, deaths


def ferries(article: str, sentence: str, low: float, reported: str, when: str,
            basis: str = "reported", at: str | None = None) -> dict[str, Any]:
    """A count of ferries, dated only by its article's date or by its own words, written at
    ``at`` in its sentence."""
    row = deaths(article, sentence, low, origin="the harbour board", counted="ferries",
                 unit="ferries", period_basis=basis, reported=reported, when=when)
    row["when_basis"] = "article" if basis == "reported" else "phrase"
    if at:
        row["at"] = at
    return row


SIDE = "The harbour board said the line runs three ferries instead of eight."
DOWN_FROM = "The harbour board said the line runs three ferries, down from eight."
# a figure of another article dated to its day, beside an article known only to its month: the
# month's figures have no known period
DAY = ("b", "The harbour board counted five ferries on 2 May.", 5, "2031-05-03", "2031-05-02",
       "stated")


@pytest.mark.parametrize("sentence, expected", [
    (SIDE, []),  # side by side in one sentence: no change, and nothing else shows one
    (DOWN_FROM, [CHANGE]),  # the sentence sets the one against the other
])
def test_one_sentence_shows_a_change_only_when_it_tells_one(sentence: str,
                                                            expected: list[str]) -> None:
    rows = build(ferries("a", sentence, 3, "2031-05", "2031-05", at="three"),
                 ferries("a", sentence, 8, "2031-05", "2031-05", at="eight"), ferries(*DAY))
    assert [g["verdict"] for g in rows if g["parent"] is None] == expected


TABLE_ROW = "| North quay | 3 | 8 |"


def test_a_table_row_may_still_show_a_change() -> None:
    # a table's row is no sentence: its columns may date its cells apart
    rows = build(ferries("a", TABLE_ROW, 3, "2031-05", "2031-05", at="3"),
                 ferries("a", TABLE_ROW, 8, "2031-05", "2031-05", at="8"), ferries(*DAY))
    assert CHANGE in [g["verdict"] for g in rows if g["parent"] is None]
