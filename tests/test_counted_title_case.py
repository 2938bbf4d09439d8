"""A common noun opening its sentence, tagged a proper noun for its capital, is still the
quantity a verb of measure says it is ("Attendance stood at 41,200"); a name is not (spaCy:
slow). Each row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
OPENING_NOUN = [
    ("Attendance stood at 41,200, the league said.", "41,200", "Attendance"),
    ("Footfall reached 2.1 million in December.", "2.1 million", "Footfall"),
    ("Ridership fell to 18,000 a day in March.", "18,000", "Ridership"),
    ("Reuters reported 41,200 on Monday.", "41,200", None),
    ("Halden stood at 12,000 in 2020.", "12,000", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), OPENING_NOUN)
def test_an_opening_common_noun_is_measured(extract, text: str, figure: str,
                                            counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
