"""The unit of a count of persons named by who they are ([count_classes] of units.toml): the
guide's `people`, as for prisoners and detainees; and floor space by its symbol. The examples are
invented."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("The county jail held 412 inmates after the riot.", "412", "people"),
    ("Guards moved 35 inmates to the annex overnight.", "35", "people"),
    ("The island camp held 120 detainees.", "120", "people"),
    ("Rebels freed 18 prisoners at dawn.", "18", "people"),
    # a count of other persons by their work keeps its own class
    ("The strike left 40 nurses off the wards.", "40", "nurses"),
])
def test_persons_confined_are_counted_in_people(extract, sentence: str, text: str,
                                                unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("The school added 9,000 square feet of classrooms.", "9,000 square feet", "ft2"),
    ("Each pupil gets 30 sq ft of space per pupil.", "30 sq ft", "ft2 per pupil"),
])
def test_square_feet_are_written_by_their_symbol(extract, sentence: str, text: str,
                                                 unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit
