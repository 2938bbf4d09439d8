"""A figure that is no level anyone has seen: its own words date it to a period still to come
when its article printed it ("100,000 chargers by 2031", printed in 2028; "the list at 7.1 million
by next January"), or it is a projection's value nothing dates ("will end the year with about
330", ``Claim.projected``). It is a target, a plan, a forecast or a pledge. Beside a level of a
period already begun or past, the pair shows no change over time (what a ministry aims at is not
what the count did); a reader told the quantity "changed" from one to the other is misled. Only
the text can set the two against each other: a figure its sentence sets against another ("will
rise to 5.00 from 4.25": ``Claim.compared``), or a projection whose own sentence tells a change
("would lift the force from 568 to 628 officers, or 44 per 1,000": ``tells_change``). Two figures
both ahead (two forecasts of two years) are left to the other rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol


class _Dated(Protocol):
    when: str | None
    reported: str | None
    reported_basis: bool
    event: bool
    projected: bool
    compared: bool
    change_told: bool


def still_to_come(claim: _Dated) -> bool:
    """Whether a figure's own words date it to a period that begins after the day its article
    printed it (a year after the article's year, a month after its month, a day after its day,
    read at the coarser of the two dates): a figure dated only by its article, or of an event,
    or of no date, is not."""
    when, printed = claim.when or "", claim.reported or ""
    if not when or not printed or claim.reported_basis or claim.event or claim.projected:
        return False
    if not when[:4].isdigit() or not printed[:4].isdigit():
        return False
    # (at the coarser of the two dates: a day of a month is not after that month, when only
    # the month of the article is known)
    shared = min(len(when), len(printed))
    return when[:shared] > printed[:shared]


def ahead(claim: _Dated) -> bool:
    """Whether a figure is a value still to come: a projection's, or of a period to come."""
    return claim.projected or still_to_come(claim)


def target_beside_level(a: _Dated, b: _Dated) -> bool:
    """Whether one of two figures is ahead (``ahead``) and the other is not, and neither
    sentence sets its figure against another, nor does the sentence of the one ahead tell a
    change: the pair shows no move."""
    if a.compared or b.compared or ahead(a) == ahead(b):
        return False
    return not (a if ahead(a) else b).change_told


NUMBER = r"[£$€¥₹]?\d"  # a figure's first character (a currency sign, then a digit)
# "from 568 officers to 628", "to 6.1% from 4.6%", "up from 40", "against 84 in 2031",
# "compared with 12": words that set one value against another within a sentence (a bounded gap
# between the two)
_TELLS = re.compile(rf"\bfrom\s+(?:[\w-]+\s+){{0,2}}?{NUMBER}[^;]{{0,80}}?\bto\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?{NUMBER}|\bto\s+{NUMBER}[^;]{{0,40}}?\bfrom\s+"
                    rf"{NUMBER}|\b(?:up|down)\s+from\s+{NUMBER}|"
                    rf"\b(?:against|compared\s+(?:with|to)|versus)\s+(?:[\w-]+\s+){{0,2}}?"
                    rf"{NUMBER}", re.I)


@lru_cache(maxsize=256)
def tells_change(sentence_text: str) -> bool:
    """Whether a sentence sets one value against another ("from X to Y", "up from X",
    "against X"): once per sentence (a sentence of many figures asks once)."""
    return _TELLS.search(sentence_text) is not None
