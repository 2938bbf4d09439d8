"""A year that names the prices a sum is valued at is no sum: "$40 billion in 2015 dollars", "in
constant 2020 euros". The scanner reads four digits and a currency word as an amount of money
("2015 dollars"); but a year written bare, after "in" or "at" (with at most two words between:
"in constant", "at real"), before a currency word of ``[when] valued_at`` (context.toml) is the
price basis of the figure before it, which the figure's own rules read as its "when valued"."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from store.knowledge.context import valued_at_nouns


class _Number(Protocol):
    """What this reads of the scanner's number expressions."""

    start: int
    end: int
    text: str


NumberExpr = TypeVar("NumberExpr", bound=_Number)

REACH = 30  # characters before the year searched for its "in" / "at"
_YEAR_THEN_WORD = re.compile(r"(?:19|20|21)\d\d\s+([a-z]+)", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def without_price_basis_years(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """``found`` less each year that names the prices of a sum (the module's docstring)."""
    return [e for e in found if not _price_basis(e, text)]


def _price_basis(expr: _Number, text: str) -> bool:
    m = _YEAR_THEN_WORD.fullmatch(expr.text)
    if m is None or m.group(1).lower() not in valued_at_nouns():
        return False
    return _IN_BEFORE.search(text, max(0, expr.start - REACH), expr.start) is not None
