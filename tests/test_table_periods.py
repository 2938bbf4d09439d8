"""A table cell's period: the date its column header or its row label names (spaCy: slow)."""

from __future__ import annotations

import pytest

BY_COLUMN = """Reservoir levels, as the water board published them:

| Reservoir | 4 Mar 2031 | 11 Mar 2031 |
|---|---|---|
| Pinewood | 44.2% | 41.7% |
| Ashcombe | 63.0% | 62.4% |
"""

BY_ROW = """Summary of the quarterly accounts:

| Quarter | Output, change on the quarter (%) | Jobs, change on the year (%) |
|---|---|---|
| Q4 2030 | 0.8 | 1.1 |
| Q1 2031 (first estimate) | -0.3 | 0.9 |
"""

NO_DATE = """Turnout by district:

| District | Turnout |
|---|---|
| Hollin Vale | 61.5% |
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, when", [
    (BY_COLUMN, "44.2%", "2031-03-04"),
    (BY_COLUMN, "41.7%", "2031-03-11"),
    (BY_COLUMN, "62.4%", "2031-03-11"),
    (BY_ROW, "0.8", "2030-12"),
    (BY_ROW, "1.1", "2030-12"),
    (BY_ROW, "0.9", "2031-03"),
])
def test_a_cell_takes_the_date_of_its_header_or_its_row(extract, text: str, figure: str,
                                                         when: str) -> None:
    found = [f for f in extract(text) if f.text == figure]
    assert [(f.when, f.period_basis) for f in found] == [(when, "stated")]


@pytest.mark.slow
def test_a_table_that_names_no_date_leaves_the_article_date(extract) -> None:
    found = [f for f in extract(NO_DATE) if f.text == "61.5%"]
    assert [(f.when, f.when_basis) for f in found] == [("2026-10-02", "article")]
