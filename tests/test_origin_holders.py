"""Which named estimates of a period hold a value, asked of all of them at once (``Holders``):
the same answer as asking each estimate's ranges in turn (``Ranges.holds``), whatever the number
of origins, so that a period with thousands of origins costs a bisection per figure."""

from __future__ import annotations

import random

import pytest

from store.conflicts.origins import Holders, Ranges


def _one_by_one(ranges: list[tuple[str, tuple[float, float]]],
                value: tuple[float, float]) -> list[str]:
    by_origin: dict[str, list[tuple[float, float]]] = {}
    for origin, interval in ranges:
        by_origin.setdefault(origin, []).append(interval)
    return sorted(o for o, own in by_origin.items() if Ranges(own).holds(value))


def _same(found: list[str], expected: list[str]) -> bool:
    """One holder named exactly, none as none, several as at least two of them."""
    if len(expected) <= 1:
        return found == expected
    return len(found) >= 2 and set(found) <= set(expected)


RANGES = [("ministry", (100.0, 120.0)), ("agency", (300.0, 300.0)),
          ("ministry", (500.0, 520.0)), ("league", (110.0, 130.0))]


@pytest.mark.parametrize(("value", "expected"), [
    ((105.0, 106.0), ["ministry"]),
    ((115.0, 116.0), ["league", "ministry"]),  # inside two origins' ranges
    ((125.0, 126.0), ["league"]),
    ((300.0, 300.0), ["agency"]),  # a point: held only by a range equal to it
    ((120.0, 121.0), ["league"]),  # touching the ministry's edge is not holding
    ((90.0, 100.0), []),  # ends where a range starts
    ((510.0, 510.0), ["ministry"]),  # a point inside a range
    ((505.0, 600.0), ["ministry"]),
    ((0.0, 1000.0), ["agency", "league", "ministry"]),
])
def test_the_holders_of_a_value(value: tuple[float, float], expected: list[str]) -> None:
    assert _one_by_one(RANGES, value) == expected
    assert _same(Holders(RANGES).holding(value), expected)


@pytest.mark.parametrize("seed", range(5))
def test_the_holders_agree_with_each_estimate_asked_in_turn(seed: int) -> None:
    rng = random.Random(seed)
    origins = [f"origin {n}" for n in range(rng.choice((1, 3, 40)))]
    ranges = []
    for _ in range(rng.randint(0, 200)):
        low = float(rng.randint(0, 60))
        ranges.append((rng.choice(origins), (low, low + rng.choice((0.0, 0.0, 1.0, 5.0)))))
    holders = Holders(ranges)
    for _ in range(300):
        low = float(rng.randint(-2, 62))
        value = (low, low + rng.choice((0.0, 0.0, 0.5, 3.0)))
        assert _same(holders.holding(value), _one_by_one(ranges, value)), value
