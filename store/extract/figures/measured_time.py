"""A time that is a measure: said as a mean ("ships were waiting an average of 4.5 days",
"response times averaged 11 minutes"), and the mean it is compared with right after it ("...,
against 1.8 days in July"). A length of time is no figure (the annotation guide's "six months",
"42 days"), but a mean time is a measure a fact-checker can check against its source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.extract.numbers import NumberExpr
from store.knowledge.context import context_words, hedges

if TYPE_CHECKING:
    from spacy.tokens import Span

# "an average of", "averaging about", "on average": the mean said right before the number
_AVERAGED = re.compile(rf"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:(?:{hedges()}"
                       r"|almost|just|over|under|more\s+than|less\s+than)\s+)?$", re.I)
# "an average of 4.5 days for a berth, against 1.8 days": the mean it is compared with, a few
# words after the first
_AVERAGE_COMPARED = re.compile(r"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:[a-z]+\s+)?[\d.,]+\s+"
                               r"[a-z]+(?:\s+[a-z]+){0,4},?\s+(?:against|(?:up|down)\s+from"
                               r"|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:usual\s+)?$",
                               re.I)
_BEFORE = 40  # a mean said right before the number
_COMPARED = 90  # a mean, its words and the comparison before the number


def time_measured(expr: NumberExpr, text: str) -> bool:
    """Whether the number before a time word is a mean time: said as one, or compared with one
    a few words before it (a bounded window before the number)."""
    return bool(_AVERAGED.search(text, max(0, expr.start - _BEFORE), expr.start)
                or _AVERAGE_COMPARED.search(text, max(0, expr.start - _COMPARED), expr.start))


_REACH = 20  # tokens before the number where "average" may stand, in its sentence


def what_is_averaged(span: Span) -> str | None:
    """What a mean time measures, as its sentence says it: the time spent that a verb of one
    names ("were waiting an average of 4.5 days", and "..., against 1.8 days" after it: the
    wait); else None. Kept on the document by the figure's first token: the filter of claims,
    the measure and the assembly each ask it of the same figure."""
    doc = span.doc
    known = doc.user_data.setdefault("claimscope_averaged", {})
    if span.start not in known:
        known[span.start] = next((
            tok.head.lemma_.lower() for tok in doc[max(span.sent.start, span.start - _REACH):
                                                   span.start]
            if tok.lower_ == "average" and tok.dep_ in ("dobj", "npadvmod")
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in context_words().mean_time_verbs), None)
    return known[span.start]


def mean_time_of(expr: NumberExpr, span: Span) -> str | None:
    """The time spent a number before a time word is the mean of ("wait"), when the text says
    it as a mean (``time_measured``) of a verb of time spent; else None (a mean of another
    thing, "cut power to 610,000 customers for an average of five hours", is given per one of
    them, which is not read here)."""
    return what_is_averaged(span) if time_measured(expr, text_of(span.doc)) else None
