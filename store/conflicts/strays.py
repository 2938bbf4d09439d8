"""Strays: figures nobody is named for that a quantity's group leaves out.

A figure no origin is named for, that no other sentence repeats, and that agrees with none of
the named estimates of its period is most often a part of the quantity the grammar took for the
whole (one district's deaths, one day's new cases, the crew killed among the crew aboard), not a
rival estimate: set against the named ones it would mark a contradiction nobody made. Left out,
it marks nothing, which is better than a wrong mark.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from store.conflicts.keys import Claim
from store.conflicts.origins import Origins, stands_alone
from store.conflicts.ranges import overlap
from store.conflicts.verdicts import UNDATED_PERIODS, near_days, projects


def strays_of(members: list[Claim], periods: dict[str, str | None], origins: Origins) -> set[str]:
    """Figures nobody is named for that agree with none of the named estimates of their period:
    most often a part of the quantity the grammar took for the whole (one district's deaths, one
    day's new cases) rather than a rival estimate, so they may not make a conflict. Only the
    named figures it could be a rival of count (``verdicts.near_days``): a figure its own words
    date to one day of a month, or one its article's day alone dates, beside named ones of days
    a week away, shows the quantity moving through that month, as the verdicts read it, and
    stays. Beside a projected outcome of a sum or a measure, figures dated only by their
    articles' days are each an estimate of the outcome, whatever the day, and so rivals."""
    named: dict[str | None, list[Claim]] = defaultdict(list)
    lone: dict[str | None, list[Claim]] = defaultdict(list)
    # a figure the text says replaces another, or is replaced, is a body's count and its
    # correction ("corrected its estimate from 18 to 29 percent"): the whole, whoever made it
    revised = {c.revises for c in members if c.revises} | {c.id for c in members if c.revises}
    for claim in members:
        if periods.get(claim.id) is None or claim.id in revised:
            continue
        (lone if stands_alone(origins[claim.id]) else named)[periods[claim.id]].append(claim)
    # beside a projected outcome of a sum or a measure, figures dated only by their articles'
    # days are each an estimate of that outcome, whatever the day (``verdicts.judge``)
    outcome = projects(periods) and not any(
        c.key.measure.startswith("count:") for c in members[:1])
    stray = set()
    by_low = sorted(members, key=lambda c: c.claim)
    lows = [c.claim[0] for c in by_low]
    for period, candidates in lone.items():
        rivals = named.get(period, [])[:MAX_RIVALS]
        if not rivals:
            continue
        for claim in candidates:
            # (only the named figures it could be set against: in a month, those of its own
            # day or the next, whether its words or its article's day date it; against a count
            # of a week later it shows a move, not a rival; and never one of its own sentence,
            # which the verdicts never set against it)
            near = [r for r in rivals if r.sentence != claim.sentence and (
                period in UNDATED_PERIODS or near_days(claim, r)
                or (outcome and claim.reported_basis and r.reported_basis))]
            if near and not any(overlap(claim.claim, r.claim) for r in near) and not _echoed(
                    claim, by_low, lows):
                stray.add(claim.id)
    return stray


def _echoed(claim: Claim, by_low: list[Claim], lows: list[float]) -> bool:
    """Whether another sentence gives a figure its range shares a value with: restated, it is
    an estimate of its own ("21 crew" in three outlets), whoever made it; so is one its own
    sentence converts into another unit ("9 metres (30 feet)"), a second statement a reader
    can check, as ``grouping._sentences`` counts it. The figures are sorted by their lower
    end; those starting below its top are looked at nearest first."""
    end = bisect.bisect_right(lows, claim.claim[1])
    for other in reversed(by_low[max(0, end - MAX_RIVALS):end]):
        if other.sentence != claim.sentence and overlap(claim.claim, other.claim):
            return True
        if other.unit != claim.unit and overlap(claim.core, other.core):
            # (a conversion gives the same value: "more than 9,000" is not restated by the
            # 23.8 million its sentence also gives)
            return True
    return False


MAX_RIVALS = 64  # named figures of a period a stray is compared with
