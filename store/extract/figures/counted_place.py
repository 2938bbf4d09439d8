"""A place is where a measure or a share is, never what it measures. "The municipality of Alta
remains the worst hit, with 1,190 km²", "the state covers 1.25 million sq km", "9% took place
inside reserves": a rule that hands such a figure the noun of its sentence's subject or object
may hand it a place noun ("municipality", "state", "place"), and a reader learns nothing from
"1,190 km² of municipality"; the figure would also be grouped by that noun alone. A place
counted by a number is a count of places ("14 municipalities", unit ``municipalities``) and is
left as it is; a phrase that names the place's measure ("state area", "municipality share")
ends in the measure and is left too. The place nouns are the ``[populated]`` and
``[place_words]`` nouns of ``store/data/quantities.toml``, and "place" itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARES_AND_POINTS as SHARE_UNITS
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

PLACE = "place"  # "took place", "in place": the word itself
# place nouns with another common sense a share may well measure ("12% of capital", money)
OTHER_SENSE = frozenset({"capital", "home"})


def names_a_place(counted: str | None) -> bool:
    """Whether a counted phrase is only a singular noun for a place ("municipality", "state",
    "place"); a plural counts places ("40% of villages" is a share of the villages), and a
    place's name with it ("Velm district", a list's label) says which place an item is."""
    words = (counted or "").lower().split()
    lex = quantity_classes()
    return len(words) == 1 and words[0] not in OTHER_SENSE and (
        words[0] in lex.populated | lex.place_words | {PLACE})


def drop_a_place(fig: FoundFigure) -> None:
    """Leave a measure or a share whose counted phrase names only a place with no counted
    noun: what it measures is unsaid, and a place in its stead would be a wrong noun (money is
    left to the rules of sums: "$5m for the city" may be the city's grant)."""
    base = fig.unit.partition(" per ")[0]
    if (base not in units().measure_codes and base not in SHARE_UNITS) or not names_a_place(
            fig.counted):
        return
    fig.counted = fig.counted_head = None
