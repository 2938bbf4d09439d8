"""A change said after a sum or a measure whose noun came late: "quoted at $212 a crate (about
€195) on Monday, up 4% from a week earlier".

The change is of what the figure before it counts (``elsewhere.changed_figure``), but when the
inheritance pass reads it that figure may have no noun yet: the price a sum per tonne is, the
price a conversion in brackets shares, are named by passes after it. Once they have run, a
change still without a noun takes its neighbour's. A count is left out, and so is a unit that
counts things ("52,300 TEU": containers): the things are also what a share of them counts
("41.5% of the containers"), and a change named so would be keyed as such a share. Only the
figure right before it in its sentence is read, so a sentence of many figures costs one look
each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.elsewhere import CHANGE_UNITS, borrow, changed_figure
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure


def _measured(fig: FoundFigure) -> bool:
    """A sum or a measure (not a count, nor a share), in a unit that names no things it counts
    (``measure_counts`` of ``store/data/quantities.toml``: a TEU counts containers)."""
    lex = units()
    counts_things = fig.unit.lower() in quantity_classes().measure_counts
    return not counts_things and (fig.base_unit in lex.currency_codes
                                  or fig.base_unit in lex.measure_codes)


def name_changes_late(figures: list[FoundFigure], doc: Doc) -> None:
    """Give a change with no noun, set off by a comma after a sum or a measure that now has a
    noun of its own making (a head, not a bare dimension), what that figure counts."""
    for i, fig in enumerate(figures):
        if fig.counted is not None or fig.unit not in CHANGE_UNITS or i == 0:
            continue
        before = figures[i - 1]
        if before.sentence != fig.sentence or not before.counted_head or not _measured(before):
            continue
        donor = changed_figure(fig, [before], doc)
        if donor is not None:
            borrow(fig, donor, unit=False)
