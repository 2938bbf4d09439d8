"""A percentage change no rule found a noun for: "It was down 2.2% on the week", "This was up
5.1% on the spring", or a change the parse hangs away from its subject. The words right before
it ("down", "fell by about") say it is a fall or a rise, and a reader told "fall" learns what
the figure is, where no noun leaves it unsaid. Only the change itself: a level the verb
reaches ("fell to 35%", "up to 40%") has "to" before it and is left alone. The change word
names no thing of its own, so figures named only by it never meet in a group by that word
(``store.conflicts.quantities.NAMES_NO_THING``). The words are ``[change_directions]`` of
``store/data/quantities.toml``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

SHARES = frozenset({"percent", "percentage points", "points"})
BEFORE_REACH = 40  # characters before the figure its word of direction may stand in
# what may stand between the word of direction and the figure: "by" and a hedge
_BETWEEN = (r"(?:\s+by)?(?:\s+(?:about|around|roughly|nearly|almost|some|just|only|over|under|"
            r"more\s+than|less\s+than|close\s+to))*\s+$")


@lru_cache(maxsize=1)
def _direction() -> re.Pattern[str]:
    words = sorted(quantity_classes().change_directions, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")" + _BETWEEN, re.I)


def name_the_change(fig: FoundFigure, text: str) -> None:
    """Name a percentage change with no noun after the word of direction before it."""
    if fig.counted is not None or fig.base_unit not in SHARES:
        return
    m = _direction().search(text, max(0, fig.start - BEFORE_REACH), fig.start)
    if m is None or m.end() != fig.start:
        return
    fig.counted = quantity_classes().change_directions[m.group(1).lower()]
    fig.counted_head = None
