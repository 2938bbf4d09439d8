"""A count in the "for" phrase of a noun of room, a verb of building said of a building or a
building itself ("space for 12,400", "a hall built for 600", "a new school for 900 pupils") is
the place's capacity; a "for" phrase of anything else (paying, asking, voting, a scheme designed
for families, parcels meant for children) is read as before. A number of more than one between
"a" (or a possessive) and a building in the singular ("a 45,000 ground") sizes it: its capacity
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: anything but a capacity)
ROOM = [
    ("The county's shelters took in 3,100 evacuees in space for 2,000, officials said.", "2,000",
     "capacity"),
    ("Voters queued for hours at a hall built for 600.", "600", "hall capacity"),
    ("The town will open a new school for 900 pupils in 2027.", "900", "school capacity"),
    ("The new stand is designed for 8,000 fans and opens in May.", "8,000", "stand capacity"),
    ("The club has room for 500 more members.", "500", "capacity"),
    # no room: a "for" phrase of paying, asking or voting
    ("He paid for 30 tickets at the door.", "30", None),
    ("The school asked parents for 40 volunteers.", "40", None),
    ("The council voted for 12 new homes on the site.", "12", None),
    # built or designed for people but no place: who it serves keeps its noun; "meant",
    # "intended" and "planned" for a number give no room
    ("The grant scheme was designed for 8,500 families on low pay.", "8,500", "families"),
    ("The food parcels were meant for 4,000 children.", "4,000", "children"),
    ("The march was planned for 2,000 people but 9,000 turned up.", "2,000", "people"),
    ("The arena was designed for 18,000 fans.", "18,000", "arena capacity"),
    ("The new wing is designed for 400 people.", "400", "wing capacity"),
    # a container noun after a light verb names an act, one bare after a preposition an
    # institution: the count keeps its own noun
    ("The nurses took a stand for 2,500 patients.", "2,500", "patients"),
    ("The studio held a launch for 300 reporters.", "300", "reporters"),
    ("Lawyers argued in court for 1,200 tenants.", "1,200", "tenants"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ROOM)
def test_room_for_a_count_is_a_capacity(extract, sentence: str, text: str,
                                        counted: str | None) -> None:
    found = {f.text: f.counted for f in extract(sentence)}[text]
    if counted is None:
        assert "capacity" not in (found or "")
    else:
        assert found == counted


# sentence, figure, counted phrase (None: anything but a capacity)
SIZED = [
    ("Fans asked how 60,000 got into a 45,000 ground on Saturday.", "45,000", "ground capacity"),
    ("The club will move to a 62,000 stadium in 2028.", "62,000", "stadium capacity"),
    ("The diocese is building a 1,500 church in the new town.", "1,500", "church capacity"),
    # a plural is counted; "the" before a number and a noun may name a route or a model
    ("The city has 12 stadiums and two arenas.", "12", None),
    ("The 300 bus left the depot at noon.", "300", None),
    # a possessive before a plural written as its singular counts it; a place is sized in
    # thousands
    ("The airline flies its 34 aircraft on short routes only.", "34", None),
    ("The agency has lost two of its 12 spacecraft since 2020.", "12", None),
    ("The club plays its home games in its 62,000 stadium.", "62,000", "stadium capacity"),
    # a price or an area before a place is what it costs or covers; bare digits name a model
    ("The county will build a $30 million school by 2029.", "$30 million", None),
    ("The group opened a £2.4bn hospital last spring.", "£2.4bn", None),
    ("The firm rents a 3,000 square metre warehouse by the docks.", "3,000 square metre", None),
    ("The carrier ordered a 787 plane for the route.", "787", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SIZED)
def test_a_number_before_a_singular_building_sizes_it(extract, sentence: str, text: str,
                                                      counted: str | None) -> None:
    found = {f.text: f.counted for f in extract(sentence)}.get(text)
    if counted is None:
        assert "capacity" not in (found or "")
    else:
        assert found == counted
