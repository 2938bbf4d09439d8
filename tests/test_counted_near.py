"""An adjective of nearness before "to" and a number ("the bill is close to £3m") says how near
the figure is, no state of what is counted: "close" is not "closed" (spaCy: slow). Each row is
a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
NEAR = [
    ("The ferry operator says the repair bill is close to £3m.", "£3m", "repair bill"),
    ("The club says the cost is close to £3m.", "£3m", "cost"),
    # a state said by the adjective still names the counted things
    ("The council said 140 families are eligible for the grant.", "140", "eligible families"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NEAR)
def test_nearness_to_a_number_is_no_state(extract, sentence: str, text: str,
                                          counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
