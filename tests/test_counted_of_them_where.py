""""N of them" after "X things in Y others": a count after "in", "over" or "across" says where
or over what the count before it was made, so "them" are the first count's things
(``store.extract.figures.continued._owner_of_where``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, number, counted", [
    ("In four seasons she scored 61 goals in 120 matches, 23 of them in the cup.", "23",
     "goals"),
    ("The inspectors found 85 faults over 14 bridges, 31 of them serious.", "31", "faults"),
    ("The charity ran 240 clinics across 9 provinces, 70 of them in the north.", "70",
     "clinics"),
    # no count of where between: "them" are the count just named
    ("The ferry carried 412 passengers, 40 of them children.", "40", "passengers"),
])
def test_them_are_the_things_of_the_count_not_of_where_it_was_made(
        extract, text: str, number: str, counted: str) -> None:
    found = [f for f in extract(text) if f.text == number]
    assert found and found[-1].counted == counted, [(f.text, f.counted) for f in found]
