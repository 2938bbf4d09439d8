"""A time that is a measure: said as a mean ("ships were waiting an average of 4.5 days",
"response times averaged 11 minutes"), the time a task takes ("each repair takes four hours"),
and the time it is compared with right after it ("..., against 1.8 days in July", "..., not the
2.5 hours the maker budgets for"). A length of time is no figure (the annotation guide's "six
months", "42 days"), but a mean time or a task's time is a measure a fact-checker can check
against its source."""

from __future__ import annotations

import re

from store.extract.numbers import NumberExpr

# "an average of", "averaging about", "on average": the mean said right before the number
_AVERAGED = re.compile(r"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:(?:about|around|roughly|nearly"
                       r"|almost|just|some|over|under|more\s+than|less\s+than)\s+)?$", re.I)
# "an average of 4.5 days for a berth, against 1.8 days": the mean it is compared with, a few
# words after the first
_AVERAGE_COMPARED = re.compile(r"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:[a-z]+\s+)?[\d.,]+\s+"
                               r"[a-z]+(?:\s+[a-z]+){0,4},?\s+(?:against|(?:up|down)\s+from"
                               r"|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:usual\s+)?$",
                               re.I)
# "the repair takes four hours", "each inspection takes closer to three hours": the time a task
# takes, in the present of what is done again and again (not "swapping the valve took 14 hours",
# the length of one event; nor "it takes three days for ...", nor a time it takes to do
# something, below)
_TAKES = re.compile(r"(?<!\bit\s)\b(?:take|takes)\s+(?:(?:about|around|roughly"
                    r"|nearly|almost|just|only|some|over|under|closer\s+to|up\s+to|at\s+least"
                    r"|more\s+than|less\s+than)\s+)?$", re.I)
# "takes three months to build", "take two to three years to recover": the time until a thing
# is done, a length of time
_TO_DO = re.compile(r"(?:\s+and\s+a\s+half)?\s+[a-z]+\s+(?:[a-z]+\s+)?to\s+[a-z]", re.I)
# "takes four hours, not the 2.5 hours": the time it is compared with
_TAKES_COMPARED = re.compile(r"\b(?:take|takes)\s+(?:[a-z]+\s+){0,2}?[\d.,a-z]+\s+"
                             r"(?:hours?|minutes?|days?|weeks?),?\s+not\s+(?:the\s+)?$", re.I)
_BEFORE = 40  # a mean said right before the number
_COMPARED = 90  # a mean, its words and the comparison before the number


def time_measured(expr: NumberExpr, text: str) -> bool:
    """Whether the number before a time word is a measured time: a mean, the time a task takes,
    or one compared with either a few words before it (a bounded window before the number, and
    the few words after it that would make it the time until something is done)."""
    start = max(0, expr.start - _BEFORE)
    if _AVERAGED.search(text, start, expr.start) or _AVERAGE_COMPARED.search(
            text, max(0, expr.start - _COMPARED), expr.start):
        return True
    if _TAKES.search(text, start, expr.start) or _TAKES_COMPARED.search(
            text, max(0, expr.start - _COMPARED), expr.start):
        return _TO_DO.match(text, expr.end, expr.end + 40) is None
    return False
