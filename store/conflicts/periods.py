"""Periods: when two figures describe the same time, so that a disagreement is a contradiction
rather than a change.

How fine a period is depends on the quantity: estimates of an armed group's strength span years
and two estimates of the same year are "the same period"; a death toll in one month of a disaster
moves by the day. So a quantity's period is the coarsest of year, month and day at which its dated
figures fall into more than one period; when they all fall into one, it is the finest precision
any of them is dated to. A figure dated less precisely than that ("2024-03" among day-dated
figures) has no known period: it can show a change but never a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WHEN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LEVELS = (4, 7, 10)  # year, month, day: prefix lengths of a partial ISO date


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


def period_of(when: str | None, level: int) -> str | None:
    """The figure's period at that level, or None when its date is not that precise."""
    return when[:level] if when and len(when) >= level else None
