"""A count that points back at the count of the sentence before ("Some 300 refugees crossed on
Monday. The total stood at 4,000 by evening") is a later value of the same quantity: it moves by
a few times, never by a thousand. "... had received concerns from 11 of the 17 local councils.
The national count stood at 118,342,615" is no count of councils: a bare count that many orders
of magnitude from the one before names another quantity, which its sentence leaves unsaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

# the most one count of a thing is said to move between two sentences about it (three orders
# of magnitude: an outbreak's 40 cases in March and 40,000 in June is already a rare story)
SAME_QUANTITY_RATIO = 1000.0
# the most a rate per a numbered base ("12 per 10,000 residents") is said to move between two
# tellings of it: a rate of population moves by a fraction, so a count ten times it or more beside
# it ("1,130 clinics, or 12 per 10,000 residents, against 960 in 2019") is the total, not the rate
SAME_RATE_RATIO = 10.0
_NUMBERED_BASE = re.compile(r"\d")


def another_magnitude(fig: FoundFigure, donor: FoundFigure) -> bool:
    """Whether two counts are too far apart in size to be one quantity restated."""
    small, large = sorted((abs(fig.high), abs(donor.high)))
    return small > 0 and large / small > SAME_QUANTITY_RATIO


def apart_from_a_rate_of_population(fig: FoundFigure, donor: FoundFigure) -> bool:
    """Whether ``donor`` is a rate per a numbered base ("per 100,000 inhabitants") and ``fig`` a
    number ten or more times its size: a total said beside the rate, which takes no "per"."""
    if not donor.rate or not _NUMBERED_BASE.match(donor.rate) or fig.rate:
        return False
    small, large = sorted((abs(fig.high), abs(donor.high)))
    return small > 0 and large / small >= SAME_RATE_RATIO
