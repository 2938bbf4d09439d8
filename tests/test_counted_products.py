"""A plural proper noun counts people only when it names a people: an initialism in the plural
or a model under a maker's name counts those things (spaCy: slow). Each row is a sentence of
its own invention."""

from __future__ import annotations

import pytest

# text, figure, unit
ROWS = [
    ("As many as 8,000 Brisco Tundra SUVs may have a faulty latch, the dealer said.", "8,000",
     "vehicles"),
    ("The bakery chain bought 40 Hobart Legacy mixers and 12 ATMs.", "12", "atms"),
    ("The council bought 50 Marlow Transits for its fleet.", "50", "transits"),
    ("The hospital leased 6 MRIs from a supplier in March.", "6", "mris"),
    ("Police said 8,200 Pakistanis crossed the border on Tuesday.", "8,200", "people"),
    ("Some 3,000 Rohingya Muslims fled the camp overnight.", "3,000", "people"),
    ("About 40,000 Democrats voted early in the county.", "40,000", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), ROWS)
def test_plural_proper_nouns_count_people_only_when_a_people(
        extract, text: str, figure: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.unit == unit
