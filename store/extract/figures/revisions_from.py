"""A new figure, then a participle of a verb that only ever revises and "from" before the old
one: "the consolidated count is 10,340 homes, revised from the preliminary estimate of 9,870",
"a saving of R29 a month, corrected from R38", "$412 million, revised down from $398 million".
The figure after "from" is the old one, and the figure of its unit said before it in the sentence
replaces it (the guide's revision: "revised/corrected ... from X"). Only the verbs that never
change the world (``[revisions] pure_verbs``): "funds raised from 40 donors" is no revision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.figures.found import FoundFigure
from store.knowledge.context import context_words

REVISED_FROM_REACH = 72  # characters before an old figure searched for "revised from the ... of"
HANGS_ON_REACH = 40  # characters at most between the new figure and the participle hung on it

# "revised from 1,200 to 1,450": the from-to rule reads it; the old figure has its own new one.
_TO_FIGURE = re.compile(r"\s+(?:[\w%-]+\s+){0,2}?to\s+(?:the\s+)?$", re.I)
# Between the new figure and the participle: another clause ("41 people, and the number of homes
# ... revised from") means the participle hangs on another noun, not on this figure.
_CLAUSE_BREAK = re.compile(r"[;:.!?]|\b(?:and|but|while|whereas|although|though|or)\b", re.I)


def _participle(verb: str) -> str:
    """ "revise" -> "revised", "correct" -> "corrected"."""
    return verb + ("d" if verb.endswith("e") else "ed")


@lru_cache(maxsize=1)
def _revised_from() -> re.Pattern[str]:
    """The words between a revising participle and the old figure: "revised from ", "corrected
    down from the ", "revised from the preliminary estimate of " (at most two words before the
    noun that names the figure: a stage, a month)."""
    verbs = "|".join(sorted(map(_participle, context_words().pure_revising), key=len,
                            reverse=True))
    return re.compile(
        rf"\b(?:{verbs})(?:\s+(?:up|down|upwards|downwards))?\s+from\s+"
        r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:count|estimate|figure|tally|total|forecast|projection|number|reading)\s+of\s+"
        r"|(?:an?|the|its|their)\s+(?:[\w-]+\s+)?)?$", re.I)


def _gerund(verb: str) -> str:
    """ "revise" -> "revising", "correct" -> "correcting"."""
    return (verb[:-1] if verb.endswith("e") else verb) + "ing"


@lru_cache(maxsize=1)
def _correcting_its() -> re.Pattern[str]:
    """The words between a revising gerund and the old figure when the body names the figure
    as its own: "correcting its earlier reading of ", "revising their estimate of " (at most
    two words before the noun that names the figure). The possessive says the figure replaced
    is the same body's: "correcting the union's figure of" is a dispute, not a revision."""
    verbs = "|".join(sorted(map(_gerund, context_words().pure_revising), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:count|estimate|figure|tally|total|forecast|projection|number|reading)\s+of\s+$",
        re.I)


def link_revised_from(figures: list[FoundFigure], text: str) -> None:
    """Give the figure a "revised from" follows the ``revises`` of the old figure after it, and
    the figure a "correcting its earlier reading of" follows ("peaked at 41.4C on Sunday,
    correcting its earlier reading of 41.2C"). One pass each; each test reads a few dozen
    characters before a figure."""
    link_from(figures, text, _revised_from(), REVISED_FROM_REACH, HANGS_ON_REACH)
    link_from(figures, text, _correcting_its(), REVISED_FROM_REACH, HANGS_ON_REACH)


def link_from(figures: list[FoundFigure], text: str, pattern: re.Pattern[str], reach: int,
              hangs_on_reach: int) -> None:
    """Give the figure before a participle of revising the ``revises`` of the old figure after
    its "from": the figure of the old one's unit said last before it in the sentence, when the
    participle hangs on it (at most ``hangs_on_reach`` characters of one clause between). The
    pattern is searched in the ``reach`` characters before each figure."""
    for i, old in enumerate(figures):
        if i == 0 or old.revises is not None:
            continue
        said = pattern.search(text, max(0, old.start - reach), old.start)
        if said is None or to_a_figure(figures, i, text):
            continue
        new = next((f for f in reversed(figures[:i]) if f.sentence == old.sentence
                    and (f.unit == old.unit or "count" in (f.unit, old.unit))), None)
        if new is None or not _hangs_on(text[new.end:said.start()], hangs_on_reach):
            continue
        if new.revises is None and (new.low, new.high) != (old.low, old.high):
            new.revises = old.start


def to_a_figure(figures: list[FoundFigure], i: int, text: str) -> bool:
    """Whether "to <figure>" follows the old figure ("revised from 4.8% to 4.9%"): the new figure
    is that one, not one said earlier in the sentence."""
    old = figures[i]
    after = next((f for f in figures[i + 1:] if f.sentence == old.sentence), None)
    return after is not None and _TO_FIGURE.match(text[old.end:after.start]) is not None


def _hangs_on(between: str, reach: int) -> bool:
    """Whether the participle is hung on the figure before it, in its clause: "10,340 homes,
    revised from", "$412 million, revised down from"; not "41 people, and the number of homes
    destroyed was revised from" nor "$3bn in 2023, and its 2022 profit, revised from"."""
    return len(between) <= reach and _CLAUSE_BREAK.search(between) is None
