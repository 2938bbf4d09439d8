"""A figure another body sets the same thing at, its verb of setting left out after a semicolon
("put the damage at £130m; the union at £210m"), counts what the first figure counts, not the
body; a list of what is set keeps each its own noun (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
GAPPED_HOLDER = [
    ("Insurers put the damage at £130m; the union at £210m.", "£210m", "damage"),
    ("The chess federation puts the deficit at €300,000; the ministry at €450,000.", "€450,000",
     "deficit"),
    # what is set, each at its own figure
    ("The bakery puts the loss at €40,000; the repairs at €12,000.", "€12,000", "repairs"),
    ("Police put the dead at 12; the injured at 40.", "40", "injured"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GAPPED_HOLDER)
def test_another_holders_level_counts_what_the_first_does(extract, sentence: str, text: str,
                                                          counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
