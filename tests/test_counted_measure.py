"""What a figure in a unit defined by a thing counts when its clause names nothing (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: a TEU is a container's measure
NAMED_BY_UNIT = [
    ("Some 48,000 TEU were waiting on the quay for trucks, the port said.", "48,000 TEU",
     "containers"),
    ("The Harwell terminal handled 2.2 million TEU in the last financial year.",
     "2.2 million TEU", "containers"),
    ("About 61,000 TEU remained stuck in the yard on Friday.", "61,000 TEU", "containers"),
    # the symbol, in capitals, is a measure and never the counted noun itself
    ("The depot handled 9,700 TEU in June, down 8.3% from 10,200 TEU in June 2025, as crews "
     "cleared the yard.", "10,200 TEU", "containers"),
    ("The dry port moved 3,100 TEU in March, up from 2,900 TEU in March 2025.", "2,900 TEU",
     "containers"),
]

# a noun of its own says more than the unit
NAMED_BY_ITSELF = [
    ("The port raised its container throughput to 1.9 million TEU last year.", "1.9 million TEU",
     "container throughput"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*NAMED_BY_UNIT, *NAMED_BY_ITSELF])
def test_a_unit_defined_by_a_thing_names_what_is_counted(extract, sentence: str, text: str,
                                                         counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
    assert fig.unit == "TEU"
    if counted == "containers":  # the singular the data gives, as the counted noun's lemma
        assert fig.counted_head == "container"

