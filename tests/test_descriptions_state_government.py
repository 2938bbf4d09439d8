""""The state" that no state named in its article fits is the government of the one country
the article names, as "the government" is ("The state will pay 900 crowns a family"), but not
after a preposition of place ("bakeries across the state": the territory) and not in a
federation whose units are states, where it is as likely a unit's own government
(``store/data/descriptions.toml``, the ``of_country`` rule with ``body = "government"``;
``store.actors.described``). Cases as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a bakery subsidy: 'the state' is the country's government, as 'the government' is",
     ["Bakers in [Ostrava|GPE] met on Monday. [The government|DESC] of [Czechia|GPE] "
      "froze flour prices.",
      "Flour costs rose in [Czechia|GPE]. [The state|DESC] will pay bakers 900 crowns a month."],
     [[(0, "The government"), (1, "The state")]], [[(1, "Czechia"), (1, "The state")]]),
    ("a marathon's costs: 'the state' that covers a bill is the government named before",
     ["The [Lisbon Marathon|EVENT] drew 30,000 runners, [Portugal|GPE] said. "
      "[The government|DESC] paid for the roads, with [the state|DESC] covering the police."],
     [[(0, "The government"), (0, "the state")]], [[(0, "Portugal"), (0, "the state")]]),
    ("a chess federation: 'in the state' is the territory, not the government",
     ["[Chile|GPE] hosts the chess final. [The government|DESC] pays the prize. Clubs in "
      "[the state|DESC] have 4,000 members."],
     [], [[(0, "The government"), (0, "the state")]]),
    ("a bus fare: in a federation 'the state' may be a unit's own government",
     ["Bus fares rose in [Nigeria|GPE]. [The government|DESC] blamed fuel. [The state|DESC] "
      "will pay drivers 2,000 naira."],
     [], [[(0, "The government"), (0, "The state")]]),
    ("a ferry strike: a state the article names is still 'the state'",
     ["Ferries stopped in the state of [Tarraz|GPE], in [Orlandia|GPE]. [The state|DESC] "
      "hired buses."],
     [[(0, "Tarraz"), (0, "The state")]], []),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_state_naming_no_state_is_the_country_s_government(
        name: str, texts: list[str], join: list[list[Ref]], apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
