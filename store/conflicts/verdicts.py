"""Verdicts: which kind of disagreement a group of figures about one quantity is, and why.

- ``contradiction``: two figures of the same known period whose ranges (with rounding, "about"
  and open sides) do not overlap;
- ``change_over_time``: figures of different (or not provably the same) periods whose stated
  values differ;
- ``consistent``: otherwise: the ranges overlap.

Figures stated in one sentence are never set against each other: the writer put them side by side
on purpose (a part and its whole, a peak and a range, before and after).

Finding the most disagreeing pair looks only at the few figures with the highest lower bounds and
the lowest upper bounds, so a verdict costs a sort, not a comparison of every pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from store.conflicts.keys import Claim
from store.conflicts.ranges import Interval, gap, overlap

CONTRADICTION = "contradiction"
CHANGE = "change_over_time"
CONSISTENT = "consistent"
TOP = 8  # extremes examined on each side when looking for the most disagreeing pair


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str
    pair: tuple[str, str] | None


def _who(claim: Claim) -> str:
    return f"{claim.source}, {claim.when}" if claim.when else claim.source


def _describe(claim: Claim) -> str:
    return f"{claim.label} ({_who(claim)})"


def _conversions(*claims: Claim) -> str:
    notes = sorted({c.currency_note for c in claims if c.currency_note})
    return f" (in US dollars at the yearly average rate: {'; '.join(notes)})" if notes else ""


def most_disagreeing(claims: list[Claim], interval: Callable[[Claim], Interval],
                     allowed: Callable[[Claim, Claim], bool]) -> tuple[Claim, Claim] | None:
    """The allowed pair whose intervals are furthest apart, or None if every allowed pair
    overlaps. Returned lower one first."""
    by_low = sorted(claims, key=lambda c: (-interval(c)[0], c.id))[:TOP]
    by_high = sorted(claims, key=lambda c: (interval(c)[1], c.id))[:TOP]
    best: tuple[float, Claim, Claim] | None = None
    for upper in by_low:
        for lower in by_high:
            if upper is lower or not allowed(upper, lower):
                continue
            a, b = interval(lower), interval(upper)
            if overlap(a, b) or a[1] > b[0]:
                continue
            distance = gap(a, b)
            if best is None or distance > best[0]:
                best = (distance, lower, upper)
    return (best[1], best[2]) if best else None


def _by_time(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    return (a, b) if (a.when or "9999", a.order) <= (b.when or "9999", b.order) else (b, a)


def _mid(claim: Claim) -> float:
    return (claim.values[0] + claim.values[1]) / 2


def _consistent(claims: list[Claim]) -> Verdict:
    """The two figures furthest apart that still agree, as the example a reader checks."""
    low = min(claims, key=lambda c: (_mid(c), c.id))
    others = ([c for c in claims if c.sentence != low.sentence]
              or [c for c in claims if c is not low])
    high = max(others, key=lambda c: (_mid(c), c.id))
    first, second = _by_time(low, high)
    return Verdict(CONSISTENT, f"{_describe(second)} vs {_describe(first)}: ranges overlap"
                   + _conversions(first, second), (first.id, second.id))


def judge(claims: list[Claim], periods: dict[str, str | None], *, series: bool) -> Verdict:
    """The verdict of one group. ``periods`` maps each figure to its known period (None when its
    date is too coarse to tell). A series (figures of several periods) is judged on how the
    quantity moved between periods; the periods' own groups carry any contradiction."""

    def apart(a: Claim, b: Claim) -> bool:
        return a.sentence != b.sentence

    def same_period(a: Claim, b: Claim) -> bool:
        return apart(a, b) and periods.get(a.id) is not None and periods[a.id] == periods.get(b.id)

    def other_period(a: Claim, b: Claim) -> bool:
        return apart(a, b) and not same_period(a, b)

    if not series:
        pair = most_disagreeing(claims, lambda c: c.claim, same_period)
        if pair:
            lower, upper = pair
            first, second = _by_time(lower, upper)
            return Verdict(CONTRADICTION,
                           f"{_describe(first)} vs {_describe(second)}: same period "
                           f"({periods[first.id]}), ranges do not overlap"
                           + _conversions(first, second), (first.id, second.id))

    def other_known_period(a: Claim, b: Claim) -> bool:
        return (other_period(a, b) and periods.get(a.id) is not None
                and periods.get(b.id) is not None)

    pair = (most_disagreeing(claims, lambda c: c.core, other_known_period)
            or most_disagreeing(claims, lambda c: c.core, other_period))
    if pair:
        first, second = _by_time(*pair)
        known = periods.get(first.id) is not None and periods.get(second.id) is not None
        why = ("values differ between periods" if known
               else "values differ; the dates do not show whether they describe the same period")
        span = ""
        if series:
            dated = [c.when for c in claims if c.when]
            span = f"{len(claims)} figures, {min(dated)} to {max(dated)}; " if dated else ""
        return Verdict(CHANGE, f"{span}{_describe(first)} → {_describe(second)}: {why}"
                       + _conversions(first, second), (first.id, second.id))
    return _consistent(claims)


def spread(claims: list[Claim]) -> float:
    """Highest over lowest midpoint in the common unit (1.0 when they agree exactly)."""
    mids = [_mid(c) for c in claims]
    lowest, highest = min(mids), max(mids)
    if highest == lowest:
        return 1.0
    if lowest <= 0:
        return 1e6
    return round(min(highest / lowest, 1e6), 3)
