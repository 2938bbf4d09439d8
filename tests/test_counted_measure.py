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


# sentence, figure, unit: a power with no noun of its own is a generating capacity
POWER = [
    ("Twelve wind farms had won 1,620 MW and nine solar parks 900 MW.", "1,620 MW", "MW"),
    ("The grid operator can connect only about 1,100MW more in the valley.", "1,100MW", "MW"),
    ("The brewery's co-operative won 45 megawatts in two projects.", "45 megawatts", "MW"),
]

# a power its clause says is demand keeps that noun
POWER_OF_ITS_OWN = [
    ("Demand peaked at 41.2 GW on Tuesday.", "41.2 GW", "Demand"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), POWER)
def test_a_power_with_no_noun_is_a_capacity(extract, sentence: str, text: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == "capacity"
    assert fig.unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), POWER_OF_ITS_OWN)
def test_a_power_said_of_a_noun_keeps_it(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
