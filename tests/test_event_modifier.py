"""An event noun that only modifies another noun ("storm forecasts") names no event that
happened; one that modifies what an event left or did ("storm damage") still does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "event"), [
    # a purpose, not a happening: the lead is about a budget, a season ticket, a depot
    ("The weather buoy cost 3 million euros, the coastguard said. It will sharpen storm "
     "forecasts for the harbour.", None),
    ("The town will spend 800,000 pounds on flood defences along the canal.", None),
    ("The bakery chain spent 40,000 dollars on fire safety training last year.", None),
    # what an event left or did keeps the event
    ("Storm damage to the pier will cost 2 million euros to repair, the council said.", "storm"),
    ("The ferry crash site was cleared after 14 passengers were hurt.", "crash"),
])
def test_an_event_noun_as_a_modifier(extract, text: str, event: str | None) -> None:
    figures = extract(text)
    assert figures
    assert {f.event for f in figures} == {event}
