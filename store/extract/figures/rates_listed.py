"""An amount that carries on a price given per one of something, its own noun left out: "farmers
were paid 24 euros a bird before December and 30 euros after", "entry is €6 a head for adults
and €4 for children", "undergraduates pay £23,600 a year, and postgraduates about £21,000" (the
second clause's verb left out: its own subject takes only a rate of time, "a year", not the one
the first clause's subject is priced per). The second amount is the same price of another time
or another kind of buyer, given per the same one; it is read once every figure has the rate its
own words give, between two neighbours of one sentence, in the few words that join them."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from store.knowledge.context import context_words, hedges
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

# what may lie between the priced amount (its rate said) and the next: a few words of when or
# for whom, then "and", "but" or "while" ("... a bird before December and ", "... a head for
# adults, and "); no sentence end, no other figure (the two are neighbours)
# ("... a year, and postgraduate students about £21,000": the second clause's subject, its verb
# left out, a few words with no preposition that would make the amount another thing's, "a
# bonus of")
_JOINED = re.compile(r"[^.;:!?\n\d()]{0,60}?(?:,\s*(?:and|but|while)|\s(?:and|but|while))\s+"
                     r"(?P<subject>(?:(?!(?:of|in|on|to|for|at|with|by|from|as|than)\b)"
                     r"[A-Za-z'’-]+\s+){0,4}?)"
                     rf"(?:(?:{hedges()}|almost|just)\s+)?")
# after the second amount, the words of an ellipsis: when or for whom, or the clause's end; a
# noun of its own ("and 30 euros in fines") makes it an amount of another thing
# ("for" a kind of buyer or a time, "for adults", "for both days"; not "for a car", "for each
# van", which names another one the amount is per)
# (or where: "£342 a week in the capital, and £221 elsewhere")
_ELLIPSIS = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:after|afterwards|thereafter|later|before|from"
                       r"|since|until|elsewhere|abroad|overseas|nationwide|nationally"
                       r"|for(?!\s+(?:a|an|each|every|one)\s))\b", re.I)
# "... and $300 in all": a total after the price, not another price (also of a list of prices,
# rates_said)
IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|overall)\b", re.I)
SPREAD = 10  # the most one price of a pair, or one item of a list of prices, is times another


def price_carried_on(figures: list[FoundFigure], text: str) -> None:
    """Give an amount with no rate the rate of the amount before it when the two are one
    currency's prices joined by "and" (the module's docstring), of one order of size (a total,
    a budget or a fund named after a price is of another) and said with no noun of its own."""
    money = units().currency_codes
    for prev, fig in _neighbours(figures, text):
        if prev.rate is None or fig.unit != prev.unit or (
                fig.rate is not None and not _subject_priced_both(prev, fig, text)):
            continue
        if fig.unit not in money or fig.sentence != prev.sentence or fig.start <= prev.end:
            continue
        low, high = sorted((abs(prev.low), abs(fig.low)))
        if low <= 0 or high > SPREAD * low:
            continue
        joined = _JOINED.fullmatch(text, _past_conversion(prev, text), fig.start)
        if joined is None or not _ELLIPSIS.match(text, fig.end) or IN_ALL.match(text, fig.end):
            continue
        if joined.group("subject") and prev.rate not in context_words().rate_period_words:
            continue  # "a ticket cost R$380, and a pass R$690": the pass is no ticket
        if _one_of_its_own(joined.group("subject")):
            continue  # "$5 an hour, and a day permit $30": one thing of its own period
        fig.rate = prev.rate


# a conversion in brackets right after an amount ("£342 (about Rs 37,600) a week")
_CONVERSION_OPENS = re.compile(r"\s*\(\s*(?:[a-z]+\s+)?$", re.I)
_CONVERSION = re.compile(r"\s*\([^()\n]{0,40}\)")


def _neighbours(figures: list[FoundFigure], text: str) -> list[tuple[FoundFigure, FoundFigure]]:
    """Each figure and the one before it, passing over a conversion in brackets between them
    ("£342 (about Rs 37,600) a week, and £221 elsewhere": £342 and £221)."""
    pairs = list(pairwise(figures))
    for before, conv, fig in zip(figures, figures[1:], figures[2:], strict=False):
        if conv.unit != fig.unit and before.unit == fig.unit and (
                _CONVERSION_OPENS.fullmatch(text, before.end, conv.start)):
            pairs.append((before, fig))
    return pairs


def _past_conversion(fig: FoundFigure, text: str) -> int:
    """Where the words after an amount begin, past a conversion in brackets right after it."""
    m = _CONVERSION.match(text, fig.end)
    return m.end() if m is not None else fig.end


SUBJECT_REACH = 120  # characters before the first amount its clause's subject may stand in


def _subject_priced_both(prev: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """ "A bed costs £342 a week in the capital, and £221 elsewhere": the second amount was
    given per the subject of the verb the two share ("per bed"), which the first amount's own
    rate of time ("a week") overrides; the second, its rate left out, carries the first's. The
    subject's noun stands before the first amount, in its sentence."""
    periods = context_words().rate_period_words
    if prev.rate not in periods or fig.rate in periods or fig.rate is None:
        return False
    before = text[max(0, prev.start - SUBJECT_REACH):prev.start]
    before = re.split(r"[.!?\n]\s", before)[-1]
    return re.search(rf"\b{re.escape(fig.rate)}s?\b", before, re.I) is not None


def _one_of_its_own(subject: str) -> bool:
    """Whether the subject of a second clause names one thing ("and a day permit $30", "and a
    weekly pass €60") or a period of its own: its amount is that thing's price, not one more
    price per the first clause's period."""
    words = subject.lower().split()
    periods = context_words().rate_period_words | units().rate_adjectives.keys()
    return bool(words) and (words[0] in ("a", "an") or any(w in periods for w in words))
