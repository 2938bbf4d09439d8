"""A count that points back at the count of the sentence before ("Some 300 refugees crossed on
Monday. The total stood at 4,000 by evening") is a later value of the same quantity: it moves by
a few times, never by a thousand. "... had received complaints from 9 of the 14 county boards.
The nationwide tally reached 52,406,118" is no count of boards: a bare count that many orders
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
