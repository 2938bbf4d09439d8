"""An amount given per period and per one the sentence singles out ("for an average
household", "for a typical family", "one greyhound costs") is per that one and per the period;
an amount whose sentence singles out no one, or names one in another clause, is per the period
only. The examples are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HOLDER = [
    ("The new bus timetable will cost about R45 a month for an average household, the council "
     "said.", "R45", "ZAR per household per month"),
    ("For a typical household that is £12 a week, or about a fifth of the fare rise.", "£12",
     "GBP per household per week"),
    ("For an average family, the water board now estimates the saving at €30 a month.", "€30",
     "EUR per family per month"),
    ("The bakery guild puts the saving for an average member at €30 a month.", "€30",
     "EUR per member per month"),
    # a sum paid to each is per the period; the payment's noun says to whom
    ("The chess federation pays R900 a month to each coach.", "R900", "ZAR per month"),
    # a conversion in brackets restates the amount, per the same one
    ("Feeding one greyhound costs the shelter $14 (€13) a day.", "$14",
     "USD per greyhound per day"),
    ("Feeding one greyhound costs the shelter $14 (€13) a day.", "€13",
     "EUR per greyhound per day"),
    # a person named by who they are is a person
    ("Housing one inmate costs the county $96 a day.", "$96", "USD per person per day"),
    # no one singled out, or one in another clause
    ("The marathon raised $2m a day for the city, and $40m in all.", "$2m", "USD per day"),
    ("The council spends R45 a month on the park.", "R45", "ZAR per month"),
    ("The tram network carries 40,000 riders for each line, and the fare is €2 a day.", "€2",
     "EUR per day"),
    ("For an average household the rise is 4% this year, and the levy €80 a year.", "€80",
     "EUR per year"),
]


@pytest.mark.parametrize(("sentence", "number", "unit"), HOLDER)
def test_an_amount_per_period_for_one_singled_out(extract, sentence: str, number: str,
                                                  unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[number].unit == unit
