"""Date spans: the period both ends of "between X and Y" share, each end read in the right year."""

from __future__ import annotations

import pytest

from store.extract.dates import resolve

ARTICLE = "2024-10-16"


@pytest.mark.parametrize("expression, period", [
    # the first end takes the year the second names
    ("between January and September 2023", "2023"),
    ("January to September 2023", "2023"),
    ("January-September 2023", "2023"),
    ("December to March 2023", "2023"),
    # ends that share a month are that month
    ("between Sept. 8 and Sept. 14", "2024-09"),
    ("between 8 and 14 September 2023", "2023-09"),
    # no year anywhere: the article's year, or the one before for a later month
    ("between January and March", "2024"),
    ("between 2015 and 2017", "2017"),
])
def test_a_span_is_the_period_both_ends_share(expression: str, period: str) -> None:
    assert resolve(expression, ARTICLE) == period
