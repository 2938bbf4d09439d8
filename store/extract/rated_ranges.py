"""Two prices per one unit written as one range, the unit after each end: "from R398/MWh to
R612/MWh", "between $60/bbl and $75/bbl", "R450-R520/MWh".

The grammar reads an amount and stops at its slash, so the two ends of such a range come out as
two amounts, where "from $60 to $75 a barrel" is one range; and "R450-R520/MWh" is three parts
joined by a dash and a slash, the shape of a code ("KW-2023-0311"), which the scanner leaves out.
Both are read as the grammar reads the range without the first slash: one expression from the
first end to the second, "from" or "between" before it as the grammar marks it, the rate left to
the slash after the second end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.change_ranges import NumberExpr, join_neighbours

# a hyphen, the Unicode hyphens and dashes, and the minus sign: what joins a range's two ends
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# a unit after a slash ("MWh", "kg", "m2", "m²")
_UNIT = r"[A-Za-z][A-Za-z\d\u00b2\u00b3]*"
# the slash and the unit after the first end, then the range's dash or joining word
_FIRST_END = re.compile(rf"/[ \t]?({_UNIT})[ \t]*(?:[{DASHES}]|(to|and)\b)[ \t]*")
_SLASHED = re.compile(rf"/[ \t]?({_UNIT})(?![\w])")
_OPENED = re.compile(r"\b(from|between)\s+$", re.I)
OPENED_REACH = 12  # characters before the first end searched for "from" or "between"
# "R450-R520/MWh", "$2.10-$2.40/kg": a currency's letters or sign, digits, a dash, again, and a
# unit after a slash
_PRICED_RANGE = re.compile(rf"[^\W\d_]{{0,3}}\$?\d[\d.,]*[{DASHES}][^\W\d_]{{0,3}}\$?\d[\d.,]*"
                           rf"/{_UNIT}")


def priced_range(code: str) -> bool:
    """Whether what has the shape of a code ("R450-R520/MWh") is a range of two prices per a
    unit, not a code."""
    return _PRICED_RANGE.fullmatch(code) is not None


def join_rated_ends(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """``found`` with each two amounts of one currency, each given per the same unit after a
    slash and joined by a dash, "to" or "and" ("between" before them), made one range."""

    def joined(first: NumberExpr, second: NumberExpr) -> NumberExpr | None:
        if (first.unit is None or first.unit != second.unit or first.is_range
                or second.is_range or first.low >= second.low):
            return None
        between = _FIRST_END.fullmatch(text, first.end, second.start)
        after = _SLASHED.match(text, second.end)
        if between is None or after is None or between.group(1) != after.group(1):
            return None
        opened = _OPENED.search(text, max(0, first.start - OPENED_REACH), first.start)
        word = opened.group(1).lower() if opened else ""
        if between.group(2) and (between.group(2).lower() == "and") != (word == "between"):
            return None  # "and" joins a range only after "between"; "to" not after it
        return replace(first, end=second.end, text=text[first.start:second.end],
                       high=second.high, is_range=True, between=bool(word),
                       prefix_start=opened.start(1) if opened else first.start)

    return join_neighbours(found, joined)
