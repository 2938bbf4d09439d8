"""A quantity's periods answer once whether any figure is a projected outcome, as a plain
mapping of periods would."""

from __future__ import annotations

import pytest

from store.conflicts.verdicts import (
    EVENT_PERIOD,
    PROJECTED_PERIOD,
    QuantityPeriods,
    projects,
)


@pytest.mark.parametrize(("periods", "expected"), [
    ({}, False),
    ({"a": "2031-04"}, False),
    ({"a": "2031-04", "b": None, "c": EVENT_PERIOD}, False),
    ({"a": "2031-04", "b": PROJECTED_PERIOD}, True),
    ({"a": PROJECTED_PERIOD}, True),
])
def test_a_quantity_s_periods_say_whether_one_is_projected(periods: dict, expected: bool) -> None:
    assert projects(QuantityPeriods(periods)) is expected
    assert projects(periods) is expected
    assert QuantityPeriods(periods) == periods  # still the mapping every rule reads
