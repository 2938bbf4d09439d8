"""Numbers that are part of a date, not figures (annotation guide: figures are numbers that
matter; a date is none): the first of two days that share a month ("the frost of 12 and 13
May"), and four bare digits of a year after a determiner ("the 2031 wines": news style writes
a count of thousands with a comma, "the 2,031 workers")."""

from __future__ import annotations

import pytest

DAY_PAIRS = [
    ("Workers walked out on 12 and 13 May over pay.", "12", False),
    ("The poll, carried out on 29 or 30 September, asked voters about the levy.", "29", False),
    ("The recall of the batch followed inspections on 3 and 4 March.", "3", False),
    ("The court sat on 21st and 22nd June to hear the case.", "21st", False),
    # a count before "and" with no month after keeps its figure; so does one with a unit
    ("Police arrested 12 and released 13 on Monday.", "12", True),
    ("Turnout was 12 percent and 13 percent in May.", "12 percent", True),
]

YEARS_BEFORE_PLURALS = [
    ("The cooperative would keep its prices for the 2030 wines unchanged.", "2030", False),
    ("Dealers expect the 2027 models to cost more.", "2027", False),
    ("Their 2019 graduates earned more than any class before.", "2019", False),
    # a count with its comma, or a number outside the years, still counts
    ("The 2,031 workers at the plant walked out.", "2,031", True),
    ("The 1500 delegates voted on Monday.", "1500", True),
    ("About 1000 foreign fighters crossed the border.", "1000", True),
    # a count of people after "the": a year names none of them, unless the article writes its
    # thousands with a comma, where bare digits are a year
    ("The 2000 nurses at the hospital went on strike.", "2000", True),
    ("The union said the 1950 members of its branch would vote.", "1950", True),
    ("The 2026 season opens in May.", "2026", False),
    ("Some 3,400 staff kept their 2025 bonuses after the audit.", "2025", False),
    # the article's comma is looked up once and holds for each number after it
    ("The 1,250 drivers kept their 2024 contracts and their 2023 pensions.", "2023", False),
    ("The 1,250 drivers kept their 2024 contracts and their 2023 pensions.", "2024", False),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, number, figure", DAY_PAIRS + YEARS_BEFORE_PLURALS)
def test_a_number_of_a_date_is_no_figure(extract, text, number, figure) -> None:
    start = text.index(number)
    assert any(f.start <= start < f.end for f in extract(text)) == figure
