"""An amount written as the "of" phrase of an average: "an international student pays an average
of £23,600 a year", "bids came in at a weighted average of R517/MWh", "the club drew an average of
41,200 a game". The number is the average itself, a statistic over many payments, rents or
crowds, so it counts that average ("average", with the words that qualify it: "weighted
average"), not the noun its verb or subject would lend a single sum ("payments", "room price").

Left alone: an amount that names its own noun ("an average of 7 litres of water", "an average of
2.9 people per household": ``counted`` reads those), and an average that is set against another
figure ("rose to 1,960 from an average of 1,150 a day", "below the national average of 19%"),
which counts what the figure it is compared with counts (``inherit`` reads those). The words are
``[averages]`` of ``store/data/quantities.toml``, but "typical", which is no noun."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_of_noun import of_before
from store.extract.figures.parse import text_of
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

AVERAGE = "average"
# prepositions that set a figure against another: "against an average of", "from an average of",
# "below the national average of", "than the average of"
COMPARING = frozenset({"against", "from", "than", "below", "above", "under", "over", "with",
                       "versus", "vs", "compared"})
COMPARISON_REACH = 80  # characters between the average and the figure it is set against
# what a figure set against the average follows: "up from", "down from", "from", "against", or
# the "and" of a gapped conjunct that gives it elsewhere ("£342 in London, and £221 elsewhere")
_COMPARISON = re.compile(r"\b(?:(?:up|down)\s+)?(?:from|against|and)\s+(?:(?:about|around|some|"
                         r"nearly|almost)\s+)?$", re.I)
CONVERSION_REACH = 40  # characters between a sum and its conversion, its rate between
# what a conversion follows: a comma or an opening bracket and a word of approximation, if any
_CONVERSION = re.compile(r"[,(]\s*(?:(?:about|around|roughly|some|nearly|almost|or)\s+)?$", re.I)
QUALIFYING = frozenset({"amod", "compound", "nmod"})  # "weighted average", "national average"


def name_the_averages_of(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """Make each amount with no noun of its own (or a borrowed one) that an average is "of"
    count that average; a later figure of its sentence that borrowed the noun it had ("costs an
    average of £189 a week, up from £176") is the same quantity, and follows it."""
    doc = next((span.doc for span in spans if span is not None), None)
    text = text_of(doc) if doc is not None else ""
    for k, (fig, span) in enumerate(zip(figures, spans, strict=True)):
        if span is None or (fig.counted is not None and not fig.inherited):
            continue
        noun = _average_before(span)
        if noun is None:
            continue
        old = fig.counted
        words = [t.lower_ for t in noun.lefts if t.dep_ in QUALIFYING and t.is_alpha]
        # a count borrowed the noun of what it counts ("300 patients last week, an average of
        # 40 a day"): its average is of those ("average patients"); a sum's borrowed noun is
        # only what its verb or subject lends one payment, and gives way
        own = [old] if old is not None and fig.base_unit not in units().currency_codes and (
            fig.base_unit not in units().measure_codes) else []
        _name(fig, " ".join([*words, noun.lower_, *own]))
        for later in figures[k + 1:]:
            if later.start - fig.end > COMPARISON_REACH:
                break  # figures are in text order: the rest are further still
            if (old is not None and later.inherited and later.sentence == fig.sentence
                    and later.counted == old
                    and (_compared(fig, later, text) or _converted(fig, later, text))):
                _name(later, fig.counted)


def _compared(fig: FoundFigure, later: FoundFigure, text: str) -> bool:
    """Whether ``later`` is the same quantity at another time or place, set against the average
    ("an average of £189 a week, up from £176 last year") or given in a gapped conjunct ("and
    £221 elsewhere")."""
    return (later.base_unit == fig.base_unit and later.start - fig.end <= COMPARISON_REACH
            and _COMPARISON.search(text, fig.end, later.start) is not None)


def _converted(fig: FoundFigure, later: FoundFigure, text: str) -> bool:
    """Whether ``later`` restates the sum ``fig`` in another currency, past its rate and the
    words after it ("an average of £23,600 a year in fees, about Rs 26 lakh")."""
    codes = units().currency_codes
    return (fig.base_unit in codes and later.base_unit in codes and fig.base_unit != later.base_unit
            and later.start - fig.end <= CONVERSION_REACH
            and _CONVERSION.search(text, fig.end, later.start) is not None)


def _name(fig: FoundFigure, phrase: str | None) -> None:
    fig.counted, fig.counted_head, fig.inherited = phrase, AVERAGE, True


def _average_before(span: Span) -> Token | None:
    """The noun of an average whose "of" phrase the amount is ("an average of about £189"),
    unless it is set against another figure."""
    of = of_before(span)
    if of is None:
        return None
    noun = of.head
    if noun.i >= of.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _average_words():
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in COMPARING:
        return None  # "against an average of €61": the figure it is set against names it
    return noun


def _average_words() -> frozenset[str]:
    """The nouns of an average ("average", "mean", "median"): a statistic over many."""
    return quantity_classes().averages - {"typical"}
