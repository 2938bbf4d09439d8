"""What a figure in a unit defined by a thing counts, when its clause names nothing: "95,000 TEU
were stacked in the yard" counts containers (``measure_counts`` of ``store/data/quantities.toml``);
"the firm won 640 MW" states a capacity (``power_capacity``), once every rule that reads the clause
has named nothing. The unit stays the measure the figure is given in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure


def name_what_the_unit_counts(fig: FoundFigure) -> None:
    """Give a figure with no counted noun the thing its unit counts; a noun of its own
    ("throughput", "capacity") says more and is kept."""
    if fig.counted is not None:
        return
    thing = quantity_classes().measure_counts.get(fig.unit.lower())
    if thing is not None:
        fig.counted, fig.counted_head = thing  # the plural, and the singular as its lemma


def name_the_power_capacity(fig: FoundFigure) -> None:
    """Give a figure in a unit of power that no rule has named the capacity it states; read
    last, so that a clause's own noun ("demand peaked at 41 GW") is kept."""
    classes = quantity_classes()
    if fig.counted is None and fig.unit.lower() in classes.power_units:
        fig.counted = fig.counted_head = classes.power_noun
