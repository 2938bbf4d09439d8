"""A figure set by a comparative against a reference figure after it ("130 km/h, well above the
100 km/h limit") is not that reference: it never borrows the reference's noun (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
AGAINST_A_REFERENCE = [
    ("The train was travelling at about 130 km/h, well above the 100 km/h limit on that "
     "stretch, the report said.", "130 km/h", "train speed"),
    ("The lorry was doing 90 mph, far above the 56 mph limit.", "90 mph", "speed"),
    ("The lorry was doing 90 mph, far above the 56 mph limit.", "56 mph", "limit"),
    ("The department spent $4.1 million, below the $5 million budget.", "$5 million", "budget"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), AGAINST_A_REFERENCE)
def test_a_figure_set_against_a_reference_is_not_the_reference(extract, sentence: str,
                                                               text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
