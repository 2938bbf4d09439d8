"""A new figure, then a participle of a verb of revising whose object names the body's own number,
and "from" before the old one: "the jackpot has grown to £9m, the operator said, raising its
estimate from £7m", "the count stands at 412, the agency said on Friday, lowering its tally from
436". The object ("its estimate", "the figure", "its forecast of the harvest") says a stated
number is replaced, not a thing in the world, so even the verbs that also change the world
("raise", "cut") revise here; "raising funds from 40 donors" names no number and is left alone.
The figure after "from" is the old one, and the figure of its unit said before it in the sentence
replaces it (the guide's revision: one origin replacing its own figure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.figures.found import FoundFigure
from store.extract.figures.revisions_from import link_from
from store.knowledge.context import context_words

RAISING_FROM_REACH = 80  # characters before an old figure searched for "raising its estimate from"
# characters at most between the new figure and the participle: the said-clause between ("£9m,
# the national lottery operator said on Tuesday, raising") is the participle's subject
HANGS_ON_REACH = 64
# the nouns that name a stated number (not "rate": "raising its rate from 4%" changes the world)
_NUMBER_NOUNS = ("estimate", "figure", "forecast", "projection", "count", "tally", "total",
                 "toll", "number", "reckoning", "guidance", "prediction")


def _present_participle(verb: str) -> str:
    """ "raise" -> "raising", "cut" -> "cutting", "trim" -> "trimming", "lower" -> "lowering"."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if (len(verb) <= 4 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb)
            and not re.search(r"[aeiou]{2}", verb)):
        return verb + verb[-1] + "ing"
    return verb + "ing"


@lru_cache(maxsize=1)
def _raising_from() -> re.Pattern[str]:
    """The words between the participle and the old figure: "raising its estimate from ",
    "lowering the figure for the harvest from ", "cutting its forecast of sales down from "."""
    verbs = "|".join(sorted(map(_present_participle, context_words().revising_verbs), key=len,
                            reverse=True))
    nouns = "|".join(_NUMBER_NOUNS)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?"
        r"(?:\s+(?:of|for)(?:\s+[\w'’-]+){1,3}?)?(?:\s+(?:up|down|upwards|downwards))?"
        r"\s+from\s+(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?)?$", re.I)


def link_raising_from(figures: list[FoundFigure], text: str) -> None:
    """Give the figure a "raising its estimate from" follows the ``revises`` of the old figure
    after it. One pass; each test reads a few dozen characters before a figure."""
    link_from(figures, text, _raising_from(), RAISING_FROM_REACH, HANGS_ON_REACH)
