"""Heights of water written with a bare "m": "the river crested at 6.82m", "the tide reached 5.1m".

Copy writes a million glued to its digits ("6.8m viewers", "a £6.8m bill") and a metre the same
way; the scanner reads a bare "m" as a million unless a dimension follows it ("30m wide"). A
river's stage, a tide, a wave and snow are measured in metres, never counted in millions, so an
"m" is metres where the sentence before the number speaks of water or snow, the number stands
after a word that reaches a level ("at", "to", "reached"), and nothing it could count follows
(``units().water_heights``). A sentence that speaks of money or of people keeps its millions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from store.knowledge.units import Units, units

REACH = 80  # characters before a number searched for a word about water, within its sentence

# "at about", "to nearly", "of up to": degree words between the level word and the number
_DEGREE = r"(?:(?:about|some|nearly|almost|around|roughly|just|only|barely|up\s+to|more\s+than" \
          r"|over|under|close\s+to|a\s+record|a\s+peak\s+of)\s+)*"
_M_GLUED = re.compile(r"\d\s?m$")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s")
_MARKS = frozenset({"mark", "level", "record", "peak", "high"})
_CURRENCY = re.compile(r"[$£€¥₹]|\b(?:euros?|dollars?|pounds|francs|crowns|kronor|kroner)\b", re.I)


class _Expr(Protocol):
    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str | None
    kind: str
    is_range: bool


E = TypeVar("E", bound=_Expr)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                    re.Pattern[str], frozenset[str]]:
    """The cue words, the level word right before the number, the word right after it, and the
    words of money or of people that keep a million a million."""
    lex = units()
    words = lex.water_heights

    def alt(items: object) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(items, key=len, reverse=True))  # type: ignore[arg-type]

    cues = re.compile(rf"\b(?:{alt(words.get('cues', ()))})\b", re.I)
    before = re.compile(rf"\b(?P<w>{alt(words.get('before', ()))})\s+{_DEGREE}$", re.I)
    after = re.compile(r"\s*(?:[,.;:)!?]|$|(?P<w>[A-Za-z]+)\b)")
    kept = lex.money_nouns | lex.person_units | set(words.get("blockers", ()))
    blockers = re.compile(rf"\b(?:{alt(kept)})s?\b", re.I)
    return cues, before, after, blockers, frozenset(w.lower() for w in words.get("after", ()))


def metres_of_water(found: list[E], text: str, lex: Units) -> list[E]:
    """``found`` with each bare "m" that measures a height of water or snow read as metres."""
    if not lex.water_heights:
        return found
    cues, before, after, blockers, follows = _patterns()
    out = list(found)
    for i, expr in enumerate(out):
        if (expr.unit is not None or expr.kind != "digits" or expr.is_range
                or not _M_GLUED.search(expr.text)):
            continue
        window = text[max(0, expr.start - REACH):expr.start]
        ends = list(_SENTENCE_END.finditer(window))
        if ends:
            window = window[ends[-1].end():]
        if not cues.search(window) or blockers.search(window) or _CURRENCY.search(window):
            continue
        lead = before.search(window)
        tail = after.match(text, expr.end, expr.end + 40)
        if lead is None or tail is None:
            continue
        word = (tail.group("w") or "").lower()
        if word and word not in follows:
            continue
        if lead.group("w").lower() in ("the", "a") and word not in _MARKS:
            continue  # "the 7.2m mark", not "a 1.2m"
        out[i] = replace(expr, low=expr.low / 1e6, high=expr.high / 1e6, unit="metres")
    return out
