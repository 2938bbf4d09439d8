"""One sentence that gives a quantity at two times its own words date is a series."""

from __future__ import annotations

import pytest

from tests.test_conflicts import figure, groups

LOAVES = {"unit": "loaves", "counted": "loaves", "head": "loaf"}


@pytest.mark.parametrize("sentence, values, whens, verdicts", [
    # two years, one sentence: the quantity at two times, a change
    ("The bakery sold 48,000 loaves in 2030 and 31,000 the year before.", (48000, 31000),
     ("2030", "2029"), ["change_over_time"]),
    # two months of one year
    ("The bakery sold 4,100 loaves in May and 3,600 in April.", (4100, 3600),
     ("2030-05", "2030-04"), ["change_over_time"]),
    # a month inside the year: perhaps a part of the year's figure, no second time
    ("The bakery sold 48,000 loaves in 2030, 9,000 of them in March.", (48000, 9000),
     ("2030", "2030-03"), []),
    # one period: a part and its whole, side by side on purpose
    ("The bakery sold 48,000 loaves in 2030, 9,000 of them rye.", (48000, 9000),
     ("2030", "2030"), []),
])
def test_one_sentence_dated_to_two_periods(sentence: str, values: tuple[float, float],
                                           whens: tuple[str, str], verdicts: list[str]) -> None:
    first, second = values
    rows = groups(
        figure("a", sentence, first, when=whens[0], at=f"{first:,.0f}", **LOAVES),
        figure("a", sentence, second, when=whens[1], at=f"{second:,.0f}", **LOAVES),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


def test_one_sentence_dated_apart_is_no_contradiction_beside_another_article() -> None:
    """Two periods of one sentence beside a third figure: the series changes, and nothing
    sets the sentence's two figures against each other as rivals."""
    sentence = "The bakery sold 48,000 loaves in 2030 and 31,000 the year before."
    rows = groups(
        figure("a", sentence, 48000, when="2030", at="48,000", **LOAVES),
        figure("a", sentence, 31000, when="2029", at="31,000", **LOAVES),
        figure("b", "Its 2030 sales reached 48,000 loaves.", 48000, when="2030", **LOAVES),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["change_over_time"]
    assert "contradiction" not in {g["verdict"] for g in rows}
