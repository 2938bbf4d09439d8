"""What a count of a queue counts: its members. "The queue stood at 160" counts ships, not
queues; the members are named by the queue's own "of" ("the line of ships waiting ... has
grown to 160"), or, for a noun with no other sense (``holder_nouns`` in
``store/data/units.toml``), by the same kind of noun with "of" earlier in the article ("Queue of
160 ships" in a headline) or by the count just before ("Pilots counted 118 ships waiting. A
broker put the queue at 134"). Runs before units are handed on, so that a bare number after
("a data firm counted 187") follows the members. Each search is a bounded window before the
figure, and only a figure that counts such a noun searches."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit
from store.extract.figures.found import FoundFigure
from store.extract.figures.measured import is_count
from store.extract.figures.parse import text_of, token_at
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EARLIER = 3000  # characters back an earlier "queue of ships" may be
BEFORE = 300  # characters back the count just before may end
PLURAL = ("NNS", "NNPS")


@lru_cache(maxsize=1)
def _of_pattern() -> re.Pattern[str]:
    """ "queue of ships", "line of 160 ships", "backlog of some 900 claims": the member noun."""
    lex = units()
    holders = "|".join(sorted(map(re.escape, lex.holders | lex.holders_with_of), key=len,
                              reverse=True))
    return re.compile(rf"\b(?:{holders})s?\s+of\s+(?:the\s+|some\s+|about\s+)?(?:[\d.,]+\s+)?"
                      r"([^\W\d_][\w-]*)", re.I)


def count_members(figures: list[FoundFigure], doc: Doc) -> None:
    """Give a figure that counts a queue its members' noun and unit (the module's docstring)."""
    lex = units()
    text = text_of(doc)
    for i, fig in enumerate(figures):
        head = (fig.counted_head or "").lower()
        if head not in lex.holders and head not in lex.holders_with_of:
            continue
        if not is_count(fig.unit) or fig.rate or re.match(rf"\s+{re.escape(head)}", text[fig.end:],
                                                          re.I):
            continue  # "12 queues": the number counts the noun itself
        member = _member(doc, text, max(fig.sentence[0], fig.start - 160), fig.start)
        if member is None and head in lex.holders:
            member = _member(doc, text, max(0, fig.sentence[0] - EARLIER), fig.sentence[0])
        if member is not None:
            unit = count_unit(member, fig.group, frozenset())
            if unit is not None:
                fig.unit, fig.counted, fig.counted_head = unit, member.text, member.lemma_
            continue
        if head in lex.holders:
            before = _count_before(figures, i)
            if before is not None:
                fig.unit, fig.counted, fig.counted_head = (before.unit, before.counted,
                                                           before.counted_head)


def _member(doc: Doc, text: str, start: int, end: int) -> Token | None:
    """The last plural noun a queue's "of" names between ``start`` and ``end``, within its
    first three words ("a backlog of 1,200 asylum claims")."""
    found = None
    for m in _of_pattern().finditer(text, start, end):
        tok = token_at(doc, m.start(1))
        for _ in range(3):
            if tok is None or not tok.is_alpha:
                break
            if tok.tag_ in PLURAL:
                found = tok
                break
            tok = tok.nbor() if tok.i + 1 < len(doc) else None
    return found


def _count_before(figures: list[FoundFigure], i: int) -> FoundFigure | None:
    """The count that ends just before figure ``i`` (its sentence or the one before), of a
    plural noun of its own: what the queue holds."""
    fig = figures[i]
    for other in reversed(figures[:i]):
        if other.end < fig.start - BEFORE:
            return None
        if other.rate or not is_count(other.unit) or other.unit == "count":
            continue
        head = (other.counted_head or "").lower()
        if not head or head in units().holders or head in units().holders_with_of:
            continue
        return other
    return None
