"""A figure whose only noun is a unit word counts the quantity the unit measures: a share, a
length, an area, a volume, a reading (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts: the whole after "of" is given in a unit, no noun of a thing
PAST_THE_UNIT = [
    ("The fire burned 40% of the park's 12,000 hectares before crews contained it.", "40%",
     "share"),
    ("Crews have repaved 8.4 km of the 31 km of road so far, or 27%, the council said.",
     "8.4 km", "length"),
    ("Crews have repaved 8.4 km of the 31 km of road so far, or 27%, the council said.",
     "27%", "share"),
    ("Strikers blocked a third of the 90 km of motorway around the port.", "a third", "share"),
    ("The tanker spilled 30% of the 2 million barrels it carried.", "30%", "share"),
]

# sentence, figure, what it counts: a noun of a thing, or a count, stays what it is
NOT_A_UNIT_WORD = [
    ("The bank sold 12% of its 4,000 branches.", "12%", "branches"),
    ("The hospital discharged 140 patients, or 20% of them.", "20%", "patients"),
    ("Strikers blocked a third of the 90 km of motorway around the port.", "90 km", "motorway"),
    ("The brewery stores its beer in a tank of 5,000 litres.", "5,000 litres", "tank"),
    # a currency whose value moves is a thing, not a unit
    ("Since the election, the Chilean peso has depreciated 3.4% against the euro.", "3.4%",
     "Chilean peso"),
]

# sentence, figure, what it counts: a measure of area, length or volume no noun names counts its
# dimension; a weight stays unnamed (a weight is named by what is weighed)
BARE_MEASURES = [
    ("The co-operative farms 640 hectares along the coast.", "640 hectares", "area"),
    ("By Friday, the crews had paved 14.2 km, the ministry said.", "14.2 km", "length"),
    ("Police seized 12 tonnes at the port.", "12 tonnes", None),
    # how far a verb of journey went is no length of a thing
    ("The nurses marched 9 kilometres to the ministry.", "9 kilometres", None),
    ("The convoy drove 300 km overnight.", "300 km", None),
    ("Rescuers swam 2 km to reach the boat.", "2 km", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"),
                         [*PAST_THE_UNIT, *NOT_A_UNIT_WORD, *BARE_MEASURES])
def test_a_unit_word_names_no_thing_counted(extract, sentence: str, text: str,
                                            counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
