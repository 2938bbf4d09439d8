"""The scorer's own rules: a counted phrase agrees with the gold's whatever the number of its
head noun, so a score measures the extractor and not the stemmer."""

from __future__ import annotations

import pytest

from tests.scoring import _unit, counted_agrees

AGREE = [
    ("fare prices", "price of a return fare", True),
    ("price", "ticket prices in the spring", True),
    ("losses", "loss of the shipping firm", True),
    ("boxes", "box of relief goods", True),
    ("counties", "county affected by the floods", True),
    ("people injured", "injuries in the stampede", True),
    ("buses", "bus routes cut", True),
    ("processes", "process that were audited", True),
    ("status", "status of the claim", True),
    ("cases", "case of the disease", True),
    ("people killed", "deaths in the avalanche", False),
    ("tonnes", "grain exported by the port", False),
    (None, "boats in the fleet", False),
]


# the gold's unit of a count names its counted noun (the guide: "for counts, the counted noun's
# plural"); a measure, a currency or a share names none
BY_UNIT = [
    ("crossings", "boats allowed through the lock each day", "crossings per day", True),
    ("ferrymen", "crew kept ashore by the strike", "ferrymen", True),
    ("Harlow cyclists", "riders who finished the stage", "cyclists", True),
    ("tonnes", "grain exported by the port", "tonnes", False),
    ("krona", "fine on the ferry company", "SEK", False),
    ("turnout", "voters who cast a ballot", "percent", False),
    ("lorries", "vans stuck at the border", "vans", False),
]


@pytest.mark.parametrize(("predicted", "gold", "unit", "agrees"), BY_UNIT)
def test_counted_agrees_with_the_noun_the_gold_unit_of_a_count_names(
        predicted: str, gold: str, unit: str, agrees: bool) -> None:
    assert counted_agrees(predicted, gold, unit) is agrees


@pytest.mark.parametrize(("predicted", "gold", "agrees"), AGREE)
def test_counted_agrees_across_singular_and_plural(predicted: str | None, gold: str,
                                                   agrees: bool) -> None:
    assert counted_agrees(predicted, gold) is agrees


# one measure in two notations is one unit; another measure, or a count, is not
NOTATION = [
    ("hectares", "ha", True),
    ("bushels per hectare", "bushels per ha", True),
    ("tonnes per hectare", "t per ha", True),
    ("miles per hour", "mph", True),
    ("square miles", "mi2", True),
    ("feet", "ft", True),
    ("ft2", "sq ft", True),
    ("cubic metres", "m3", True),
    ("cubic metres per second", "m3 per second", True),
    ("km2", "square kilometres", True),
    ("litres per second", "l/s", True),
    ("cubic metres", "m2", False),
    ("km2", "km", False),
    ("megawatts", "MW", True),
    ("USD", "usd", False),
    ("hectares", "acres", False),
    ("tonnes", "tCO2", False),
    ("metres", "m2", False),
    ("GBP per pound", "GBP per kg", False),
    ("passengers per day", "passengers a day", True),
    ("movements per hour", "movements an hour", True),
    ("tonnes per day", "tonnes a week", False),
    ("a day", "per day", False),
]


@pytest.mark.parametrize(("predicted", "gold", "same"), NOTATION)
def test_a_measure_in_two_notations_is_one_unit(predicted: str, gold: str, same: bool) -> None:
    assert (_unit(predicted) == _unit(gold)) is same
