"""A count written as a part of a whole the same sentence counts: "60 of its 212 branches",
"18 of the 22 blocked roads", "4 of its 9 lifts". Both numbers count the same noun, but the
first counts only some of the things the second counts (those closing, those reopened, those
still blocked): read alike, the two would sit in one group and be judged rivals or a change.
The part keeps its noun and says it is a part ("part of 212 branches"), so it meets only the
parts that restate it; ``part`` is a qualifier of ``store/data/quantities.toml``. A part of a
whole given without a number ("11 of the round's projects") is left as it is: its article's
other wordings of it ("11 projects in the north") would no longer meet it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

# between the part and its whole: " of its ", " of the ", " out of the "
_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:its|the|their|his|her|our|these|those)\s+",
                         re.I)
PART = "part of"


def name_the_parts(figures: list[FoundFigure], text: str) -> None:
    """Make each count written as a part of the count right after it say so."""
    by_start = {fig.start: fig for fig in figures}
    for fig in figures:
        joined = _OF_A_WHOLE.match(text, fig.end)
        if joined is None or not fig.counted or fig.counted.lower().startswith(PART):
            continue
        whole = by_start.get(joined.end())
        if whole is not None and whole.unit == fig.unit and whole.counted and (
                fig.high < whole.low):
            fig.counted = f"{PART} {whole.text} {whole.counted}"
