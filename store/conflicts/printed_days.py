"""Periods of figures that only the days their articles were printed date.

A figure nothing dates but its article is bounded by the month it was printed in
(``keys.claim_of``): a toll printed on the 21st may describe the 17th. But when every figure of a
quantity's month is dated so, and they were printed on days far apart, the quantity was
reported as it stood on each of those days: two rival counts printed on the 17th and two others
on the 26th are a count that moved between the 17th and the 26th, with a disagreement on each
day, not four figures of one period. So such a month is cut into its printing days, days at most
``NEAR_DAYS`` apart (a report of the next day speaks of the day before) keeping one period. A
month holding any figure its own words date is left whole (that date says what the month's
figures describe), and so is one whose figures restate an earlier dated figure; so is a period
longer than a month (figures years apart are told apart by their years), and every period of a
quantity with a projection (figures printed beside one are estimates of the outcome it projects,
on whatever day: ``verdicts.judge``), and one where a body gives the same value on two of
those days (its estimate stood meanwhile).
"""

from __future__ import annotations

from collections import defaultdict

from store.conflicts.keys import Claim
from store.conflicts.origins import ALONE, Origins, stands_alone
from store.conflicts.verdicts import NEAR_DAYS, PROJECTED_PERIOD, days_apart


def by_printed_day(members: list[Claim], periods: dict[str, str | None],
                   whens: dict[str, str | None], origins: Origins) -> dict[str, str | None]:
    """``periods`` with each month of figures dated only by their articles' days, printed on
    days more than ``NEAR_DAYS`` apart, cut into those days (each run of days at most that far
    apart is named by its first). One pass over the figures and a sort of each month's days."""
    if PROJECTED_PERIOD in periods.values():
        return periods  # beside a projection, each is an estimate of the outcome, whenever printed
    by_period: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        period = periods.get(claim.id)
        if period is not None and len(period) == MONTH:
            by_period[period].append(claim)
    cut = periods
    for claims in by_period.values():
        if not all(c.reported_basis and len(c.reported or "") == DAY
                   and whens.get(c.id) == c.when for c in claims):
            continue
        named: dict[str, str] = {}  # printing day -> the first day of its run
        label = last = ""
        for day in sorted({c.reported or "" for c in claims}):
            if not last or (days_apart(last, day) or 0) > NEAR_DAYS:
                label = day
            named[day], last = label, day
        if len(set(named.values())) < 2 or _standing(claims, named, origins):
            continue
        if cut is periods:
            cut = dict(periods)
        for claim in claims:
            cut[claim.id] = named[claim.reported or ""]
    return cut


def _standing(claims: list[Claim], named: dict[str, str], origins: Origins) -> bool:
    """Whether a named origin gives one value on two of the runs of days: its estimate stood
    over those days, and a rival's printed meanwhile disagrees with it, whatever the day
    (``verdicts.Coexisting``); nothing moved. A sweep in value order per origin, against the
    highest top each other run has reached (a month has at most 31 runs)."""
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        origin = origins.get(claim.id, ALONE)
        if not stands_alone(origin):
            by_origin[origin].append(claim)
    for own in by_origin.values():
        tops: dict[str, float] = {}
        for claim in sorted(own, key=lambda c: c.core):
            run = named[claim.reported or ""]
            if any(top >= claim.core[0] for other, top in tops.items() if other != run):
                return True
            tops[run] = max(tops.get(run, claim.core[1]), claim.core[1])
    return False


DAY = len("2024-01-01")
MONTH = len("2024-01")  # a year's figures are told apart by months only where the text says
