"""One place description, one place per article: "the city" that several places fit and that neither
its sentence nor its paragraph settles is the place the article's other "the city" descriptions
were settled on, when they were all settled on one (``store.actors.restated``). Cases: marked
texts, joins and pairs kept apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("'the city' in a paragraph that names no place is the city the article's other 'the city' "
     "stands for, before or after it",
     ["Smog covered [Velm|GPE] and [Orla|GPE] on Sunday.\n\nTrucks were barred from "
      "[the city|DESC].\n\nIn [Velm|GPE], [the city|DESC] shut 900 schools.\n\nWinds may clear "
      "[the city|DESC] by Friday."],
     [[(0, "Velm"), (0, "the city")]], [[(0, "Orla"), (0, "the city")]]),
    ("'the city' settled on two places in one article leaves the unsettled ones to nobody",
     ["Smog covered [Velm|GPE] and [Orla|GPE].\n\nIn [Velm|GPE], [the city|DESC] shut "
      "schools.\n\nIn [Orla|GPE], [the city|DESC] shut roads.\n\nWinds may clear [The "
      "city|DESC] by Friday."],
     [], [[(0, "Velm"), (0, "The city")], [(0, "Orla"), (0, "The city")]]),
    ("'the city' with none of its article's settled names nobody, nor a city another article "
     "settled",
     ["Smog covered [Velm|GPE] and [Orla|GPE].\n\nTrucks were barred from [the city|DESC].",
      "In [Velm|GPE], [the city|DESC] shut schools."],
     [], [[(0, "Velm"), (0, "the city")], [(0, "Orla"), (0, "the city")]]),
    ("'the city' after another city is named since the settled one names neither",
     ["[Storm Halvard|EVENT] struck [Tarnow|GPE] on Monday. [The city|DESC] lost power. "
      "[The storm|DESC] then moved inland to [Orla|GPE]. Schools in [the city|DESC] will stay "
      "shut."],
     [[(0, "Tarnow"), (0, "The city")]], [[(0, "Tarnow"), (0, "the city")]]),
    ("'the city' after another city is named is still the settled one where that is named last",
     ["Smog shut [Tarnow|GPE] on Monday. [The city|DESC] lost power. A [Port Tarnow|GPE] "
      "firm said so. [Tarnow|GPE] has 9 parks. Schools in [the city|DESC] will stay shut."],
     [[(0, "Tarnow"), (0, "The city"), (0, "the city")]], []),
    ("'the city' no sentence, paragraph or other description settles is the place of the "
     "article's dateline",
     ["[KARSBY|GPE], May 4 (Reuters) - Floods hit [Karsby|GPE] and [Orla|GPE] on Sunday.\n\n"
      "Bakers were told to close.\n\nBuses left [the city|DESC] at noon."],
     [[(0, "KARSBY"), (0, "the city")]], [[(0, "Orla"), (0, "the city")]]),
    ("'the town' is not the dateline's place where the article names another place more often",
     ["[KARSBY|GPE], May 4 (Reuters) - Shelling hit [Velm|GPE] and [Orla|GPE] again.\n\n"
      "[Velm|GPE] lost power.\n\nMost of [Velm|GPE] is dark.\n\nHomes west of [the "
      "town|DESC] burned."],
     [], [[(0, "KARSBY"), (0, "the town")]]),
    ("a place the tagger took for a person in its article still counts against the dateline's "
     "where the corpus calls it a village",
     ["The village of [Brenn|GPE] lies high.",
      "[KARSBY|GPE], May 4 (Reuters) - Mud buried [Brenn|PERSON] and [Orla|GPE].\n\n"
      "[Brenn|PERSON] lost power. [Karsby|GPE] sent help.\n\nMost of [Brenn|PERSON] is "
      "dark.\n\nSheep above [the village|DESC] died."],
     [], [[(1, "KARSBY"), (1, "the village")]]),
    ("'the capital' a dateline settles in one article is that place in another article that "
     "names it, after a preposition of place; not the money sense, nor a place said to lie away "
     "from it",
     ["[KARSBY|GPE], May 4 (Reuters) - Bakers met in [the capital|DESC] on Sunday.",
      "Flour from [Karsby|GPE] cost more.\n\nRents in [the capital|DESC] rose by 3%.",
      "Mills in [Karsby|GPE] raised [the capital|DESC] they needed.",
      "[KARSBY|GPE], May 9 (Reuters) - In [Karsby|GPE], 90 km west of [the capital|DESC], "
      "bakers struck."],
     [[(0, "KARSBY"), (1, "Karsby"), (1, "the capital")]],
     [[(2, "Karsby"), (2, "the capital")], [(3, "Karsby"), (3, "the capital")]]),
    ("a taught 'the capital' is not the place of an article that names another place more often",
     ["[KARSBY|GPE], May 4 (Reuters) - Bakers met in [the capital|DESC] on Sunday.",
      "Buses from [Karsby|GPE] reached [Velm|GPE].\n\n[Velm|GPE] rationed bread.\n\n"
      "Queues in [the capital|DESC] grew. [Velm|GPE] asked for flour."],
     [], [[(1, "Karsby"), (1, "the capital")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_description_restated_in_its_article(name: str, texts: list[str],
                                                join: list[list[Ref]],
                                                apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
