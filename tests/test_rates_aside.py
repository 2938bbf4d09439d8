"""An amount given per something, restated in another currency as an aside after its rate, is
given per the same; a sum set after it that is no restatement keeps no borrowed rate of its own
making (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
ASIDES = [
    ("Walkers spent €210 a day last spring, about £180, up from €190.", "£180", "GBP per day"),
    ("The hostel charged 640 rand a night over the festival, or roughly €31, the owner said.",
     "€31", "EUR per night"),
    ("Pickers earn 95 zloty a day in the orchards (about €22), the survey found.", "€22",
     "EUR per day"),
]

# no aside: the rate-bearing amount is followed by another currency's amount that is not its
# restatement, or by nothing at all
NOT_ASIDES = [
    ("Walkers spent €210, about £180, up from €190.", "£180", "GBP"),
    ("At 20 rand to the euro, the fund of 300 million rand is about €15 million.", "€15 million",
     "EUR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [*ASIDES, *NOT_ASIDES])
def test_an_aside_restating_an_amount_shares_its_rate(extract, sentence: str, text: str,
                                                      unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit
