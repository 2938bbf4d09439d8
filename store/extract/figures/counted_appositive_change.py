"""What a change set beside a clause measures: "Receipts reached €13.8bn, against €12.4bn a year
earlier, an increase of 11.3%", "the board cut the quota to 9,000 tonnes, a reduction of 14%".
English news states a change this way constantly: the noun phrase in apposition names only the
change, and the quantity that changed is what the figure before it in the clause counts. The
phrase is written as the change "in" that quantity ("increase in receipts"), as a reader and the
annotation guide word it, so that its head stays the change noun (``counted_head``: a change is
never grouped with the level it is the change of) while the phrase names what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARES
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

CHANGE_SHARES = SHARES | {"percentage points"}


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
    donor = next((f for f in reversed(figures[:i]) if f.sentence == fig.sentence
                  and f.end <= before.idx), None)
    if donor is None or not donor.counted or donor.unit in CHANGE_SHARES:
        return
    if donor.rate and donor.counted.split()[-1].lower() == donor.rate.split()[-1].lower():
        return  # "€1,280 a feuillette" named only by what it is given per: no quantity
    fig.counted = f"{change.lower_} in {donor.counted}"
