"""A length followed by the word of its dimension ("30 metres across", "340 metres in
diameter", "3.2 km in length") measures that dimension (spaCy: slow). Each row is a text of its
own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
DIMENSION = [
    ("The sinkhole, about 30 metres across, swallowed two cars.", "30 metres", "diameter"),
    ("Astronomers said the asteroid is 340 metres in diameter.", "340 metres", "diameter"),
    ("The crater is 2 km across and 300 metres deep.", "2 km", "diameter"),
    ("The new runway will be 3.2 km in length.", "3.2 km", "length"),
    ("The flood wall is 4 metres in height along the quay.", "4 metres", "height"),
    ("The fleet sailed 40 km across the bay.", "40 km", None),
    # an adverb of direction, or a compass point after "to the", names a distance
    ("The water board will pump the river water 90 km (56 miles) inland.", "90 km", "distance"),
    ("The ferry was bound for the island, some 60 nautical miles to the south, the crew said.",
     "60 nautical miles", "distance"),
    ("The club will move its 400 members to a new ground 4 km to the north-east.", "4 km",
     "distance"),
    ("The wind farm will stand 25 km offshore, the marathon organisers heard.", "25 km",
     "distance"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), DIMENSION)
def test_a_length_measures_its_dimension_word(extract, text: str, figure: str,
                                              counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
