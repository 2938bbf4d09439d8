"""A figure inside its clause's subject phrase ("the revision of the headcount from 14,200 to
13,900 was routine") is no measure of that subject: the verb says nothing of it (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: nothing names what it counts)
INSIDE = [
    ("The revision of the headcount from 14,200 to 13,900 was routine, the agency said.",
     "13,900", None),
    ("The correction of the tally from 3,100 to 2,950 was a clerical matter, the commission "
     "said.", "3,100", None),
    # a figure the subject is "of" is what the subject names
    ("The gap of 2.4 million was too wide to explain, the auditor said.", "2.4 million", "gap"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), INSIDE)
def test_a_figure_inside_the_subject_is_no_measure_of_it(extract, sentence: str, text: str,
                                                          counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
