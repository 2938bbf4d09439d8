"""An unstated revision of a value far from the one before it: no revision at all.

A revision the text states ("raised the toll from 38 to 912") may move a value by any factor.
One the grouping infers, from two values given to one origin of one period with no word that one
replaced the other, or from an event's count printed later with no origin, stands only on the key
having put them together. When those values are several times apart they are, far more often, two
things the key could not tell apart (a ward's count beside the city's, a part beside its
whole, a target beside an outcome) than one estimate quietly replaced: a body that corrects its
own count by such a factor says so. Such a pair is no revision; it is still no rival (one origin,
or a count as it stood), so the group is read by the rules that follow.
"""

from __future__ import annotations

from store.conflicts.keys import Claim

# an origin that corrects its own value without a word seldom moves it by more than this factor
UNSTATED_FACTOR = 3.0


def too_far_unstated(a: Claim, b: Claim) -> bool:
    """Whether two figures, neither of which the text says replaces the other, are more than
    ``UNSTATED_FACTOR`` times apart (in the common unit, middle of each range)."""
    if a.revises == b.id or b.revises == a.id:
        return False
    low, high = sorted((abs(a.middle), abs(b.middle)))
    return low > 0 and high > UNSTATED_FACTOR * low
