"""A conversion written beside an amount is as loose as the amount it converts.

"R$380 ($68)", "Rs 5 lakh (about $6,000)", "4 nautical miles (7.4 km)": the second figure is the
first restated in another unit, rounded by whoever converted it, at a rate of their choosing.
Read as written, "$68" allows 67.5-68.5, and a second outlet converting the same R$380 to "$70"
would contradict it, though both restate one sum. So a figure that converts the figure just before
it in its sentence (the same measure in another unit, a value that figure allows) allows every
value that figure allows too (its rounding, its qualifier, its rate's drift), besides its own.
Its value, which places it among quantities, is left as it is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from store.conflicts import measures
from store.conflicts.keys import Claim
from store.conflicts.ranges import Interval, overlap
from store.conflicts.rates import CURRENCY_CODE


def _hull(a: Interval, b: Interval) -> Interval:
    return min(a[0], b[0]), max(a[1], b[1])


def with_conversion_rounding(claims: list[Claim]) -> list[Claim]:
    """The claims, each conversion given its twin's tolerance as well as its own. Linear in the
    claims, save a look back within one sentence."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, claim in enumerate(claims):
        by_sentence[claim.sentence].append(n)
    found = list(claims)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda n: claims[n].order)
        for at, n in enumerate(ordered):
            claim = claims[n]
            twin = converted(claim, [claims[m] for m in reversed(ordered[:at])])
            if twin is not None:
                found[n] = replace(claim, claim=_hull(claim.claim, twin.claim),
                                   core=_hull(claim.core, twin.core))
    return found


def _in_units(unit: str) -> bool:
    """A unit another converts into: a currency, or a measure with a size ("km", "gallons").
    People and deaths are one measure too, but "38 dead, 160 injured" converts nothing."""
    head = unit.partition(" per ")[0]
    return bool(CURRENCY_CODE.match(head)) or measures.converted(unit) is not None


def converted(claim: Claim, before: list[Claim]) -> Claim | None:
    """The figure ``claim`` converts: the nearest one before it in its sentence of its measure
    (nearest first in ``before``), in another unit, whose values meet its own; None when the
    nearest such figure says another value ("R$690 ($123)" after "R$380 ($68)"), each as
    stated (an open side, "at least 38", meets any value above it)."""
    if not _in_units(claim.unit):
        return None
    for other in before:
        if other.key.measure != claim.key.measure:
            continue
        if other.unit == claim.unit:
            return None  # "R$380 and R$690": two sums, neither converts the other
        return other if _in_units(other.unit) and overlap(other.core, claim.core) else None
    return None
