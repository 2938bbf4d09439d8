"""A bare count that points back at the count of the sentence before is the same quantity only
when it is of the same order of size (spaCy: slow). Each row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase (None: nothing names it)
MAGNITUDES = [
    ("The board said it had heard complaints from 9 of the 14 regional councils. The national "
     "count stood at 52,118,400 on the first results.", "52,118,400", None),
    ("Inspectors visited 12 of the 30 bottling plants in March. The count for the province "
     "stands at 4,810,200, the agency said.", "4,810,200", None),
    # a later value of the same count keeps the noun
    ("Some 300 refugees crossed the river on Monday. By evening the total stood at 4,000.",
     "4,000", "refugees crossed"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), MAGNITUDES)
def test_a_count_of_another_size_is_another_quantity(extract, text: str, figure: str,
                                                     counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
