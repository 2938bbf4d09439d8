"""A happening named with its noun before a capitalised complement ("the 2031 Census of Farms
and Fisheries") is the same happening as its shorter names ("the 2031 census", "the census"),
as one whose name ends with its noun is (``store.actors.happenings``)."""

from __future__ import annotations

import pytest

from store.actors.happenings import shape_of
from tests.test_resolution import check_joined_apart


@pytest.mark.parametrize(("name", "kind", "year", "complement"), [
    ("2031 Census of Farms and Fisheries", "census", "2031", {"farms", "fisheries"}),
    ("the Census of Tarn Fisheries", "census", None, {"tarn", "fisheries"}),
    ("the Census of Farms 2031", "census", "2031", {"farms"}),
    # a complement that is no name, or a noun that is no happening's: not read so
    ("the census of farms", None, None, None),
    ("Ministry of Farms and Fisheries", None, None, None),
])
def test_a_complement_says_which_happening(name: str, kind: str | None, year: str | None,
                                           complement: set[str] | None) -> None:
    shape = shape_of(name)
    if kind is None:
        assert shape is None
        return
    assert shape is not None
    assert (shape.kind, shape.year, set(shape.complement)) == (kind, year, complement)
    assert not shape.names  # whose it is: nothing an article must name


CASES = [
    ("the year's census named with its complement and without it",
     ["Officials opened the [2031 Census of Farms and Fisheries|EVENT] in Velm.",
      "Growers in Orla doubted [the 2031 census|EVENT] on Monday."],
     [(0, "2031 Census of Farms and Fisheries"), (1, "the 2031 census")], []),
    ("a later census named once does not take the story's census described in other articles",
     ["The [2031 Census of Farms and Fisheries|EVENT] counted 9,000 farms. Tablets will serve "
      "the [2036 interim census|EVENT] too.",
      "The [2031 Census of Farms and Fisheries|EVENT] was late. Farmers in Orla said [the "
      "census|DESC] missed them."],
     [(0, "2031 Census of Farms and Fisheries"), (1, "the census")],
     [(0, "2031 Census of Farms and Fisheries"), (0, "2036 interim census")]),
    ("two years, or two complements, are two censuses",
     ["The [2031 Census of Farms and Fisheries|EVENT] followed the [2021 Census of Farms and "
      "Fisheries|EVENT]. The [2031 Census of Roads and Bridges|EVENT] came later."],
     [],
     [(0, "2031 Census of Farms and Fisheries"), (0, "2021 Census of Farms and Fisheries"),
      (0, "2031 Census of Roads and Bridges")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_happenings_named_with_a_complement(texts: list[str], joined: list, apart: list) -> None:
    check_joined_apart(texts, joined, apart)
