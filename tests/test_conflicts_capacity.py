"""How many a thing or a sum has room or money for ("space for 600", "enough for 900 repairs",
"the hall could seat 2,000") is its capacity, not a level of what it counts, so it never meets
that quantity's figures (``[capacities]`` of ``store/data/estimates.toml``). Each row is
invented."""

from __future__ import annotations

import pytest

from tests.test_conflicts import figure, groups


@pytest.mark.parametrize("sentence, groups_made", [
    # what a sum or a place has room for
    ("The grant is enough for about 1,870 boilers.", 0),
    ("The council set aside 4 million, enough to pay for 1,870 boilers.", 0),
    ("The larger fund can pay for up to 1,870 boilers.", 0),
    ("The new depot will be able to store 1,870 boilers.", 0),
    ("The warehouse has space for 1,870 boilers.", 0),
    ("The yard was built for 1,870 boilers.", 0),
    # a rate of work is counted in what is done: it stays
    ("Fitters could handle 1,870 boilers.", 1),
    # what was done, or may come to be, is a level of the quantity
    ("Fitters replaced 1,870 boilers.", 1),
    ("The count could reach 1,870 boilers.", 1),
])
def test_a_capacity_never_meets_the_quantity_it_holds(sentence: str, groups_made: int) -> None:
    boilers = dict(unit="boilers", counted="boilers", head="boiler", when="2026-08")
    rows = groups(figure("a", sentence, 1870, at="1,870", **boilers),
                  figure("b", "Fitters replaced 3,400 boilers.", 3400, **boilers))
    assert len([g for g in rows if g["parent"] is None]) == groups_made


def test_a_figure_counted_as_capacity_keeps_its_key() -> None:
    """ "space for 600", its counted words already saying capacity, meets "a capacity of 640"."""
    room = dict(unit="places", counted="capacity", head="capacity", when="2026-08")
    rows = groups(figure("a", "The jail has space for 600.", 600, at="600", **room),
                  figure("b", "The jail has a capacity of 640.", 640, at="640", **room))
    assert len([g for g in rows if g["parent"] is None]) == 1
