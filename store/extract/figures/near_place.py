""""near" as a preposition of place, not as "nearly": "roads near 3 schools", "40 bodies near 2
villages" say where, and the count after them is exact. "near" is "about" when it stands before a
level or a crowd ("the rupee traded near 298", "near 2,000 people marched"); it is the place
preposition when a noun stands right before it and the figure counts things (an amount or a
measure after a noun, "prices near $4", is still a level)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.numbers import NumberExpr

if TYPE_CHECKING:
    from spacy.tokens import Span


def near_a_place(expr: NumberExpr, span: Span) -> bool:
    """Whether the "near" right before a count is a preposition of place after a noun."""
    if expr.unit is not None or span.start < 2:
        return False
    near, before = span.doc[span.start - 1], span.doc[span.start - 2]
    return near.lower_ == "near" and before.pos_ in ("NOUN", "PROPN") and near.dep_ == "prep"
