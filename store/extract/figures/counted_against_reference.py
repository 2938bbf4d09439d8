"""Whether a figure is set against a reference that a later figure of its sentence states: "was
travelling at 130 km/h, well above the 100 km/h limit", "spent $4.1m, below the $5m budget",
"reached 18,000, over the 15,000 cap". The later figure is the reference (a limit, a budget, a
cap: ``[reference_nouns]`` of ``store/data/quantities.toml``); the figure measured against it is
not that reference, so it never borrows the reference's noun. Reads only the characters between
the two figures."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

REACH = 40  # characters between the figure and the reference figure, at most
# ", well above the", " below its", ", far over the": a comparative of place and a determiner
_SET_AGAINST = re.compile(
    r"^[,;]?\s*(?:(?:well|far|just|slightly|comfortably|way|still)\s+)?"
    r"(?:above|below|over|under|beyond|within|short\s+of|exceeding)\s+"
    r"(?:the|its|their|his|her|a|an)\s+(?:[a-z]+\s+)?$", re.I)


@lru_cache(maxsize=1)
def _reference_nouns() -> frozenset[str]:
    """The nouns that name a figure others are measured against."""
    return frozenset(load_data("quantities.toml").get("reference_nouns", {}).get("nouns", []))


def set_against_reference(fig: FoundFigure, donor: FoundFigure, text: str) -> bool:
    """Whether ``donor``, after ``fig`` in its sentence, is a reference ``fig`` is set against
    by a comparative ("130 km/h, well above the 100 km/h limit")."""
    if donor.start <= fig.start or donor.start - fig.end > REACH or not donor.counted:
        return False
    if donor.counted.split()[-1].lower() not in _reference_nouns():
        return False
    return _SET_AGAINST.match(text[fig.end:donor.start]) is not None
