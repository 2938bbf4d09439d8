"""What a depth of rain or snow measures: the rainfall or the snowfall. A gauge reports
precipitation as the depth of water it collects, so "312 mm of rain" and "30 cm of snow" are the
rainfall and the snowfall, not the rain itself; a depth in millimetres that is itself the subject
of "fall" ("58 mm fell in a single hour", "the 312 mm that fell", "another 80 mm a day could
fall") is rainfall with no noun written, whatever noun it borrowed from the sentence. The nouns,
the verb and the unit are ``[precipitation]`` of ``store/data/quantities.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

LENGTH = "length"
RELATIVE_PRONOUNS = frozenset({"that", "which"})  # "the 312 mm that fell"


def name_the_precipitation(fig: FoundFigure, span: Span) -> None:
    """Name a depth of rain or snow after the fall it measures; name a depth that falls, with no
    noun, rainfall."""
    measure = converted(fig.base_unit)
    if measure is None or measure[0] != LENGTH:
        return
    classes = quantity_classes()
    falls = fig.base_unit in classes.falling_units and _falls(span, classes.falling_verbs)
    if falls and (not fig.counted or fig.inherited):
        # a noun borrowed from the sentence is not what fell ("the fair stayed dry despite the
        # 64 mm that fell": no fair)
        fig.counted = fig.counted_head = classes.fallen
        fig.inherited = False
        return
    if fig.counted:
        words = fig.counted.split()
        fall = classes.falls.get(words[-1].lower())
        if fall is not None:  # "monsoon rain" -> "monsoon rainfall"
            fig.counted = " ".join([*words[:-1], fall])
            fig.counted_head = fall


def _falls(span: Span, verbs: frozenset[str]) -> bool:
    """Whether the depth is the subject of a verb of falling, in its own clause ("58 mm fell")
    or in a relative clause about it ("the 312 mm that fell")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in verbs and any(
        s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)
        for c in root.children)
