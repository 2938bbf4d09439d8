""""The company", "the firm", "the operator" is also a utility or a bus operator named for what
it supplies or runs ("Northvale Water", "Orla Buses"), never a board or a ministry of that
supply (``store/data/descriptions.toml``, the company rules; ``store.actors.described``). Cases:
articles with their mentions marked, the mentions that must be one actor and the pairs that
must stay apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a hosepipe ban: the water company, and the drainage board that is no company",
     ["The [Pellan Drainage Board|ORG] warned [Pellan Water|ORG] about leaks. [The company|DESC] "
      "said repairs would take a year."],
     [[(0, "Pellan Water"), (0, "The company")]],
     [[(0, "Pellan Drainage Board"), (0, "The company")]]),
    ("a fare rise: a bus operator, and the riders' forum that is no company",
     ["[Corvale Buses|ORG] raised fares. The [Corvale Riders Forum|ORG] said [the "
      "operator|DESC] had cut routes."],
     [[(0, "Corvale Buses"), (0, "the operator")]],
     [[(0, "Corvale Riders Forum"), (0, "the operator")]]),
    ("a power cut: a ministry of the supply is never the firm",
     ["The [Ministry of Power|ORG] blamed [Dunlow Electric|ORG]. [The firm|DESC] said a storm "
      "downed lines."],
     [[(0, "Dunlow Electric"), (0, "The firm")]],
     [[(0, "Ministry of Power"), (0, "The firm")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_company_is_the_utility_or_bus_operator_named(name: str, texts: list[str],
                                                          join: list[list[Ref]],
                                                          apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
