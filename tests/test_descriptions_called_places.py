""""The town", "the village" for a place the tagger took for a body (an unknown name often is):
once the corpus calls it by the head ("the lakeside town of Tarsa"), it fits the description
whatever its label (``store.actors.described``), and beside another town it is the one so
called. A body the corpus never calls so stays no town, and a body's description ("the
department") is no place the corpus once called by its head.
Cases: articles with their mentions marked, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a bakery town the tagger took for a body, beside another town",
     ["Floods hit the lakeside town of [Tarsa|ORG] on Monday, 40 km from [Velm|GPE]. "
      "[The town|DESC] lost its only bakery."],
     [[(0, "Tarsa"), (0, "The town")]],
     [[(0, "Velm"), (0, "The town")]]),
    ("a chess club never called a town: the town is not it",
     ["The [Tarsa Chess Club|ORG] met in [Velm|GPE]. [The town|DESC] hosts a tournament."],
     [[(0, "Velm"), (0, "The town")]],
     [[(0, "Tarsa Chess Club"), (0, "The town")]]),
    ("a place called a department is no body: the department is the roads department",
     ["Bakeries in the department of [Tarsa|GPE] reopened. [Velm Roads|ORG] cleared the "
      "snow, and [the department|DESC] said buses ran again.",
      "[Velm Roads|ORG], [the roads department|DESC], bought salt."],
     [[(0, "Velm Roads"), (0, "the department")]],
     [[(0, "Tarsa"), (0, "the department")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_place_called_a_town(name: str, texts: list[str], join: list[list[Ref]],
                               apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
