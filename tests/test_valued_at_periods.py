"""A year that says at what prices a sum is valued ("at 2024 prices", "in 2015 dollars") is not
the period the sum describes (annotation guide: the period is the time the figure describes)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the price basis's year: the sum keeps the article's date
    ("The trust put the cost of repairing the school at £210m at 2024 prices.", "£210m",
     "2026-10-02"),
    ("The union put strikers' lost wages at about €3 million, based on the prices of the 2019 "
     "pay scale.", "€3 million", "2026-10-02"),
    ("The recall will cost the drugmaker $480 million in 2020 dollars, analysts said.",
     "$480 million", "2026-10-02"),
    # a year that dates the sum itself stays its period
    ("The bank earned €1.2 billion in 2024.", "€1.2 billion", "2024"),
    ("The party spent £4m on the 2022 campaign.", "£4m", "2022"),
    ("Prices rose 4% in 2023.", "4%", "2023"),
])
def test_the_year_of_a_price_basis_is_not_the_period(extract, text: str, figure: str,
                                                       period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period
