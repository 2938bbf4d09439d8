"""What a change in percentage points counts when it borrowed the members its share is of:
"Children under 15 are 27.4 percent, down 2.7 percentage points" and "64% of the ticket holders
had been refunded, up 26 percentage points" measure how the share moved, not children or
holders. Points are always a difference of two shares, so a plural noun of members (what the
share is "of") becomes that share ("Children share"), as the guide describes a change of a share:
the change in the share of the members."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

POINTS = frozenset({"percentage points"})  # not "71 points" a team scored
# nouns whose plural is their lemma: a share of them is still a share of members
PLURAL_LEMMAS = frozenset({"people", "police", "cattle", "staff"})


def name_the_share_change(fig: FoundFigure) -> None:
    """Name a change in points after the share of the members it borrowed, if it did."""
    if fig.base_unit not in POINTS or fig.rate or not fig.counted or not fig.counted_head:
        return
    last = fig.counted.split()[-1].lower()
    head = fig.counted_head.lower()
    if last != head:
        plural = last.endswith(("s", "ren", "men")) and last.startswith(head[:3])
    else:
        plural = head in PLURAL_LEMMAS
    if not plural:
        return  # "turnout", "support", "the jobless rate": the share's own name
    fig.counted = f"{fig.counted} share"
    fig.counted_head = "share"
