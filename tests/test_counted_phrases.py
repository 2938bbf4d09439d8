"""How the counted phrase is written: a modifier a hyphen joins to another word keeps it (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted
HYPHENATED = [
    ("Rescuers reached 40 flood-hit villages by nightfall.", "40", "flood-hit villages"),
    ("The ministry will sell 30 state-owned firms next year.", "30", "state-owned firms"),
    ("Teachers visited 85 storm-damaged schools.", "85", "storm-damaged schools"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), HYPHENATED)
def test_a_hyphenated_modifier_is_written_whole(extract, text: str, number: str,
                                                counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted
