"""A bare count a container holds, seats or accommodates is its capacity (spaCy: slow). Each row
is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
CAPACITY = [
    ("The club drew 21,300 on average to a ground that holds 24,000.", "24,000",
     "ground capacity"),
    ("Villagers sheltered in the school, which holds 600, until dawn.", "600", "school capacity"),
    ("The new concert hall seats 1,900 and opens in March.", "1,900", "hall capacity"),
    ("The lifeboat can accommodate 150, the coastguard said.", "150", "lifeboat capacity"),
    # a place that houses people gives its room only with "can" or "built to"
    ("The shelter can hold 300, the mayor said.", "300", "shelter capacity"),
    ("The old prison, built to hold 800, is full.", "800", "prison capacity"),
    ("The prison was built to hold 800.", "800", "prison capacity"),
]

# sentence, figure: an owner that holds things, or a past event, is no container
NOT_CAPACITY = [
    ("Police held 40 after the march, a spokesman said.", "40"),
    ("The coalition holds 212 of the 400 seats in the chamber.", "212"),
    # what a record or an institution "holds" or "contains" is how many it has, not its room
    ("The register contains 8,400 and grows each month.", "8,400"),
    ("The museum archive holds 2,600 in its basement, and the library holds 90.", "2,600"),
    ("The museum archive holds 2,600 in its basement, and the library holds 90.", "90"),
    # who is in a place now is its occupancy, not its room
    ("The refugee camp now holds 42,000, aid workers said.", "42,000"),
    ("The county jail holds 1,150, more than double its design.", "1,150"),
    ("The field hospital still holds 90 after the storm.", "90"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CAPACITY)
def test_what_a_container_holds_is_its_capacity(extract, sentence: str, text: str,
                                                counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.counted_head) == (counted, "capacity")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_CAPACITY)
def test_an_owner_or_an_event_is_no_capacity(extract, sentence: str, text: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head != "capacity"
