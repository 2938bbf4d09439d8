"""What a multiple counts: "four times the official toll", "nearly three times the police count",
"twice its usual load", "five times higher than the agency's estimate" are ratios to the thing
named after the multiplier (or after "than" or "as"). It is read last, for a multiple nothing
else named: a multiple that shares the noun of the figure it compares ("9.2 million people, 2.2
times the company's figure") keeps it.
A noun that names a number of nothing said (``[money_nouns] neutral`` of
``store/data/units.toml``) hands on what it is "of" ("three times the number of cases"), and
names no base without it ("1.5 times the agency's figure"). A figure right after the
multiplier is the base ("nine times the 212 deaths the ministry recorded"): the multiple is a
ratio to what that figure counts, when it counts something ("three times the $40m" names no
thing).

The guide counts "N times" as a ratio (unit ``ratio``); what it is a ratio to is the base the
phrase names, so the figure counts "ratio to <base>"."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.parse import pobj
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

RATIO = "ratio"
REACH = 6  # tokens after the multiplier the base's head may stand at
COMPARED = frozenset({"higher", "more", "greater", "larger", "bigger", "lower", "smaller",
                      "fewer", "less", "many", "much", "as"})  # "times higher than", "as many as"
LINKS = frozenset({"than", "as"})
HEAD_DEPS = frozenset({"compound", "poss", "amod", "nmod", "det", "nummod"})
STOPS = frozenset({"VERB", "AUX", "ADP", "PUNCT", "NUM", "SYM"})  # words no base is behind
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})  # the tagger's amounts


def name_the_ratio(fig: FoundFigure, span: Span, figures: list[FoundFigure]) -> bool:
    """Name a multiple after the base the words after it name, or the figure after it counts;
    whether they name one."""
    if fig.unit != RATIO or fig.counted is not None:
        return False
    base = _base(span)
    if base is None:
        counted = _base_figure(span, figures)
        if counted is None:
            return False
        fig.counted, fig.counted_head = f"{RATIO} to {counted.counted}", counted.counted_head
        fig.inherited = True
        return True
    fig.counted = f"{RATIO} to {counted_phrase(base, None)}"
    fig.counted_head = base.lemma_.lower()
    fig.inherited = True
    return True


def _base_figure(span: Span, figures: list[FoundFigure]) -> FoundFigure | None:
    """The figure right after the multiplier (past "the", "its", "higher than", "as many as"),
    when it counts something named."""
    doc = span.doc
    end = min(len(doc), span.end + REACH, span.sent.end)
    first = next((t for t in doc[span.end:end] if t.pos_ not in ("DET", "PRON")
                  and t.lower_ not in COMPARED | LINKS), None)
    if first is None:
        return None
    # the figures are in text order: the one starting at or just before the word
    i = bisect_right(figures, first.idx + len(first.text) - 1, key=lambda f: f.start) - 1
    base = figures[i] if i >= 0 and (first.idx <= figures[i].start or (
        figures[i].start <= first.idx < figures[i].end)) else None
    if base is None or not base.counted or base.unit == RATIO:
        return None
    return base


def _base(span: Span) -> Token | None:
    doc = span.doc
    end = min(len(doc), span.end + REACH, span.sent.end)
    i = span.end
    if i < end and doc[i].lower_ in COMPARED:  # "five times higher than the estimate"
        while i < end and doc[i].lower_ in COMPARED:
            i += 1
        if i >= end or doc[i].lower_ not in LINKS:
            return None
        i += 1
    noun = next((t for t in doc[i:end] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or any(t.pos_ in STOPS for t in doc[i:noun.i]):
        return None  # (a number between: "3.6 times the $8.70 it makes", a figure, not a thing)
    while noun.dep_ in HEAD_DEPS and noun.head.i > noun.i and noun.head.i < end and (
            noun.head.pos_ in ("NOUN", "PROPN")):
        noun = noun.head  # "the government's official toll": the toll
    codes = units().currency_codes
    if span.start <= noun.i < span.end or is_unit_noun(noun) or noun.ent_type_ in AMOUNTS or any(
            t.like_num or t.text in codes for t in doc[i:noun.i + 1]):
        return None  # "three times the $40m", "the EUR 130m": a sum, which names no thing
    if noun.lower_ in units().time_words:
        return None  # "rang twice that month": how often, not a multiple of anything
    if noun.lemma_.lower() not in units().number_nouns:  # "the official toll": the toll
        return noun
    # "three times the number of cases": what the number is of; "five times the agency's
    # figure" or "the total" names nothing
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = pobj(of) if of is not None else None
    if inner is not None and inner.pos_ == "NOUN" and not is_unit_noun(inner):
        return inner
    return None


def named_base(span: Span) -> Token | None:
    """The thing the words after a multiplier name as its base ("its capacity" of "four times
    its capacity"), or None when they name a figure, a number noun or nothing."""
    return _base(span)
