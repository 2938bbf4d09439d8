"""A body's part described as its owner's and set beside its name by a comma ("through Ofgem
Scotland, its enforcement unit,", "The ministry's statistics office, Statistics Norway,", "X,
the investment unit of Y,") is a description of that name; alone ("its parent company would
pay") it is none (``store.extract.mentions.owned_parts``). Cases: texts and the descriptions
they must and must not yield; marked texts, joins and pairs kept apart, as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.extract.nlp import load_nlp
from tests.test_descriptions_placed import check_labelled
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

MENTIONS = [
    # (text, must be descriptions, must not be mentions)
    ("The regulator acts through Ofgem Scotland, its enforcement unit, in such cases.",
     ["its enforcement unit"], []),
    ("The ministry's statistics office, Statistics Norway, released the data.",
     ["The ministry", "statistics office"], ["The ministry's statistics office"]),
    ("Police named Barclays Capital, the investment unit of Barclays, as the adviser.",
     ["the investment unit"], []),
    ("The bank said its parent company would pay.", [], ["its parent company", "parent company"]),
    ("The company's shares fell as its audit unit reported.", [], ["its audit unit"]),
]


nlp = pytest.fixture(scope="module")(load_nlp)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "described", "absent"), MENTIONS)
def test_an_owned_part_beside_a_name_is_a_description(nlp, text: str, described: list[str],
                                                      absent: list[str]) -> None:
    check_labelled(nlp, text, "DESC", described, absent)


RESOLUTION = [
    # (name, articles, must join, must stay apart)
    ("a part described after 'its' beside a name is that name's body, not its owner's",
     ["[The regulator|DESC] acts through [Orla-EU|ORG], [its enforcement unit|DESC], here."],
     [[(0, "Orla-EU"), (0, "its enforcement unit")]], []),
    ("a part described after its owner's possessive is the name beside it",
     ["[Velm Ministry of Trade|ORG] said so. [The ministry|DESC]'s [statistics office|DESC], "
      "[Velmstat|ORG], released the data."],
     [[(0, "statistics office"), (0, "Velmstat")], [(0, "The ministry"),
                                                    (0, "Velm Ministry of Trade")]],
     [[(0, "statistics office"), (0, "Velm Ministry of Trade")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), RESOLUTION,
                         ids=[c[0] for c in RESOLUTION])
def test_an_owned_part_is_the_name_beside_it(name: str, texts: list[str], join: list[list[Ref]],
                                             apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
