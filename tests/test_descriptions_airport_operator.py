"""An airport and the company named after it that runs it are two actors: "Velm Airport
Company" keeps its "Company" in its key (``store/data/names.toml``, ``facility_words``), as
"Harrow Bay Company" does, so it never meets "Velm Airport"; and "the airport" is the one place
named with the word, never its operator or its authority (``store/data/descriptions.toml``).
Marked texts as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("an airport and the company that runs it stay two",
     ["[Velm Airport|FAC] handled 3m passengers, [Velm Airport Company|ORG] said.",
      "[Velm Airport Company|ORG] raised its fees. Queues at [Velm Airport|FAC] grew."],
     [[(0, "Velm Airport"), (1, "Velm Airport")],
      [(0, "Velm Airport Company"), (1, "Velm Airport Company")]],
     [[(0, "Velm Airport"), (0, "Velm Airport Company")]]),
    ("a company's spelled-out legal form still drops after its trade",
     ["[Orla Freight Corporation|ORG] cut 40 jobs.", "[Orla Freight|ORG] hired again."],
     [[(0, "Orla Freight Corporation"), (1, "Orla Freight")]], []),
    ("'the airport' is the airport named before it, not its operator",
     ["[Kessel Airport Company|ORG] runs [Kessel Airport|FAC]. Night flights at "
      "[the airport|DESC] will end, the operator said."],
     [[(0, "Kessel Airport"), (0, "the airport")]],
     [[(0, "Kessel Airport Company"), (0, "the airport")]]),
    ("'the airport' after its name only in another article is still that airport",
     ["Strikers picketed [Kessel Airport|FAC] on Monday.",
      "Flights from [the airport|DESC] resumed, [Kessel Airport Company|ORG] said."],
     [[(0, "Kessel Airport"), (1, "the airport")]],
     [[(1, "Kessel Airport Company"), (1, "the airport")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_an_airport_and_its_operator(name: str, texts: list[str], join: list[list[Ref]],
                                     apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
