"""A rate worked out from a figure said before it: "Riders took 1.2 million trips in July, the
council said. That works out at almost 39,000 trips a day." The rate restates the earlier
figure per a unit of time: it describes the same period and is the same body's figure, though
its own sentence names neither ("the article", dated by the day it was printed). Read alone, a
correction's daily rate ("The corrected figure means about 31,600 trips a day") and the first
one fall into the printing days of their articles and look like a change.

The rule reads the figure's verb and its subject (``[worked_out]`` of
``store/data/quantities.toml``) and looks back a bounded number of figures for the nearest
one, in another sentence, that counts the same thing in the same unit and is no rate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span

BACK_REACH = 12  # figures before the rate looked at for the one it is worked out from


def keep_what_it_restates(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """Give each rate worked out from an earlier figure that figure's period and origin."""
    for i, (fig, span) in enumerate(zip(figures, spans, strict=True)):
        if span is None or " per " not in fig.unit or fig.origin_basis != "article" or (
                fig.period_basis != "reported"):
            continue
        if not _worked_out(span):
            continue
        donor = _restated(figures, i)
        if donor is None:
            continue
        fig.when, fig.when_basis = donor.when, donor.when_basis
        fig.period, fig.period_basis = donor.period, donor.period_basis
        fig.origin, fig.origin_kind, fig.origin_basis = (donor.origin, donor.origin_kind,
                                                         donor.origin_basis)


def _worked_out(span: Span) -> bool:
    """The figure's verb is one of working out, and its subject points back ("That works out
    at", "The corrected figure means")."""
    words = quantity_classes().worked_out
    verb = governing_verb(span)
    lemma = verb.lemma_.lower()
    said = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep"))}
    said |= {f"{lemma} {c.lower_} {g.lower_}" for c in verb.children if c.dep_ == "prt"
             for g in verb.children if g.dep_ == "prep"}
    if not said & words.verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in words.subjects


def _restated(figures: list[FoundFigure], i: int) -> FoundFigure | None:
    """The nearest figure before ``figures[i]``, in another sentence, of the same unit and
    noun and no rate; None when the nearest mention of the noun is a rate or none is near."""
    fig = figures[i]
    head = (fig.counted_head or "").lower()
    for j in range(i - 1, max(-1, i - 1 - BACK_REACH), -1):
        before = figures[j]
        if before.sentence == fig.sentence:
            continue
        if before.base_unit != fig.base_unit or (before.counted_head or "").lower() != head:
            continue
        return None if " per " in before.unit else before
    return None
