""""The city" that several places of its article fit, and that neither its sentence, its
paragraph, its article's other descriptions nor its dateline settle, is the place its article
names more often than each other, when that is the one of them the story's other articles call
"the city" and they call no other of them so (``store.actors.restated.StorySettled``). Cases
as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

_ONE_CITY = "Bakeries in [Velm|GPE] ran out of flour. [The city|DESC] asked mills for help."
_TWO_CITIES = ("Bakers from [Velm|GPE] and [Orsk|GPE] met on Monday. [Velm|GPE] has 40 "
               "bakeries.\n\nFlour deliveries have cost [the city|DESC] 4m crowns since May.")
_ONCE_EACH = ("Bakers from [Velm|GPE] and [Orsk|GPE] met on Monday.\n\n"
              "Flour deliveries have cost [the city|DESC] 4m crowns since May.")

CASES = [
    # (name, articles, must join, must stay apart)
    ("a flour shortage: the city the story's other report calls 'the city'",
     [_ONE_CITY, _TWO_CITIES],
     [[(0, "Velm"), (1, "Velm"), (1, "the city")]], [[(1, "Orsk"), (1, "the city")]]),
    ("a flour shortage: two reports call two places 'the city', and the third names both",
     [_ONE_CITY, "Mills in [Orsk|GPE] closed. [The city|DESC] rationed bread.", _TWO_CITIES],
     [], [[(2, "Velm"), (2, "the city")], [(2, "Orsk"), (2, "the city")]]),
    ("a flour shortage: an article naming both places once each says not which",
     [_ONE_CITY, _ONCE_EACH],
     [], [[(1, "Velm"), (1, "the city")], [(1, "Orsk"), (1, "the city")]]),
    ("a marathon: no other report settles 'the city', so it names nobody",
     ["The [Velm Marathon|EVENT] drew 9,000 runners.", _TWO_CITIES],
     [], [[(1, "Velm"), (1, "the city")], [(1, "Orsk"), (1, "the city")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_city_is_the_one_the_story_calls_so(name: str, texts: list[str],
                                               join: list[list[Ref]],
                                               apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
