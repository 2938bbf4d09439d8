"""Periods: when two figures describe the same time, so that a disagreement is a contradiction
rather than a change.

How fine a period is depends on the quantity: estimates of an armed group's strength span years
and two estimates of the same year are "the same period"; a death toll in one month of a disaster
moves by the day. So a quantity's period is the coarsest of year, month and day at which its dated
figures fall into more than one period; when they all fall into one, it is the finest precision
any of them is dated to. Within one such period the same holds again (``PeriodScale``): figures of
2023 and of 2025 are two periods, and the 2025 figures dated September and 25 November are two
more, not one "2025". A figure dated less precisely than its neighbours ("2024-03" among
day-dated figures, "2025" among 2025's months) has no known period: it can show a change but
never a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WHEN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LEVELS = (4, 7, 10)  # year, month, day: prefix lengths of a partial ISO date
# inside a year, months tell periods apart; inside a month, days do not (a month's figures are
# dated by the day they were printed or counted as often as by the day they describe)
REFINED = (7,)


def clean_when(when: object) -> str | None:
    return when if isinstance(when, str) and _WHEN.match(when) else None


def year_of(when: str | None) -> int | None:
    return int(when[:4]) if when else None


def resolution(whens: Iterable[str | None]) -> int:
    """The period length (a prefix length, see LEVELS) for one quantity's figures."""
    dated = [w for w in whens if w]
    for level in LEVELS:
        if len({w[:level] for w in dated if len(w) >= level}) >= 2:
            return level
    return max((len(w) for w in dated), default=LEVELS[-1])


class PeriodScale:
    """The period of any date among one quantity's dated figures (see the module docstring):
    the coarsest level that tells them apart, then, inside each period, the level that tells its
    own figures apart. ``stated``, when given, are the dates the text itself states: only those
    split a period again (a figure dated only by the article that printed it is bounded by that
    date, not dated to its month: this year's rival estimates printed in September and in
    November, beside a census of 2016, are estimates of this year). Built once per quantity,
    then a few dictionary lookups per figure."""

    def __init__(self, whens: Iterable[str | None],
                 stated: Iterable[str | None] | None = None) -> None:
        dated = {w for w in whens if w}
        self.level = resolution(dated)
        # (prefix, finer level) -> the distinct prefixes of that finer level under it
        self._below: dict[tuple[str, int], set[str]] = {}
        for when in (dated if stated is None else {w for w in stated if w}):
            for fine in REFINED:
                if len(when) < fine:
                    continue
                for coarse in (level for level in LEVELS if level < fine):
                    self._below.setdefault((when[:coarse], fine), set()).add(when[:fine])

    def __call__(self, when: str | None) -> str | None:
        level = self.level
        if not when or len(when) < level:
            return None
        while True:
            finer = next((fine for fine in REFINED if fine > level
                          and len(self._below.get((when[:level], fine), ())) >= 2), None)
            if finer is None:
                return when[:level]
            if len(when) < finer:
                return None
            level = finer
