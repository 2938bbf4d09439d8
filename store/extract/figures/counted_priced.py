"""What a price of one thing counts: "the cost of moving a 40-foot container has jumped to
US$3,400" is a cost per container, and the figure, once its unit says so ("USD per container"),
names the thing it prices, not the bare noun of price ("cost"), as "a bribe per container" or
"the cost per passenger" do. A price per measure ("per litre", "per tonne", and "per pound",
a weight that is also a currency's name) or per stretch of time is the substance's or the
period's, which the noun of the sentence already names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure


def name_the_thing_priced(fig: FoundFigure) -> None:
    """Make a sum whose noun is a bare noun of price ("cost", "fare") and whose unit is per one
    thing count that noun per that thing ("cost per container"); the head stays the noun of
    price, so the figure's quantity is unchanged."""
    if fig.counted is None or fig.counted.lower() not in context_words().price_nouns:
        return
    money, _, per = fig.unit.partition(" per ")
    lex = units()
    if money not in lex.currency_codes or not per.isalpha() or not per.islower():
        return
    if any(form in lex.measures or form in lex.measure_codes or form in lex.currency_words
           for form in (per, f"{per}s", f"{per}es")):
        return  # "cents per pound", "$ per barrel": a measure, said in either number
    if per in lex.time_words or per in lex.scale_words or (
            per in context_words().rate_period_words):
        return
    fig.counted = f"{fig.counted} per {per}"
