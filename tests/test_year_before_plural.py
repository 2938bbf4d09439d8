"""Four bare digits of a year after a determiner name that year's things ("the 2031 wines",
"its 2027 models"), even before a plural noun: news style writes a count of thousands with a
comma ("the 2,031 workers"), so they count nothing."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, number, figure", [
    ("The cooperative would keep its prices for the 2030 wines unchanged.", "2030", False),
    ("Dealers expect the 2027 models to cost more.", "2027", False),
    ("Their 2019 graduates earned more than any class before.", "2019", False),
    # a count with its comma, or a number outside the years, still counts
    ("The 2,031 workers at the plant walked out.", "2,031", True),
    ("The 1500 delegates voted on Monday.", "1500", True),
    ("About 1000 foreign fighters crossed the border.", "1000", True),
])
def test_a_year_after_a_determiner_counts_nothing(extract, text: str, number: str,
                                                  figure: bool) -> None:
    start = text.index(number)
    assert any(f.start <= start < f.end for f in extract(text)) == figure
