"""A sum restated in another currency by "that is" in the next sentence is of the time of the
sum it restates (spaCy: slow). Each row is a text of its own invention; the ``extract`` fixture
reads texts as of 2026-10-02."""

from __future__ import annotations

import pytest

RESTATED = [
    # text, figure, period
    ("The price of rye rose to CHF 8.40 per kilo in March. That is €8.93 a kilo.", "€8.93",
     "2026-03"),
    ("The price of rye rose to CHF 8.40 per kilo in March, from CHF 7.10 in January. In euro "
     "terms that is about €8.93 a kilo.", "€8.93", "2026-03"),
    # no "that is", the same currency, or a sentence between: the article's day
    ("The price of rye rose to CHF 8.40 per kilo in March. Bread costs €8.93 a kilo.", "€8.93",
     "2026-10-02"),
    ("The price of rye rose to CHF 8.40 per kilo in March. That is CHF 1 more than spelt.",
     "CHF 1", "2026-10-02"),
    ("The price of rye rose to CHF 8.40 per kilo in March. Bakers were angry. That is €8.93 a "
     "kilo.", "€8.93", "2026-10-02"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "period"), RESTATED)
def test_a_sum_restated_by_that_is_keeps_the_time_of_the_sum(extract, text: str, figure: str,
                                                            period: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].period == period
