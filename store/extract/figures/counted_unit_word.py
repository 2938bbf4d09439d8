"""What a figure counts when the noun found for it is a unit word. A unit says how a quantity is
measured, never what it is: "53% of the district's 5,800 hectares" is a share, not hectares;
"bored 17.7 km of the 38.5 km of tunnels" is a length; "a cask of 225 litres" a volume; "the AQI
stood at 441" a reading of the air quality index. The noun search takes such a word when it
finds nothing else ("of the 5,800 hectares", "the AQI"), and a reviewer reading "hectares" or "km"
as what was counted learns nothing. Each gets the noun that names its quantity instead: a share,
the measure's dimension (``[conversion]`` of ``store/data/units.toml``), or what the scale
measures (``[readings]``). Runs once every other rule has named what it could; reads only the
figure's own fields. The noun is for the reader; the figure's head is left as it was, so
that two figures named only "share" or "area" (of different wholes) never meet in a group by
that word alone (``store.conflicts.quantities.thing_of``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARE, SHARES
from store.knowledge.context import context_words
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

# the dimensions English names a quantity by when nothing else names it ("the area", "the
# length", "the volume"); a weight is named by what is weighed, never "the mass"
NAMED_BY_DIMENSION = frozenset({"area", "length", "volume"})
# the roles of a noun in its clause: an object, a subject, the object of a preposition
NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"})


@lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    """The names of the scales a number is read on, lower case ("aqi", "magnitude")."""
    readings = units().readings
    return frozenset({w.lower() for reading in readings.values() for w in reading.words}
                     | {name.lower() for name in readings})


def _a_unit_word(word: str) -> bool:
    """A word that names a unit of measure, a percentage or a scale. A currency is left out: it
    is a thing whose value moves ("the peso depreciated 3.1%": the peso's fall)."""
    lex = units()
    singular = word[:-1] if word.endswith("s") else word
    return any(w in lex.measures or w in lex.percent_words or w in _scale_words()
               for w in (word, singular, f"{word}s"))


def _journeyed(span: Span) -> bool:
    """A distance a verb of journey takes as its object or measure ("marched 12 kilometres to
    the capital", "swam 5 km"): how far someone went, not the length of a thing."""
    verb = span.root.head
    return span.root.dep_ in ("dobj", "npadvmod") and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in context_words().journey_verbs)


def quantity_noun(fig: FoundFigure) -> str | None:
    """The noun that names the quantity of a figure of this unit, or None when its unit names
    none (a count, a sum of money, a rate of a measure)."""
    if fig.unit in SHARES:
        return SHARE
    reading = units().readings.get(fig.unit)
    if reading is not None:
        return reading.measures or None
    measure = converted(fig.unit)
    if measure is None or measure[0].startswith("rate:"):
        return None
    return measure[0]


def name_past_the_unit(fig: FoundFigure, span: Span | None) -> None:
    """Give a figure whose counted phrase ends in a unit word ("hectares", "km", "AQI") the
    noun of its quantity; leave one whose unit names no quantity as it is. A measure of area,
    length or volume no rule found a noun for, standing as a noun of its clause ("who farms 14
    hectares", "9,500 square metres were fenced off", "a land area of 300,000 km2"), counts its
    dimension; one said as how far a thing moved ("fell 3 metres", "lies 8 km down the
    valley") or before a noun ("the 42,000-acre figure") is left unnamed."""
    if fig.counted is None:
        measure = converted(fig.unit)
        if measure is not None and measure[0] in NAMED_BY_DIMENSION and span is not None and (
                span.root.dep_ in NOUN_ROLES) and not _journeyed(span):
            fig.counted = measure[0]  # no head: the word names no thing to group by
        return
    if not fig.counted:
        return
    last = fig.counted.split()[-1].lower()
    if not _a_unit_word(last):
        return
    noun = quantity_noun(fig)
    if noun is not None and noun != last:
        fig.counted = noun  # the head stays the unit word: groups are keyed as before
