"""A share or a sum that "of which" names as a part of a sum before it: "spent $38m, of which
61% went on advertising", "reported revenue of $1.2bn, of which its academy earned a fifth",
"costs of $640m-$720m, of which $185m was booked in the first quarter".

A share's counted thing is the whole it is a share of (the annotation guide: what is counted,
"as the sentence implies even when the noun is elsewhere"), so the share counts what the sum
before "of which" counts. A sum said so is a part of that sum and counts it too; what was done
with the part, when a passive participle says it ("was booked", "had been committed"), follows
the whole's noun ("costs booked"), as the part is the whole's share that was so treated. Without
this the part's own verb names it ("booked" reads as revenue), or nothing does. A sum the part's
own active verb says the use of ("of which $2,500 goes on heating") is left to that verb's rule.

The whole is one of the few figures right before the part, in its sentence, with a noun of its
own by now; only the text between them is read, a bounded stretch."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

SHARES = frozenset({"percent", "fraction"})
WHOLE_REACH = 3  # figures before the part the whole may be (a conversion in brackets between)
TEXT_REACH = 120  # characters between the whole and the part, at most
# ", of which" (or "of whom") after the whole, then at most a clause's subject and verb before
# the part: no sentence break, no second "of which"
_CLAUSE = r"(?:[^.;:!?]|\.(?=\d))*"  # no sentence break (a decimal point is none)
_OF_WHICH = re.compile(rf"{_CLAUSE},\s*of\s+(?:which|whom)\b(?P<rest>{_CLAUSE})", re.I)


def _a_share(fig: FoundFigure) -> bool:
    return fig.base_unit in SHARES


def _a_sum(fig: FoundFigure) -> bool:
    return fig.base_unit in units().currency_codes


def _participle(span: Span) -> str | None:
    """The passive participle a sum is the subject of ("$185m was booked": "booked")."""
    verb = span.root.head
    if span.root.dep_ != "nsubjpass" or verb.tag_ != "VBN" or verb.i < span.end:
        return None
    return verb.lower_


def whole_of_the_part(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure],
                      text: str) -> tuple[str, str | None] | None:
    """The counted phrase and head of a share or a sum "of which" names as a part of a sum with
    a noun of its own before it in its sentence, or None."""
    if not (_a_share(fig) or _a_sum(fig)):
        return None
    before = [f for f in same_sentence if f.end <= fig.start][-WHOLE_REACH:]
    for whole in reversed(before):
        if fig.start - whole.end > TEXT_REACH:
            return None
        between = _OF_WHICH.fullmatch(text, whole.end, fig.start)
        if between is None or re.search(r"\bof\s+(?:which|whom)\b", between.group("rest"), re.I):
            return None
        if not whole.counted or not _a_sum(whole):
            continue  # a conversion in brackets, not yet named: the sum before it
        counted = whole.counted
        if _a_sum(fig):
            done = _participle(span)
            if fig.base_unit != whole.base_unit or done is None:
                return None  # ("of which $2,500 goes on heating": the spending on a use)
            if done not in counted.lower().split():
                counted = f"{counted} {done}"
        return counted, whole.counted_head
    return None
