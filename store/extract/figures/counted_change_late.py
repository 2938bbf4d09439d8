"""A change said after a figure whose noun came late: "the port handled 118,400 TEU in April,
down 10.2% from 131,900", "offered at $398 a tonne (about €366), up 6% from a week earlier".

The change is of what the figure before it counts (``elsewhere.changed_figure``), but when the
inheritance pass reads it that figure may have no noun yet: the containers a TEU counts, the
price a sum per tonne is, the price a conversion in brackets shares are named by passes after
it. Once they have run, a change still without a noun takes its neighbour's. Only the figure
right before it in its sentence is read, so a sentence of many figures costs one look each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.elsewhere import CHANGE_UNITS, borrow, changed_figure

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure


def name_changes_late(figures: list[FoundFigure], doc: Doc) -> None:
    """Give a change with no noun, set off by a comma after a figure that now has one of its
    own making (a head, not a bare dimension), what that figure counts."""
    for i, fig in enumerate(figures):
        if fig.counted is not None or fig.unit not in CHANGE_UNITS or i == 0:
            continue
        before = figures[i - 1]
        if before.sentence != fig.sentence or not before.counted_head:
            continue
        donor = changed_figure(fig, [before], doc)
        if donor is not None:
            borrow(fig, donor, unit=False)
