"""What "the figure" that opens a paragraph carries on: "Hotels were 91.3% full in August.\n\n
The figure is 2.4 percentage points above the 88.9% of last year" measures the occupancy the
paragraph before gave. A change in points is a change of a share, so it counts the share's noun;
and a news paragraph is a sentence or two, so the figure just given, across one paragraph break
and with no figure between, is the one the anaphora points back at."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

SHARE = "percent"
POINTS = frozenset({"percentage points", "basis points"})  # a change of a share
BREAK = "\n\n"
REACH = 600  # characters back to the figure carried on, as the paragraph's lookback


def alike_units(donor: str, fig: str) -> bool:
    """One unit, or a change in points set against a share."""
    return donor == fig or (donor == SHARE and fig in POINTS)


def carried_on(donor: FoundFigure, fig: FoundFigure, last: FoundFigure | None,
               text: str) -> bool:
    """Whether ``fig``'s anaphora reaches ``donor``: in one paragraph, or in the paragraph just
    before when ``donor`` is ``last``, the figure right before ``fig``'s own."""
    if fig.start - donor.start >= REACH:
        return False
    between = text[donor.start:fig.start].count(BREAK)
    return between == 0 or (between == 1 and donor is last)


# "2.4 points above the 88.9%", "40 basis points lower than the 5.1%": the words between a change
# in points and the share it is set against
_AGAINST = re.compile(r"^\s*(?:above|below|over|under|(?:higher|lower|more|less) than|up on|"
                      r"down on|up from|down from)\s+(?:the\s+|its\s+|a\s+)?$", re.I)


def share_set_against(fig: FoundFigure, same_sentence: list[FoundFigure],
                      text: str) -> FoundFigure | None:
    """The change in points a share is the reference of ("2.4 points above the 88.9%"): the
    figure just before it in the sentence, in points and with a noun, with only a word of
    comparison between; the two measure one share. None otherwise."""
    if fig.unit != SHARE:
        return None
    before = [f for f in same_sentence if f.end <= fig.start]
    if not before:
        return None
    donor = before[-1]
    if donor.unit not in POINTS or not donor.counted:
        return None
    return donor if _AGAINST.match(text[donor.end:fig.start]) else None
