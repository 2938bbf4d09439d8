""""The mine", "the smelter", "the shaft": a facility the article named with that head noun,
after "the" or an owner's "its" ("its Tellby Hill mine ... the mine"), or with the noun in its
name ("No. 2 Shaft ... the shaft"); of two named so, neither
(``store/data/descriptions.toml``). Cases: articles with their mentions marked, as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a quarry company's own mine, then the mine",
     ["Floods shut its [Tellby Hill|LOC] mine on Monday. Work at [the mine|DESC] will not resume "
      "before June."],
     [[(0, "Tellby Hill"), (0, "the mine")]],
     []),
    ("a bakery chain's own factory, then the factory",
     ["[Crumbwell Bakeries|ORG] said their [Ashford Road|FAC] factory would close. [The "
      "factory|DESC] bakes 9,000 loaves a day."],
     [[(0, "Ashford Road"), (0, "The factory")]],
     [[(0, "Crumbwell Bakeries"), (0, "The factory")]]),
    ("a chain's factory in a town is no town, the factory is the one named",
     ["[Crumbwell Bakeries|ORG] runs the [Crumbwell factory|FAC] in Ashford. Repairs at its "
      "[Ashford|GPE] factory cost $2m. [The factory|DESC] bakes 9,000 loaves a day."],
     [[(0, "Crumbwell factory"), (0, "The factory")]],
     [[(0, "Ashford"), (0, "The factory")]]),
    ("a smelter named by its town, then the smelter",
     ["The [Marrow|ORG] smelter cut output. [The smelter|DESC] imports power."],
     [[(0, "Marrow"), (0, "The smelter")]],
     []),
    ("a shaft named with its noun, then the shaft",
     ["Water rose in [No. 2 Shaft|ORG] on Monday. Pumps cleared [the shaft|DESC] by noon."],
     [[(0, "No. 2 Shaft"), (0, "the shaft")]],
     []),
    ("two factories named, the factory is neither",
     ["The [Dorn|ORG] factory and the [Kell|ORG] factory closed. [The factory|DESC] had 90 "
      "staff."],
     [],
     [[(0, "Dorn"), (0, "The factory")], [(0, "Kell"), (0, "The factory")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_named_facility(name: str, texts: list[str], join: list[list[Ref]],
                          apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
