"""Two bare numbers joined by "and" that answer two counted figures joined by "and" before them
in the sentence count what those do, in order: "from five deaths and 31 injuries in March to
seven and 40 in April" (seven deaths, 40 injuries). Without this each borrows the figure nearest
before it, and both count injuries. Reads the figures of the sentence a few back from the pair."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

LOOK_BACK = 6  # figures before the bare pair its model pair may be among
_AND = re.compile(r"\s+and\s+")  # "seven and 40"
_NOUN_AND = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+")  # "deaths and ", "road deaths and "


def paired_donor(figs: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """The figure of the earlier counted pair that the bare ``figs[i]`` answers, or None;
    ``figs`` are the figures of its sentence in text order."""
    if i + 1 < len(figs) and _joined(figs[i], figs[i + 1], text, _AND) and _bare(figs[i + 1]):
        first, place = i, 0
    elif i > 0 and _joined(figs[i - 1], figs[i], text, _AND) and _bare(figs[i - 1]):
        first, place = i - 1, 1
    else:
        return None
    for k in range(first - 2, max(-1, first - 2 - LOOK_BACK), -1):
        one, two = figs[k], figs[k + 1]
        if _owned(one) and _owned(two) and one.counted_head != two.counted_head and (
                one.unit != two.unit) and _joined(one, two, text, _NOUN_AND):
            return (one, two)[place]
    return None


def _joined(one: FoundFigure, two: FoundFigure, text: str, joint: re.Pattern[str]) -> bool:
    return joint.fullmatch(text[one.end:two.start]) is not None


def _bare(fig: FoundFigure) -> bool:
    return fig.counted is None or fig.inherited


def _owned(fig: FoundFigure) -> bool:
    return fig.counted is not None and not fig.inherited
