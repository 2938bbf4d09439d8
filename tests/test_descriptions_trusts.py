""""The trust", "the unit", "the lab" (``store/data/descriptions.toml``): the one body named
earlier in the article with that word in its name, possessive or not; where the article names
none, the description names nobody it does name.
Cases: articles with their mentions marked, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a bakery charity, then the trust and the trust's",
     ["The [Harbour Bakers Trust|ORG] fed 300 people. [The trust|DESC] said flour was dear, "
      "and [the trust|DESC]'s vans were full."],
     [[(0, "Harbour Bakers Trust"), (0, "The trust"), (0, "the trust")]],
     []),
    ("a chess federation's rating unit, then the unit",
     ["The [Orla Chess Federation|ORG] said its [Rating Review Unit|ORG] had checked 40 games. "
      "[The unit|DESC] found two cheats."],
     [[(0, "Rating Review Unit"), (0, "The unit")]],
     [[(0, "Orla Chess Federation"), (0, "The unit")]]),
    ("a marathon's testing lab, then the lab",
     ["Samples went to the [Velm Sports Lab|ORG]. [The lab|DESC] cleared every runner."],
     [[(0, "Velm Sports Lab"), (0, "The lab")]],
     []),
    ("a bus company and no unit named: the unit is neither",
     ["[Karsby Coaches|ORG] bought 12 buses. [The unit|DESC] cost more than planned."],
     [],
     [[(0, "Karsby Coaches"), (0, "The unit")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_trust_a_unit_a_lab(name: str, texts: list[str], join: list[list[Ref]],
                              apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
