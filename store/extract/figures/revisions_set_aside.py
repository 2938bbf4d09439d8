"""Corrections that set a printed figure aside: "the final count is 41,870, not 41,230 as first
reported", "a loss of $412 million, rather than $421 million as it said on Monday". The figure
after "not" (or "rather than", "instead of") whose own words say it was reported or said before
is the old figure, and the figure of its unit said before it in the sentence replaces it. Without
those words the two are rivals ("1,500 jobs, not 1,100, the union says"), not a revision; so are
they when the "as" clause names another speaker with no first-word ("50,000 marched, not 20,000
as the police reported"), or when a first-word with no "as" is followed by "by" and another body
("300 jobs, rather than the 500 initially announced by the union") or named before it ("19, not the
12 the organisers first gave"): that is a dispute between two sources.
"""

from __future__ import annotations

import re

from store.extract.figures.found import FoundFigure
from store.extract.figures.revisions import BY_NAMED
from store.knowledge.context import context_words

SET_ASIDE_REACH = 32  # characters before a figure searched for "not", "rather than"
STATED_REACH = 60  # characters after it searched for "as first reported"
_AS = re.compile(r"\bas\b", re.I)  # "as first reported": the body's own earlier word
# "not the 12 the organisers first gave": a first-word with no "as" whose stater is a body named
# before it, as "the 410 initially reported by pilots" names one after: a rival's figure (a
# body setting its figure against its own earlier one writes "it first gave", "first given")
_NAMED_STATER = re.compile(r"(?:\s+[^\s,.;]+)?\s+(?:the|these|those)\s+", re.I)


def link_set_aside(figures: list[FoundFigure], text: str) -> None:
    """Give the figure a correction keeps the ``revises`` of the one it sets aside. One pass;
    each test reads a few dozen characters beside the figure set aside."""
    ctx = context_words()
    for i, old in enumerate(figures):
        if i == 0 or old.revises is not None:
            continue
        if ctx.set_aside_before.search(text, max(0, old.start - SET_ASIDE_REACH),
                                       old.start) is None:
            continue
        stated = ctx.first_stated_after.match(text[old.end:old.end + STATED_REACH])
        if stated is None or (_AS.search(stated.group()) is None and (
                BY_NAMED.match(text, old.end + stated.end())
                or _NAMED_STATER.match(stated.group()))):
            continue
        new = next((f for f in reversed(figures[:i]) if f.sentence == old.sentence
                    and (f.unit == old.unit or "count" in (f.unit, old.unit))), None)
        if new is not None and new.revises is None and (new.low, new.high) != (old.low, old.high):
            new.revises = old.start
