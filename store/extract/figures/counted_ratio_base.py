"""A multiple whose words name its base outright ("holds 29,000 people (four and a half times
its capacity)", "saw 310 patients, three times its usual load") is a ratio to that base, though
a rule that gives a bare figure the noun of the figure before it has already handed it that
figure's noun ("people", "patients"). The noun after "times" is the figure's own phrase and says
what the multiple is of; the noun borrowed from a sibling only says what was compared with it.
A multiple of a number noun ("2.2 times the company's figure") names no base and keeps the noun
it shares with the figure it compares (``counted_ratio``); so does a multiple whose noun is its
own clause's subject and no figure's before it ("Admissions reached twice the usual load"). A
multiple given for its noun its base itself, a noun of amount, is a ratio to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_ratio import RATIO, name_the_ratio, named_base
from store.extract.figures.times_noun import names_an_amount

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure


def name_the_stated_base(fig: FoundFigure, span: Span, figures: list[FoundFigure]) -> None:
    """Give a multiple that borrowed a noun the base its own words name, when they name one."""
    if fig.unit != RATIO or not fig.inherited or not fig.counted or (
            fig.counted.startswith(f"{RATIO} ")):
        return
    base = named_base(span)
    if base is not None and fig.counted_head == base.lemma_.lower() and names_an_amount(base):
        # the noun it was given is the base itself ("four and a half times its capacity"): a
        # ratio to it, as "4.5 times capacity" is (``times_noun``)
        fig.counted = f"{RATIO} to {fig.counted}"
        return
    if base is None or not any(
            f is not fig and f.sentence == fig.sentence and f.start < fig.start
            and f.counted == fig.counted for f in figures):
        return
    borrowed = fig.counted, fig.counted_head
    fig.counted = None
    if not name_the_ratio(fig, span, figures):
        fig.counted, fig.counted_head = borrowed
