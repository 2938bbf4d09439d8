"""A count that points back at the count of the sentence before ("Some 300 refugees crossed on
Monday. The total stood at 4,000 by evening") is a later value of the same quantity: it moves by
a few times, never by a thousand. "... had received concerns from 11 of the 17 local councils.
The national count stood at 118,342,615" is no count of councils: a bare count that many orders
of magnitude from the one before names another quantity, which its sentence leaves unsaid."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

# the most one count of a thing is said to move between two sentences about it (three orders
# of magnitude: an outbreak's 40 cases in March and 40,000 in June is already a rare story)
SAME_QUANTITY_RATIO = 1000.0


def another_magnitude(fig: FoundFigure, donor: FoundFigure) -> bool:
    """Whether two counts are too far apart in size to be one quantity restated."""
    small, large = sorted((abs(fig.high), abs(donor.high)))
    return small > 0 and large / small > SAME_QUANTITY_RATIO
