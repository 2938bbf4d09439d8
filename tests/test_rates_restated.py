"""A sum of money said again in its article (``rates_said.sums_said_again``): the same amount in
the same currency as one the article gives per something is given per the same, whatever the
clause around the repeat names; counts and measures repeat as totals and keep no rate."""

from __future__ import annotations

import pytest

SAID_AGAIN = [
    # text, the figure (the last with that text), its unit
    ("The ferry raised its fare to R84 a crossing in May. Touts caught charging more than R84 "
     "will be fined.", "R84", "ZAR per crossing"),
    ("Entry to the Tarvo baths costs €14 a visitor. Families said €14 was too much for a swim.",
     "€14", "EUR per visitor"),
    # a sum given per two different things leaves its bare repeat alone
    ("The club charges €12 a member for the sauna. Guests pay €12 a visit. Nobody minds €12.",
     "€12", "EUR"),
    # a repeat set before a noun of another thing is that thing's sum
    ("Entry to the Tarvo baths costs €14 a visitor. Staff hand out a €14 fine for running.",
     "€14", "EUR"),
    # a count or a measure said again may be a total
    ("The buses carried 40 riders a trip in May. Only 40 riders came to the meeting.", "40",
     "riders"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), SAID_AGAIN)
def test_a_sum_said_again_is_per_what_it_was(extract, text: str, figure: str, unit: str) -> None:
    assert [f.unit for f in extract(text) if f.text == figure][-1] == unit
