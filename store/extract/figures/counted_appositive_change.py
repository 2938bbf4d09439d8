"""What a change set beside a clause measures: "Receipts reached €13.8bn, against €12.4bn a year
earlier, an increase of 11.3%", "the board cut the quota to 9,000 tonnes, a reduction of 14%".
English news states a change this way constantly: the noun phrase in apposition names only the
change, and the quantity that changed is what the figure before it in the clause counts. The
phrase is written as the change "in" that quantity ("increase in receipts"), as a reader and the
annotation guide word it, so that its head stays the change noun (``counted_head``: a change is
never grouped with the level it is the change of) while the phrase names what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARES_AND_POINTS as CHANGE_SHARES
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure


def name_what_changed(figures: list[FoundFigure], i: int, span: Span | None) -> None:
    """Give a share named only by the change noun it is "of" (", an increase of 11.3%") the
    quantity the figure before it in its sentence counts, when the change noun stands in
    apposition after a comma."""
    fig = figures[i]
    if span is None or fig.unit not in CHANGE_SHARES or not fig.counted:
        return
    change = span.root.head.head if span.root.dep_ == "pobj" else None
    if change is None or span.root.head.lower_ != "of" or (
            change.lemma_.lower() not in quantity_classes().change_nouns) or (
            fig.counted.lower() != change.lower_):
        return
    before = span.doc[change.left_edge.i - 1] if change.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return
    donor = _clause_figure([f for f in figures[:i] if f.sentence == fig.sentence
                            and f.end <= before.idx], change, span)
    if donor is None or not donor.counted or donor.unit in CHANGE_SHARES:
        return
    if donor.rate and donor.counted.split()[-1].lower() == donor.rate.split()[-1].lower():
        return  # "€1,280 a feuillette" named only by what it is given per: no quantity
    fig.counted = f"{change.lower_} in {donor.counted}"


# what a clause's figure may be to its verb: the thing that changed is its subject or object
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _clause_figure(before: list[FoundFigure], change: Token, span: Span) -> FoundFigure | None:
    """The figure the change is of: the one that is (or counts) the subject or object of the
    clause's verb ("the bank lent $4bn to 300 firms, an increase of 12%": the loans, not the
    firms); failing that, the figure nearest the change ("cut its budget from CZK 148bn to CZK
    187bn"), unless that one counts the object of a preposition ("to 300 firms") while others
    before it count something else: then none."""
    verb = change
    while verb.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    own = [f for f in before if _argument_of(f, verb, span)]
    if len(own) == 1:
        return own[0]
    if not before:
        return None
    counted = {(f.counted or "").lower() for f in before}
    return before[-1] if len(counted) == 1 or not _counts_an_object(before[-1], span) else None


def _argument_of(fig: FoundFigure, verb: Token, span: Span) -> bool:
    """Whether the figure, or the noun it counts, is the verb's subject or object."""
    words = span.doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    if root.dep_ in ("nummod", "quantmod") and root.head.i >= words.end:
        root = root.head  # "300 firms": the noun the number counts
    return root.dep_ in ARGUMENTS and root.head == verb


def _counts_an_object(fig: FoundFigure, span: Span) -> bool:
    """Whether the figure is the number of a noun after a preposition ("to 300 firms")."""
    words = span.doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return words is not None and words.root.dep_ in ("nummod", "quantmod") and (
        words.root.head.dep_ == "pobj")
