"""A forecast's period is what it forecasts, not when it was made (spaCy: slow)."""

from __future__ import annotations

import pytest

ARTICLE = "2031-09-18"


@pytest.fixture(scope="module")
def extract():
    from store.extract.figures import extract_figures
    from store.extract.nlp import load_nlp

    nlp = load_nlp()
    return lambda text: extract_figures(nlp(text), article_date=ARTICLE)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # the year it forecasts, not the week or the month it was made
    ("The Monetary Authority cut its 2032 forecast for Veloria to 2.2% last week, from 2.9% "
     "in May.", "2.2%", "2032"),
    ("The Monetary Authority cut its 2032 forecast for Veloria to 2.2% last week, from 2.9% "
     "in May.", "2.9%", "2032"),
    ("Caldera Bank raised its growth forecast on Monday from 1.2% to 1.6%.", "1.6%", "2031"),
    # a forecast that names only the month it was made is of that month's year
    ("The Monetary Authority, in its July update, expects 2.2%.", "2.2%", "2031"),
    # a quarter it forecasts stays
    ("The bank expects inflation to average 5.1 percent in the fourth quarter.", "5.1 percent",
     "2031-12"),
])
def test_a_forecast_is_of_the_period_it_forecasts(extract, sentence: str, figure: str,
                                                  when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [(f.when, f.period_basis) for f in found] == [(when, "stated")]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # a measured figure beside the word "forecasts" keeps its month
    ("Inflation reached 6.3% in August, above forecasts.", "6.3%", "2031-08"),
    ("The economy grew 0.9% in the second quarter, beating forecasts.", "0.9%", "2031-06"),
])
def test_a_figure_that_is_no_forecast_keeps_its_date(extract, sentence: str, figure: str,
                                                     when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [f.when for f in found] == [when]
