"""A count or a sum that is the size of a change, not a level of what it counts.

"The herd grew by 38", "the board lowers its grant by 6m" and "a drop of 90 pupils" each
give how far a quantity moved, not where it stands. Keyed as a level of the thing counted, such a
figure meets that thing's levels and makes a false change or contradiction; keyed with the
"relative" qualifier it meets only other differences. Percentages and points are read by
``moves`` and left alone here. The words are ``[differences]`` of ``store/data/context.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.conflicts.moves import MOVE_UNITS
from store.knowledge.context import alternation, context_words, difference_words

REACH = 80  # characters before the figure read for its verb or noun of change
# a year after "by" is a deadline ("cut the backlog by 2031"), no amount
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?![\d,.]?\d)")
OBJECT_WORDS = 6  # words an object between a verb that moves it and "by" may have


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    def words(key: str) -> str:
        return alternation(difference_words(key))

    hedges = rf"(?:(?:{words('hedges')})\s+)*"
    figure = rf"\s+{hedges}\S{{0,3}}$"  # a currency sign or code glued to the number
    start = r"(?:^|(?<=[^\w'-]))"
    moved = re.compile(rf"{start}(?:{words('moved')})(?:\s+\w+ly)?\s*,?\s+by{figure}", re.I)
    # an object: words, none a number ("cut it to 400 by 12 May" gives a level and a date) nor a
    # "by" or "from" that would close the clause's measure first
    obj = rf"(?:\s+(?!(?:by|from)\b)[^\W\d]+(?:['’-][^\W\d]+)*){{1,{OBJECT_WORDS}}}"
    moving = re.compile(rf"{start}(?:{words('moving')}){obj}\s+by{figure}", re.I)
    passive = re.compile(rf"{start}(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
                         rf"(?:{words('passive')})\s+by{figure}", re.I)
    noun = re.compile(rf"{start}(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+)?"
                      rf"(?:{words('nouns')})\s+of{figure}", re.I)
    return moved, moving, passive, noun


def is_difference(unit: str, sentence_text: str, begin: int) -> bool:
    """Whether the figure starting at ``begin`` of its sentence is a count or a sum a verb or
    noun of change governs ("rose by 38", "lowered its target by 650 crates", "a rise of 38"),
    so the size of a change. Percentages and points (``moves``) are never."""
    if unit in MOVE_UNITS or not 0 < begin <= len(sentence_text) \
            or _YEAR.match(sentence_text, begin):
        return False
    per = unit.partition(" per ")[2].split()
    if per and per[0] in context_words().rate_period_words:
        return False  # "grew by 40 hectares an hour": the speed of the change, a level of it
    window = sentence_text[max(0, begin - REACH):begin]
    return any(p.search(window) is not None for p in _patterns())
