"""The first day of two that share a month ("the frost of 12 and 13 May") is part of a date,
not a figure (annotation guide: figures are numbers that matter; a date is none)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, number, figure", [
    ("Workers walked out on 12 and 13 May over pay.", "12", False),
    ("The poll, carried out on 29 or 30 September, asked voters about the levy.", "29", False),
    ("The recall of the batch followed inspections on 3 and 4 March.", "3", False),
    ("The court sat on 21st and 22nd June to hear the case.", "21st", False),
    # a count before "and" with no month after keeps its figure; so does one with a unit
    ("Police arrested 12 and released 13 on Monday.", "12", True),
    ("Turnout was 12 percent and 13 percent in May.", "12 percent", True),
])
def test_the_first_of_two_days_of_a_month_is_no_figure(extract, text: str, number: str,
                                                        figure: bool) -> None:
    start = text.index(number)
    found = [f for f in extract(text) if f.start <= start < f.end]
    assert bool(found) == figure
