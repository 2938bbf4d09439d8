"""Numbered weeks: a week by its ISO 8601 number is its last day (Sunday)."""

from __future__ import annotations

import pytest

from store.extract.dates import resolve

SPRING = "2031-04-16"
WINTER = "2031-01-12"


@pytest.mark.parametrize("expression, article, period", [
    # without a year: the article's year's week of that number
    ("week 14", SPRING, "2031-04-06"),
    ("week 1", SPRING, "2031-01-05"),
    # with its year: that year's week
    ("week 9 of 2029", SPRING, "2029-03-04"),
    # a week that would end more than half a year after the article: last year's
    ("week 51", WINTER, "2030-12-22"),
    # no such week, or weeks counted, not named: no period
    ("week 53", SPRING, None),
    ("the week", SPRING, None),
])
def test_a_numbered_week_is_its_last_day(expression: str, article: str,
                                         period: str | None) -> None:
    assert resolve(expression, article) == period
