"""A tuition fee given per year (or term) is given per student too: "the tuition fee is capped at
£9,790 a year", "an international undergraduate pays an average of £23,600 a year", "home
students pay up to £9,790 a year, and postgraduates about £21,000". Tuition is what one student
pays for a course, so the year is one student's: the guide writes such a fee "per student per
year", as it writes a sum per head "per person".

The amount is one of money with a period of study as its rate and no one it is per; the few
words before it in its sentence (``REACH`` tokens, a conversion in brackets after the fee
included) hold a word of tuition (``tuition_words`` of ``store/data/context.toml``), or a
learner (``learner_nouns``) who pays it (the subject of "pay") or whose amount it is, with only
a qualifier between ("postgraduates about £21,000"). A sum written in millions or more ("Indian
students pay £4.5 billion a year in fees") is what many pay, no one student's fee. The same
amount said again in the article with the same period, where no such words stand ("fee cap
stays at £9,790" in a title), is that fee too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

STUDENT = "student"  # the one a tuition fee is per, as the guide writes it
REACH = 16  # tokens before the amount searched for its tuition or its learner
MANY = 1e6  # a scale word of this size or more writes a sum many pay
_WORD = re.compile(r"[a-z]+", re.I)


def per_student_fees(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """Give a tuition fee given per a period of study the student it is per (the module's
    docstring): its rate "year" becomes "student per year"."""
    ctx = context_words()
    money = units().currency_codes
    fees: set[tuple[str, float, float, str]] = set()
    for fig, span in zip(figures, spans, strict=True):
        if span is None or fig.unit not in money or fig.rate not in ctx.study_periods:
            continue
        if _many(fig.text) or not _tuition_before(span):
            continue
        fees.add((fig.unit, fig.low, fig.high, fig.rate))
        fig.rate = f"{STUDENT} per {fig.rate}"
    for fig in figures:  # "fee cap stays at £9,790" in the title: the same fee said again
        if (fig.unit, fig.low, fig.high, fig.rate) in fees:
            fig.rate = f"{STUDENT} per {fig.rate}"


def _many(text: str) -> bool:
    """The amount is written with a scale word or suffix of a million or more ("£4.5bn")."""
    lex = units()
    scales = {**lex.scale_words, **lex.scale_suffixes}
    words = [w.lower() for w in _WORD.findall(text)]
    glued = re.findall(r"\d([a-z]+)\b", text.lower())
    return any(scales.get(w, 0) >= MANY for w in (*words, *glued))


def _tuition_before(span: Span) -> bool:
    doc = span.doc
    ctx = context_words()
    before = doc[max(span.sent.start, span.start - REACH):span.start]
    for tok in before:
        lemma = tok.lemma_.lower()
        if lemma in ctx.tuition_words or tok.lower_ in ctx.tuition_words:
            return True
        if lemma in ctx.learner_nouns and (_pays(tok) or _just_before(tok, span)):
            return True
    return False


def _pays(tok: Token) -> bool:
    """The learner is the subject of "pay"."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() == "pay"


def _just_before(tok: Token, span: Span) -> bool:
    """Only a qualifier stands between the learner and the amount ("postgraduates about
    £21,000")."""
    between = tok.doc[tok.i + 1:span.start]
    return len(between) <= 2 and all(t.pos_ in ("ADV", "ADP") for t in between)
