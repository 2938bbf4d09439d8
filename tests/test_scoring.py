"""The scorer's own rules: a counted phrase agrees with the gold's whatever the number of its
head noun, so a score measures the extractor and not the stemmer."""

from __future__ import annotations

import pytest

from tests.scoring import counted_agrees

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


@pytest.mark.parametrize(("predicted", "gold", "agrees"), AGREE)
def test_counted_agrees_across_singular_and_plural(predicted: str | None, gold: str,
                                                   agrees: bool) -> None:
    assert counted_agrees(predicted, gold) is agrees
