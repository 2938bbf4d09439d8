"""Two percentages joined by "to" right after a verb of change, or right before a comparative
("10% to 15% more than"): one range of the change.

"Prices could rise 20% to 30%", "output is set to grow 8 per cent to 10 per cent": the writer
gives how much the quantity moves as a range. The scanner reads a percentage written twice as two
figures unless a dash or "between" joins them, since "fares rose 0.4% to 3.9%" is a change and the
level it reached, and "rose from 2% to 3%" the two values of the move (the revision rules split
it). The ends of a range lie close together, while a change is most often far smaller than the
level it reaches; so the two are joined only when the higher is at most ``WITHIN`` times the lower.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from store.knowledge.estimates import estimate_words
from store.knowledge.units import units


class _Number(Protocol):
    """What this reads of the scanner's number expressions (the scanner calls this module, so it
    does not import the scanner's class)."""

    start: int
    end: int
    low: float
    high: float
    unit: str | None
    is_range: bool
    __dataclass_fields__: dict[str, Any]


NumberExpr = TypeVar("NumberExpr", bound=_Number)

WITHIN = 2.0  # the widest range of a change read from "X% to Y%" (20% to 30%, 5% to 10%)
SUBJECT_REACH = 40  # characters before the verb searched for a share or rate as its subject
# the past forms of the verbs of change ([comparison] change_verbs of estimates.toml) that do not
# end in -ed (English irregular verbs: rise, fall, grow, shrink, go)
_IRREGULAR_PAST = frozenset({"rose", "risen", "fell", "fallen", "grew", "grown", "shrank",
                             "shrunk", "went", "gone"})
UNSURE_REACH = 60  # characters before the first percentage searched for an estimate or hedge
RANGE_NOUN_REACH = 16  # characters before the first percentage a noun of spread may end in
REACH = 24  # characters before the first percentage the verb may take ("could go up ")
BY_REACH = 80  # characters before the first percentage a verb, its object and "by" may take
_TO = re.compile(r"\s+to\s+")
_FROM = re.compile(r"\bfrom\s+$", re.I)  # "went from 40% to 60%": two values, never a range
# a comparative right after the second percentage: the pair says by how much one quantity
# exceeds or falls short of another ("costs 10% to 15% more than", "is 5% to 8% lower than"),
# one range whatever verb comes before
_COMPARED = re.compile(r"\s+(?:(?:more|less)(?:\s+[a-z]+)?|fewer|higher|lower|greater|smaller|"
                       r"bigger|larger|cheaper|dearer|faster|slower)\s+than\b", re.I)
# the pair after a form of "be" and before a comparative ("supply is expected to be 4% to 5%
# lower in May than a year earlier"): the level it is compared with follows, if at all, later
_COPULA = re.compile(r"\b(?:be|is|are|was|were|been)\s+$", re.I)
_COMPARATIVE = re.compile(r"\s+(?:more|less|fewer|higher|lower|greater|smaller|bigger|larger|"
                          r"cheaper|dearer|faster|slower)\b", re.I)


def join_neighbours(found: list[NumberExpr],
                    joined: Callable[[NumberExpr, NumberExpr], NumberExpr | None]
                    ) -> list[NumberExpr]:
    """``found`` with each two neighbours ``joined`` makes one (its answer, else None) replaced
    by that one: one pass over the scanned numbers."""
    out: list[NumberExpr] = []
    i = 0
    while i < len(found):
        one = joined(found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(found[i] if one is None else one)
        i += 1 if one is None else 2
    return out


def join_change_ranges(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """``found`` with each such pair made one range."""

    def joined(first: NumberExpr, second: NumberExpr) -> NumberExpr | None:
        if not _one_range(first, second, text):
            return None
        return replace(first, end=second.end, text=text[first.start:second.end],
                       high=second.high, is_range=True, between=False)

    return join_neighbours(found, joined)


def _one_range(first: _Number, second: _Number, text: str) -> bool:
    if first.unit != "percent" or second.unit != "percent" or first.is_range \
            or second.is_range or not 0 < first.low < second.low:
        return False
    if _TO.fullmatch(text, first.end, second.start) is None:
        return False
    if estimate_words().range_named.search(text, max(0, first.start - RANGE_NOUN_REACH),
                                           first.start) is not None:
        return True  # "a confidence interval of 12% to 19%": named as one range's limits
    if second.low > WITHIN * first.low:
        return False
    if _COMPARED.match(text, second.end) is not None and (
            _FROM.search(text, max(0, first.start - 6), first.start) is None):
        return True  # "47% to 58% more than the budget": how much more, as a range
    if _COMPARATIVE.match(text, second.end) is not None and (
            _COPULA.search(text, max(0, first.start - 8), first.start) is not None):
        return True  # "will be 4% to 5% lower in May": how much lower, as a range
    verb = estimate_words().changed.search(text, max(0, first.start - REACH), first.start)
    if verb is None:
        # "pushed up vegetable prices by 30% to 40%": the verb, its object, then "by"
        verb = estimate_words().moved_by.search(text, max(0, first.start - BY_REACH),
                                                first.start)
        if verb is None or _names_a_share(verb.group("between")):
            return False  # "cut the rate by 0.5% to 1%": a rate's move, then its level
    if _share_before(text, verb.start()):
        return False  # "the jobless rate fell 5% to 8.1%": a rate's move, then its level
    # "fares increased 4% to 6.2% last year": a past move and the level it reached, written to
    # other precisions; the ends of a range share theirs ("ridership grew 15% to 25%"), as do
    # those of a move estimated or hedged ("economists estimate the economy grew 1.5% to 2%")
    return not (_past(verb.group()) and _decimals(text, first) != _decimals(text, second)) or (
        _unsure_before(text, first.start))


def _unsure_before(text: str, start: int) -> bool:
    """A verb of estimating or forecasting, or a hedge, in the clause before the move; not such
    a word after a determiner or a preposition, a noun there ("Spending on the project rose")."""
    window = re.split(r"[.;:!?]", text[max(0, start - UNSURE_REACH):start])[-1]
    words, nouns = estimate_words().unsure_before, estimate_words().noun_markers
    found = re.findall(r"[a-z]+", window.lower())
    return any(w in words and not (k > 0 and found[k - 1] in nouns) for k, w in enumerate(found))


def _share_before(text: str, verb_start: int) -> bool:
    """A share or rate named just before the verb, in its clause: its subject is a percentage
    level, so the second figure is the level it moved to."""
    window = re.split(r"[.;:!?]", text[max(0, verb_start - SUBJECT_REACH):verb_start])[-1]
    return _names_a_share(window)


def _names_a_share(words: str) -> bool:
    """Whether ``words`` name a share or rate (a percentage level)."""
    nouns = units().share_nouns
    return any(w in nouns or w.removesuffix("s") in nouns
               for w in re.findall(r"[a-z]+", words.lower()))


def _past(verb: str) -> bool:
    last = verb.split()[0].lower() if verb.split() else ""
    return last.endswith("ed") or last in _IRREGULAR_PAST


def _decimals(text: str, number: _Number) -> int:
    digits = re.search(r"\d+(?:\.(\d+))?", text[number.start:number.end])
    return len(digits.group(1) or "") if digits else 0
