"""Another source's estimate set against a rated figure in the next clause: "The ministry
expects 25,000 passengers a day; the audit office forecasts fewer than 16,000", "organisers
counted 3,000 visitors a week, while the police say 1,800". The bare number is the same
quantity said by another voice, so it is given per the same period: the writer leaves out the
noun and the rate both, as a list does ("36 ships a day in May and 41 in June", read in
``rates_said``). The clause is bounded: a semicolon, or a comma and "while", "whereas" or "but",
then at most ``REACH`` words with a verb of saying or estimating among them, then the number.
A number followed in its clause by words of a running total or of the whole ("1,200 since
March", "50,000 in total") counts more than one period, so it takes no rate.

A price given per one of something is carried on the same way: "pullets cost €28 a bird last
spring; hatcheries now quote €36", "the ferry charged £9 a car, but the new operator asks £12".
The next clause's amount, in the same currency, with no rate of its own and of one order of
size (a total named after a price is of another), is the same price asked by another seller or
at another time; its clause needs a verb of saying, of price or of asking a price."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from store.extract.figures.parse import token_at
from store.extract.figures.rates_listed import SPREAD
from store.knowledge.context import context_words, whole_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure

REACH = 8  # words between the clause's start and the number
# what may stand between a rated figure and the clause set against it: its rate and when
_BEFORE_CLAUSE = re.compile(
    r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:a|an|per|each)\s+[a-z]+)?"
    r"(?:\s+(?:in|on|by|for|over|during|before|after|until|since|this|last|next)"
    r"(?:\s+[\w’'-]+){1,3}?)?"
    r"\s*(?:;|,\s*(?:while|whereas|but))\s", re.I)
_LETTER = re.compile(r"[^\W\d_]")
AFTER_REACH = 40  # characters after the number searched for words of a total, within its clause
_CLAUSE_END = re.compile(r"[;,.:!?]")


def contrasted_estimates(figures: list[FoundFigure], doc: Doc, text: str) -> None:
    """Give a bare number in a clause of saying set against the figure before it that figure's
    rate of time (the module's docstring)."""
    ctx = context_words()
    periods, reporting = ctx.rate_period_words, ctx.reporting
    priced_verbs = reporting | ctx.price_verbs | ctx.asking_verbs
    for prev, fig in pairwise(figures):
        if fig.rate is not None or prev.rate is None or fig.unit != prev.unit:
            continue
        priced = prev.rate not in periods
        if priced and not _one_price(prev, fig):
            continue
        if fig.sentence != prev.sentence or (not priced and _LETTER.search(fig.text)):
            continue
        m = _BEFORE_CLAUSE.match(text, prev.end, fig.start)
        if m is None:
            continue
        first, last = token_at(doc, m.end()), token_at(doc, fig.start)
        if first is None or last is None or not 0 < last.i - first.i <= REACH:
            continue
        words = doc[first.i:last.i]
        if any(t.like_num for t in words) or _subject_of_own_clause(doc, fig):
            continue
        if a_total(text, fig.end):
            continue
        verbs = priced_verbs if priced else reporting
        if any(t.lemma_.lower() in verbs and (t.pos_ == "VERB" or _misread_verb(t, last))
               for t in words):
            fig.rate = prev.rate


def _one_price(prev: FoundFigure, fig: FoundFigure) -> bool:
    """Two amounts of one currency, the first given per one of something, of one order of size:
    the same price (the module's docstring)."""
    if fig.unit not in units().currency_codes:
        return False
    low, high = sorted((abs(prev.low), abs(fig.low)))
    return low > 0 and high <= SPREAD * low


def a_total(text: str, end: int) -> bool:
    """ "the ministry says 1,200 since March", "organisers say 50,000 in total": words of a
    running total or of the whole after the number, in its clause (the module's docstring)."""
    after = text[end:end + AFTER_REACH]
    cut = _CLAUSE_END.search(after)
    words = " ".join(re.findall(r"[a-z]+", (after[:cut.start()] if cut else after).lower()))
    totals = context_words().running_words | whole_words()
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in totals)


def _misread_verb(tok: Token, number: Token) -> bool:
    """ "the audit office forecasts fewer than 16,000": a verb of saying the tagger read as a
    plural noun, with only the number's qualifier ("fewer than", "about") between it and the
    number."""
    between = tok.doc[tok.i + 1:number.i]
    return tok.tag_ == "NNS" and all(t.pos_ in ("ADJ", "ADV", "ADP") for t in between)


def _subject_of_own_clause(doc: Doc, fig: FoundFigure) -> bool:
    """ "the ministry says 300 were turned away", "police said 12 were arrested": the number is
    the subject of a clause of its own, which says what befell them, not the estimate the verb
    of saying completes, so it is no other voice's count of the figure before."""
    number = next((t for t in doc[_index(doc, fig.start):] if t.like_num), None)
    if number is None or number.idx >= fig.end:
        return False
    if number.dep_ in ("nsubj", "nsubjpass"):
        return True
    after = number.nbor(1) if number.i + 1 < len(doc) else None
    return after is not None and after.pos_ in ("AUX", "VERB") and after.tag_ != "VBG"


def _index(doc: Doc, offset: int) -> int:
    tok = token_at(doc, offset)
    return tok.i if tok is not None else len(doc)
