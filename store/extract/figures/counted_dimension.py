"""What a length measures when the word after it names a dimension: "a well 300 metres deep",
"trapped 600 metres (1,970 feet) below ground", "a sea wall 4 metres high", "a queue 2 km long"
measure the depth, the height or the length, not a noun the sentence names elsewhere. The words
are ``[dimensions]`` of ``store/data/quantities.toml``; a conversion in brackets may stand
between the length and the word. A figure in a unit of speed measures a speed
(``name_the_speed``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of, token_at
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

DISTANCE = "distance"
SPEED = "speed"  # the dimension of mph and knots in the units file's conversions
# the units of speed themselves: the file gives the symbol "km/h" the dimension of a length per
# hour, so that it meets a speed written out ("km per hour") in one quantity
SPEED_DIMENSIONS = frozenset({SPEED, "rate:length per hour"})
LOOK_AFTER = 40  # characters after a length read for a bracketed conversion and the word
_BRACKETS = re.compile(r"\s*\([^()]{1,30}\)")


def name_the_dimension(fig: FoundFigure, span: Span) -> bool:
    """Name a length with no noun of its own after the dimension the next words name; whether
    it did."""
    measure = converted(fig.unit)
    if fig.counted is not None or measure is None or measure[0] != "length":
        return False
    doc = span.doc
    text = text_of(doc)
    start = fig.end
    bracket = _BRACKETS.match(text, start, start + LOOK_AFTER)
    if bracket is not None:  # "600 metres (1,970 feet) below ground"
        start = bracket.end()
    while start < len(text) and start < fig.end + LOOK_AFTER and text[start].isspace():
        start += 1
    words = text[start:start + LOOK_AFTER].lower().split()
    dimensions = quantity_classes().dimensions
    for size in (3, 2, 1):
        phrase = " ".join(words[:size]).strip(".,;:)")
        if len(words) < size or phrase not in dimensions:
            continue
        word = token_at(doc, start)
        if size == 1 and word is not None and word.dep_ == "prep":
            return False  # "6 km down the road": where, not a dimension
        fig.counted = fig.counted_head = dimensions[phrase]
        fig.inherited = True
        return True
    return False


def distance_not_direction(fig: FoundFigure) -> None:
    """ "40 nautical miles north-east of Skerra", "140 kilometres southwest of the capital",
    "piped 90 km inland": the tagger may take the compass point or the adverb of direction after
    a length for the noun it counts; a length towards a place measures the distance (the
    ``[dimensions]`` phrases of a point and "of", and the adverbs that name a distance)."""
    if fig.counted is None or fig.inherited:
        return
    point = fig.counted.lower().replace("-", " ")
    dimensions = quantity_classes().dimensions
    if DISTANCE not in (dimensions.get(f"{point} of"), dimensions.get(point)):
        return
    measure = converted(fig.unit)
    if measure is not None and measure[0] == "length":
        fig.counted = fig.counted_head = DISTANCE


def name_the_speed(fig: FoundFigure) -> None:
    """ "the train was doing 128 km/h", "a 100 km/h stretch": a figure in a unit of speed (km/h,
    mph, knots; never a length said per a period) measures the speed of what its phrase names
    ("train speed"), or a speed where no noun is named; a phrase whose last word names a speed
    itself ("winds", "speed limit", "fire spread": ``[speeds]`` of
    ``store/data/quantities.toml``) stays as written."""
    # the unit itself, not a length per a period: "rose 12 cm an hour" is a rise, no speed
    if units().conversions.get(fig.unit, ("", 0.0))[0] not in SPEED_DIMENSIONS:
        return
    words = (fig.counted or "").split()
    if not words:
        fig.counted = fig.counted_head = SPEED
    elif words[-1].lower() not in quantity_classes().speeds:
        fig.counted, fig.counted_head = f"{fig.counted} {SPEED}", SPEED
