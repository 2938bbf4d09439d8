"""A figure set right against another quantity by a comparative: "23 percent more than the
35.7bn budget", "22% more than the agency's official count", "$35 million over final budget",
"60% below the long-term average". The figure is how far it stands above or below that
reference, which the noun after the comparative names, not what the clause's subject counts;
so its counted phrase is "above the 35.7bn budget". Only a figure with no noun of its own
between it and the comparative, and only a reference noun listed in ``[reference_nouns]`` of
``store/data/quantities.toml`` ("the same period", "the PIP" or "their level" name nothing the
figure is measured against); a norm of the figure's own quantity ("the long-term average") names
only a figure that names nothing else."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted_ratio import RATIO
from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

REACH = 80  # characters after the figure the comparative and its noun may take

_ABOVE = {"more", "higher", "greater", "above", "over"}
# words a reference noun may be followed by: punctuation or one of these, never a noun it modifies
_AFTER_NOUN = ("of", "for", "in", "on", "at", "by", "and", "or", "but", "to", "that", "which",
               "approved", "agreed", "set", "published", "announced", "given", "it", "they",
               "was", "is", "were", "had", "has")
_MODIFIERS = 3  # words between the determiner and the reference noun ("official", "35.7bn")


@lru_cache(maxsize=1)
def _norms() -> frozenset[str]:
    return frozenset(load_data("quantities.toml").get("reference_nouns", {}).get("norms", []))


@lru_cache(maxsize=1)
def _comparative() -> re.Pattern[str]:
    nouns = load_data("quantities.toml").get("reference_nouns", {}).get("nouns", [])
    return re.compile(
        r"\s+(?P<dir>(?:more|higher|greater|less|lower|fewer)\s+than|above|below|over|under)\s+"
        r"(?P<ref>(?:(?:the|its|their|this|that|[A-Z][\w.-]*(?:'s|’s|s'))\s+)?"
        rf"(?:[\w$€£.'’-]+(?:,\d+)*\s+){{0,{_MODIFIERS}}}?(?P<noun>{'|'.join(nouns)}))"
        # the noun ends its phrase ("the forecast period" is a period)
        rf"(?=\s*[.,;:)!?\"”]|\s+(?:{'|'.join(_AFTER_NOUN)})\b)",
    )


def name_the_reference(fig: FoundFigure, text: str) -> None:
    """Name a figure by the reference a comparative right after it sets it against."""
    if fig.rate or fig.unit == RATIO:
        return  # "five times higher than the forecast": a multiple is a ratio to its base
    m = _comparative().match(text[fig.end:fig.end + REACH])
    if m is None or (fig.counted is not None and m["noun"] in _norms()):
        return
    direction = "above" if m["dir"].split()[0].lower() in _ABOVE else "below"
    ref = " ".join(m["ref"].split())
    # the head keeps the direction: "above budget" is a quantity of its own, never the budget
    fig.counted, fig.counted_head = f"{direction} {ref}", f"{direction} {m['noun']}"
    fig.inherited = True
