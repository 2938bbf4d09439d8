"""A bare number that is the subject of "be" counts the plural noun "be" makes it, not the whole
it is a part of nor the figure before it (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, unit
PARTS = [
    ("Of the 240 runners, 107 were men and 133 were women.", "107", "men", "people"),
    ("Of the 240 runners, 107 were men and 133 were women.", "133", "women", "people"),
    ("The club has 75 members; 40 are juniors and 35 are seniors.", "40", "juniors", "juniors"),
    ("The club has 75 members; 40 are juniors and 35 are seniors.", "35", "seniors", "seniors"),
    ("Of the 90 passengers on the ferry, 12 were children.", "12", "children", "people"),
    # the number has its own noun, or "be" gives no plural noun: nothing changes
    ("The bakery said 14 bakers were apprentices.", "14", "bakers", "bakers"),
    ("Of the 240 runners, 31 were injured.", "31", "runners injured", "runners"),
    # a part of a whole of the dead keeps the whole's word; "of whom" names the part
    ("Of the 40 dead, 12 were walkers.", "12", "dead", "deaths"),
    ("The dairy employs 30 people, of whom 9 are drivers.", "9", "drivers", "drivers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), PARTS)
def test_a_bare_number_counts_what_be_makes_it(extract, sentence: str, text: str, counted: str,
                                               unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)
