"""A bare number right before the passive of a verb of harming people, which the parser hangs on
the place named before "and", counts the people the verb befell, not the neighbour's dead
(spaCy: slow). Each row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
HARMED = [
    ("The ministry said 12 miners died at the Kopje Deep mine and 30 had been hurt.", "30",
     "people hurt"),
    ("The agency said 20 patients were infected at St Mary Hospital and nine were hospitalised.",
     "nine", "people hospitalised"),
    ("Six crew drowned off Cape Agulhas and 14 were rescued, the navy said.", "14",
     "people rescued"),
    ("Police said 14 protesters were killed near Tahrir Square and 40 were arrested.", "40",
     "people arrested"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), HARMED)
def test_a_number_before_a_passive_of_harm_counts_people(extract, text: str, figure: str,
                                                         counted: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert (found.counted, found.unit) == (counted, "people")
