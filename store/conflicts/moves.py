"""A percentage that is a move over a span, and the point it is measured from.

"shares fell 2.4% on the day", "up 9% on the month" and "down 15% since the storm" each say how far
a quantity moved over a span of its own, not a level it stood at. Two such moves over different
spans, or from different points, are not one quantity at two times: their difference shows no
change (a day's fall beside the fall since a storm; a month's rise beside a year's). Only two
moves measured from one point ("down 6% since the last close before the strike", later "down 14%
since that close before the strike") are one running move seen twice, which may have changed.
The words are ``[moves]`` of ``store/data/context.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from store.knowledge.context import alternation, move_words

# the units a move is given in: a percentage, a fraction ("fell by a third"), or points of one
MOVE_UNITS = frozenset({"percent", "fraction", "percentage points", "basis points"})
REACH = 60  # characters before the figure read for its verb of change (a bounded window)
SINCE_REACH = 90  # characters after the figure read for the point it is measured from
SINCE_WORDS = 8  # words of that point read after "since"


class _Moved(Protocol):
    move: frozenset[str] | None
    share_of: bool


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = move_words()
    between = alternation(words.between)
    before = re.compile(rf"(?:^|(?<=[^\w'-]))(?:(?P<phrasal>{alternation(words.phrasal)})\s+)?"
                        rf"(?P<verb>{alternation(words.before)})"
                        rf"(?:\s+(?:{between}))*\s+$", re.I)
    after = re.compile(rf"\s*-?\s*(?:{alternation(words.after)})\b", re.I)
    since = rf"\W{{0,2}}\b(?:{alternation(words.since)})\s+"
    # after the figure, the point runs to the end of its clause (not past a comma that opens
    # another: ", but is down 9%"); before it ("Since May, shares have fallen 18%"), to the
    # comma that closes the phrase
    clause = since + (r"([^.;:!?]*?)(?=,\s*(?:but|while|and|although|though|as|which|when|"
                      r"after)\b|[.;:!?]|$)")
    return before, after, re.compile(clause, re.I), re.compile(since + r"([^.;:!?,]*)", re.I)


def move_of(unit: str, sentence_text: str, begin: int, end: int) -> frozenset[str] | None:
    """The point a move is measured from, as its words ("since 9 May" gives {"9", "may"}), an
    empty set for a move that names none ("fell 2.4% on the day"), or None when the figure at
    ``begin``-``end`` of its sentence is no move ("fell to 35%", "up from 41%", "58% of")."""
    if unit not in MOVE_UNITS or not 0 <= begin <= end <= len(sentence_text):
        return None
    before, after, _, _ = _patterns()
    said = before.search(sentence_text, max(0, begin - REACH), begin)
    if said is not None and said.group("phrasal") and said.group("verb").lower() == "up":
        said = None  # "made up 58% of": a part of a whole
    if said is None and after.match(sentence_text, end) is None:
        return None
    return point_of(sentence_text, begin, end)


def point_of(sentence_text: str, begin: int, end: int) -> frozenset[str]:
    """The words of the point a move or a difference at ``begin``-``end`` of its sentence is
    measured from ("since 9 May" gives {"9", "may"}); an empty set when it names none."""
    _, _, since, since_before = _patterns()
    # (before it, only a sentence that opens on the point: a "since" phrase further on may be
    # another figure's, "has risen 6% since May, but is down 9% this year")
    point = since.search(sentence_text, end, min(len(sentence_text), end + SINCE_REACH)) \
        or since_before.match(sentence_text, 0, begin)
    if point is None:
        return frozenset()
    stop = move_words().baseline_stop
    words = re.findall(r"[\w'-]+", point.group(1).lower())[:SINCE_WORDS]
    return frozenset(w for w in words if w not in stop)


_OF = re.compile(r"\s+of\b", re.I)


def share_of(unit: str, sentence_text: str, end: int) -> bool:
    """Whether a percentage is a part of a whole its "of" names ("58% of its sales", "a third of
    the seats"): a level, never a move."""
    return unit in MOVE_UNITS and 0 <= end <= len(sentence_text) \
        and _OF.match(sentence_text, end) is not None


def one_point(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two points moves are measured from are one: both named, by the same words or
    by two words in common at least ("since 9 May, the day before the strike" and "since the
    day before the strike was called")."""
    return bool(a) and bool(b) and (a == b or len(a & b) >= 2)


def moves_apart(a: _Moved, b: _Moved) -> bool:
    """Whether two figures are both moves that are not measured from one point, or a move and
    a part of a whole ("rose 7%" beside "41% of the market"): not one quantity at two times, so
    their difference shows no change."""
    if a.move is None or b.move is None:
        return (a.move is not None and b.share_of) or (b.move is not None and a.share_of)
    return not one_point(a.move, b.move)
