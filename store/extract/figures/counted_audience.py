"""Those a thing is done "in front of": "scored twice in front of 41,216", "played before a
crowd of 61,000", "in front of an audience of 900". A bare number there is the audience, people,
as news copy gives the attendance of a match, a concert or a rally; a number with a noun of its
own ("in front of 40 cameras") keeps it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.context import hedges

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

PEOPLE = "people"  # what a bare number in front of whom something is done counts
ATTENDANCE = "attendance"  # the quantity such a number is
REACH = 60  # characters before the number "in front of" and its noun may take


# "in front of", maybe "a (record) crowd of" or "an audience of", maybe a hedge, then the number
_IN_FRONT_OF = re.compile(r"\bin\s+front\s+of\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:crowd|audience)"
                          rf"\s+of\s+)?(?:(?:{hedges()}|almost|more\s+than|over)\s+)?$", re.I)


def name_the_audience(fig: FoundFigure, text: str) -> None:
    """A bare count right after "in front of" (or "in front of a crowd of") is the number of
    people watching."""
    if fig.unit != "count" or fig.counted is not None or fig.rate:
        return
    if _IN_FRONT_OF.search(text, max(0, fig.start - REACH), fig.start) is None:
        return
    fig.unit, fig.counted, fig.counted_head = PEOPLE, ATTENDANCE, ATTENDANCE
    fig.inherited = True
