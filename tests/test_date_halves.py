"""Halves of a year said without their year ("in the first half"): of the article's year, the way
"the first half of 2029" reads, so that one half's figure printed on two days is one period."""

from __future__ import annotations

import pytest

from store.extract.dates import resolve

SUMMER = "2031-08-20"
SPRING = "2031-04-02"


@pytest.mark.parametrize("expression, article, period", [
    # without a year: the article's year, as with one
    ("the first half", SUMMER, "2031"),
    ("first half", SPRING, "2031"),
    ("the first six months", SUMMER, "2031"),
    ("the first half of the year", SUMMER, "2031"),
    ("the first half of this year", "2031-11-30", "2031"),
    ("the 1st half", SUMMER, "2031"),
    ("the second half", "2031-10-01", "2031"),
    # with its year, or last year: as before
    ("the first half of 2029", SUMMER, "2029"),
    ("the first half of last year", SUMMER, "2030"),
])
def test_a_half_without_its_year_is_of_the_articles_year(expression: str, article: str,
                                                          period: str) -> None:
    assert resolve(expression, article) == period


@pytest.mark.parametrize("expression, article", [
    # the second half before it begins may be the one to come or last year's
    ("the second half", SPRING),
    # a half of a month, the last six months (a rolling window) or a bare "half" are no half-year
    ("the first half of the month", SUMMER),
    ("the last six months", SUMMER),
    ("the past six months", SUMMER),
    ("half", SUMMER),
])
def test_what_is_not_a_half_of_this_year(expression: str, article: str) -> None:
    assert resolve(expression, article) is None


ARTICLE_DAY = "2026-10-02"  # the conftest ``extract`` fixture's article date

SENTENCES = [
    ("The charity raised £2.4 million in the first half, its chief executive said.", "£2.4 million",
     "2026"),
    ("In the first six months, the union signed up 12,000 new members.", "12,000", "2026"),
    ("The drugmaker recalled 80,000 packs in the first half of the year.", "80,000", "2026"),
    # a sentence without a half keeps the article's date
    ("The drugmaker recalled 80,000 packs, the regulator said.", "80,000", ARTICLE_DAY),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", SENTENCES)
def test_a_figure_in_the_first_half_is_of_this_year(extract, text, figure, period) -> None:
    assert {f.text: f for f in extract(text)}[figure].when == period
