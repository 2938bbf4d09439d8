"""A year that names the prices a sum is valued at is no sum: "$40 billion in 2015 dollars", "in
constant 2020 euros". The scanner reads four digits and a currency word as an amount of money
("2015 dollars"); but a year written bare, after "in" or "at" (with at most two words between:
"in constant", "at real"), before a currency word of ``[when] valued_at`` (context.toml) is the
price basis of the figure before it, which the figure's own rules read as its "when valued".
Only the basis words of ``[when] valued_basis`` may stand between: "fined him at least 2000
dollars", "received in all 2000 euros" are sums. With none between, a sum must stand just before
the "in" / "at" for the year to value it: "priced at 2000 dollars" is a sum."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from store.knowledge.context import valued_at_nouns, valued_basis_words


class _Number(Protocol):
    """What this reads of the scanner's number expressions."""

    start: int
    end: int
    text: str


NumberExpr = TypeVar("NumberExpr", bound=_Number)

REACH = 30  # characters before the year searched for its "in" / "at"
_YEAR_THEN_WORD = re.compile(r"(?:19|20|21)\d\d\s+([a-z]+)", re.I)
SUM_REACH = 30  # characters before the "in" / "at" searched for the sum a bare year values
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+((?:[\w’'-]+\s+){0,2})$", re.I)


def without_price_basis_years(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """``found`` less each year that names the prices of a sum (the module's docstring)."""
    return [e for e in found if not _price_basis(e, text)]


def _price_basis(expr: _Number, text: str) -> bool:
    m = _YEAR_THEN_WORD.fullmatch(expr.text)
    if m is None or m.group(1).lower() not in valued_at_nouns():
        return False
    at = _IN_BEFORE.search(text, max(0, expr.start - REACH), expr.start)
    if at is None:
        return False
    between = at.group(1).lower().split()
    if between:
        return all(w in valued_basis_words() for w in between)
    return any(c.isdigit() for c in text[max(0, at.start() - SUM_REACH):at.start()])
