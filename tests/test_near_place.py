""""near" after a noun, before a count, says where ("roads near 3 schools"): the count is
exact; before a level or a crowd it is "about". The examples are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

NEAR = [
    ("The storm closed roads near 3 bakeries in the valley.", "3", "exact"),
    ("Marshals found 40 bicycles near 2 checkpoints after the marathon.", "2", "exact"),
    ("Near 2,000 runners started the marathon.", "2,000", "about"),
    ("The chess federation's rating list stood near 300 entries.", "300", "about"),
    ("The krona traded near 11.4 on Friday.", "11.4", "about"),
]


@pytest.mark.parametrize(("sentence", "number", "approx"), NEAR)
def test_near_after_a_noun_says_where(extract, sentence: str, number: str, approx: str) -> None:
    assert {f.text: f for f in extract(sentence)}[number].approx == approx


EGYPTIAN = [
    ("The Cairo bakers' union paid £E 900 in court fees.", "£E 900", "EGP"),
    ("The co-op paid £E4 billion for the mills.", "£E4 billion", "EGP"),
]


@pytest.mark.parametrize(("sentence", "number", "unit"), EGYPTIAN)
def test_the_egyptian_pound_written_after_its_sign(extract, sentence: str, number: str,
                                                  unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[number].unit == unit
