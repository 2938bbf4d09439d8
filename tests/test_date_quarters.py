"""Quarters: a quarter is the month it ends in, apart from the quarters beside it and its year."""

from __future__ import annotations

import pytest

from store.extract.dates import resolve

SUMMER = "2031-08-20"
WINTER = "2031-01-12"


@pytest.mark.parametrize("expression, article, period", [
    # written with its year: that year's quarter, whenever the article appeared
    ("the third quarter of 2029", SUMMER, "2029-09"),
    ("Q1 2030", SUMMER, "2030-03"),
    ("the 4th quarter of 2030", WINTER, "2030-12"),
    ("the April-June quarter of 2029", SUMMER, "2029-06"),
    # without a year: of the article's year, ended or to come...
    ("the second quarter", SUMMER, "2031-06"),
    ("fourth-quarter", SUMMER, "2031-12"),
    ("the first quarter", "2031-11-23", "2031-03"),
    ("Q3", WINTER, "2031-09"),
    # ... unless it begins more than half a year after the article: the one just reported
    ("the fourth quarter", WINTER, "2030-12"),
    ("the July-September quarter", SUMMER, "2031-09"),
])
def test_a_quarter_is_the_month_it_ends_in(expression: str, article: str, period: str) -> None:
    assert resolve(expression, article) == period


@pytest.mark.parametrize("expression, period", [
    # three months that are no calendar quarter stay a span of the year
    ("the June-August quarter", "2031"),
    # quarters counted, not named, say no period
    ("the first three quarters", None),
    # a plain month or year is untouched
    ("in March 2030", "2030-03"),
    ("2029", "2029"),
])
def test_what_is_not_one_named_quarter(expression: str, period: str | None) -> None:
    assert resolve(expression, SUMMER) == period
