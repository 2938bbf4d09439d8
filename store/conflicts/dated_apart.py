"""Two figures of one sentence that its own words date to two periods ("180,000 vehicles last
year and 95,000 the year before"): the writer gives the quantity at two times, so the two are
a series, a change over time when they differ, though one sentence states both. (Figures of one
sentence are otherwise never set against each other: a part beside its whole, a peak beside a
range.) A period inside the other ("in 2030, and 9,000 of them in March") is no second time:
it may be a part of the first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from store.conflicts.keys import Claim

LEVELS = (4, 7, 10)  # year, month, day: prefix lengths of a partial ISO date


def own_date(claim: Claim) -> str | None:
    """The period a figure's own words date it to; None when only its article, an event or a
    projection dates it."""
    if claim.reported_basis or claim.event or claim.projected:
        return None
    return claim.when or None


def dated_apart(a: Claim, b: Claim) -> bool:
    """Whether one sentence's two figures are dated by their own words to two periods, neither
    inside the other."""
    if a.sentence != b.sentence:
        return False
    first, second = own_date(a), own_date(b)
    if not first or not second or first == second:
        return False
    shorter, longer = sorted((first, second), key=len)
    return not longer.startswith(f"{shorter}-")


def one_sentence_dates_apart(claims: Iterable[Claim]) -> bool:
    """Whether some sentence gives two of these figures that its own words date to two
    periods, neither inside the other. Two dates differ at some level (year, month, day) and
    neither holds the other exactly when their prefixes of one level differ, so a sentence's
    dates are compared level by level, in one pass however many figures it holds."""
    prefixes: dict[tuple[tuple[str, int], int], set[str]] = defaultdict(set)
    for claim in claims:
        when = own_date(claim)
        if not when:
            continue
        for level in LEVELS:
            if len(when) >= level:
                found = prefixes[(claim.sentence, level)]
                found.add(when[:level])
                if len(found) > 1:
                    return True
    return False
