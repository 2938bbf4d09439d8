"""What a sum "worth" another figure's things counts: "British buyers took 8.2 million bottles,
worth about €96mn", "the mine shipped 2.4 million tonnes of ore, worth $310m". The sum is the
value of what the other figure counts, not more of those things: it counts "bottles' value",
"ore value" (as the guide's "$12 billion in damage" counts damage, what the sum is). Its head
stays the things' noun, so that the value of one good is never grouped with another's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

VALUE = "value"  # WordNet 3.1 value.n.02: "the amount (of money or goods or services) that is
# considered to be a fair equivalent for something else"


def as_its_value(fig: FoundFigure, donor: FoundFigure) -> None:
    """Make a sum that borrowed the counted noun of the figure it is "worth" count that noun's
    value; not when that figure is itself money ("demanded 85 bitcoin, then worth about A$7.4
    million": the demand, restated in another money), which the sum only converts."""
    if not fig.counted or fig.counted.split()[-1].lower() == VALUE:
        return
    lex = units()
    if donor.base_unit in lex.currency_codes or donor.unit.lower() in lex.currency_words or (
            donor.counted_head in context_words().money_verbs.values()):
        return
    last = fig.counted.split()[-1]
    plural = last.lower() != (fig.counted_head or "").lower() and last.endswith("s")
    fig.counted = f"{fig.counted}' {VALUE}" if plural else f"{fig.counted} {VALUE}"
