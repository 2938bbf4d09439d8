"""A figure named only by its dimension ("share", "area") with no head of its own says nothing
about what it is a share or an area of, so it gives no thing to group by
(``store.conflicts.quantities.thing_of``): "60% of the 1,200 hectares" and "25% of the 3,000
tonnes" must not meet as two shares, nor "farms 14 hectares" and "400 hectares burned" as two
areas. A head the figure does name still groups as before."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import thing_of


@pytest.mark.parametrize(("counted", "head", "thing"), [
    ("share", None, None),
    ("area", None, None),
    ("length", None, None),
    ("volume", None, None),
    (None, None, None),
    # the unit word the noun search found stays the head: groups keyed as before
    ("share", "hectares", "hectare"),
    ("area", "tonnes", "tonne"),
    # a dimension that names its thing
    ("area burned", None, "burned"),
    ("vineyard area", "area", "territory"),
    ("market share", "share", "share"),
])
def test_a_bare_dimension_names_no_thing(counted: str | None, head: str | None,
                                         thing: str | None) -> None:
    assert thing_of(counted, head, armed=False) == thing
