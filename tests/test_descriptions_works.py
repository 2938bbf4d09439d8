""""The plant", "the site", "the works": the one plant named earlier in the article whose name
ends with "Works"; never a body of public works. "The campus": the one site named with the word
(``store/data/descriptions.toml``). Cases: articles with their mentions marked, as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a flour mill's works, then the plant and the site",
     ["A fire broke out at the [Karsby Flour Works|FAC] on Monday. [The plant|DESC] employs 300 "
      "people, and [the site|DESC] was closed."],
     [[(0, "Karsby Flour Works"), (0, "The plant"), (0, "the site")]],
     []),
    ("a glass works the tagger calls a body, then the plant's",
     ["[Orla Glass Works|ORG] cut 40 jobs. [The plant|DESC]'s furnace is 30 years old."],
     [[(0, "Orla Glass Works"), (0, "The plant")]],
     []),
    ("a ministry of public works is no plant",
     ["The [Ministry of Public Works|ORG] inspected the bakery. [The plant|DESC] passed."],
     [],
     [[(0, "Ministry of Public Works"), (0, "The plant")]]),
    ("a bus company's campus, then the campus",
     ["[Velm Coaches|ORG] moved 500 staff to its [Riverside Campus|FAC]. [The campus|DESC] has "
      "a depot for 80 buses."],
     [[(0, "Riverside Campus"), (0, "The campus")]],
     [[(0, "Velm Coaches"), (0, "The campus")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_works_and_a_campus(name: str, texts: list[str], join: list[list[Ref]],
                              apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
