"""A noun numbered as its kind ("class 10 pupils", "grade 8 pupils") keeps its number in what
is counted: two numbered kinds are two quantities (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
NUMBERED = [
    ("In the state exams, 91% of class 10 pupils passed, against 87% of class 12 pupils.", "91%",
     "class 10 pupils"),
    ("Only 87% of class 12 pupils passed the state exams.", "87%", "class 12 pupils"),
    ("About 4,000 grade 8 pupils sat the test.", "4,000", "grade 8 pupils"),
    ("The ferry firm runs 14 route 9 boats in summer.", "14", "route 9 boats"),
    # a number that names no kind of its noun stays out ("Boeing 737 jets" is a model's name)
    ("Some 300 pupils sat 12 tests in May.", "300", "pupils"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NUMBERED)
def test_a_numbered_kind_keeps_its_number(extract, sentence: str, text: str,
                                          counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
