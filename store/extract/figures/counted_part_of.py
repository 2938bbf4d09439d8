"""A count written as a part of a whole: "60 of its 212 branches", "18 of the 22 blocked
roads", "11 of the round's projects". The number counts the same noun as the whole, but only
some of the things the whole counts (those closing, those reopened, those in one province):
read alike, part and whole would sit in one group and be judged rivals or a change. The part
keeps its noun and says it is a part ("part of 212 branches", "part of projects"), so it meets
only the parts that restate it; ``part`` is a qualifier of ``store/data/quantities.toml``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

# between the part and its whole: " of its ", " of the ", " out of the "
_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:its|the|their|his|her|our|these|those)\s+",
                         re.I)
_REACH = 40  # characters after the determiner where the whole's noun may stand
_CLAUSE_END = re.compile(r"[,.;:()\u2013\u2014]")
PART = "part of"


def name_the_parts(figures: list[FoundFigure], text: str) -> None:
    """Make each count written as a part of a whole say so: of the count right after it, or of
    the things its own noun names a few words after the determiner."""
    by_start = {fig.start: fig for fig in figures}
    lex = units()
    for fig in figures:
        joined = _OF_A_WHOLE.match(text, fig.end)
        if joined is None or not fig.counted or fig.counted.lower().startswith(PART):
            continue
        whole = by_start.get(joined.end())
        if whole is not None:
            if whole.unit == fig.unit and whole.counted and fig.high < whole.low:
                fig.counted = f"{PART} {whole.text} {whole.counted}"
            continue
        base = fig.unit.partition(" per ")[0]
        if (base in lex.currency_codes or base in lex.measure_codes or base == "count"
                or base in ("percent", "fraction", "ratio", "percentage points")):
            continue  # "10% of the company's shares": a share, already of a whole
        window = text[joined.end():joined.end() + _REACH]
        cut = _CLAUSE_END.search(window)
        words = re.findall(r"[^\W\d_]+", window[:cut.start()] if cut else window)
        head = (fig.counted_head or fig.counted.split()[-1]).lower()
        if any(w.lower() in (head, fig.counted.split()[-1].lower()) for w in words):
            fig.counted = f"{PART} {fig.counted}"
