""""The company" is a firm whose name ends with the trade it is named for, in the trades of
biological medicines, care, tankers and data ("Biologics", "Biosciences", "Healthcare",
"Tankers", "Analytics": ``company_words`` in ``store/data/descriptions.toml``), even where the
tagger took the name for a person's (``business_words`` in ``store/data/names.toml``, read by
``store.actors.naming``); a chamber named with a word of mining ("Chamber of Mines") is no
company. Cases: articles with their mentions marked, the mentions that must be one actor and
the pairs that must stay apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a vaccine maker the tagger takes for a person, then 'the company'",
     ["[Dorvane Biologics|PERSON] won approval for a flu shot. [Dorvane|PERSON] will charge "
      "9 dollars a dose, [the company|DESC] said."],
     [[(0, "Dorvane Biologics"), (0, "the company")]], []),
    ("a care provider and the ministry that pays it",
     ["The [Ministry of Health|ORG] fined [Quillmere Healthcare|ORG] over staffing. [The "
      "company|DESC] will appeal."],
     [[(0, "Quillmere Healthcare"), (0, "The company")]],
     [[(0, "Ministry of Health"), (0, "The company")]]),
    ("a tanker owner after a spill, named as a person once",
     ["A ship owned by [Halvey Tankers|PERSON] leaked 300 tonnes off [Orla|GPE]. [The "
      "company|DESC] said the leak had stopped."],
     [[(0, "Halvey Tankers"), (0, "The company")]],
     [[(0, "Orla"), (0, "The company")]]),
    ("a chamber of mining firms is no company",
     ["The [Velm Chamber of Mines|ORG] said output fell 4%. [The company|DESC] gave no "
      "reason."],
     [], [[(0, "Velm Chamber of Mines"), (0, "The company")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_company_is_the_firm_named_for_its_trade(name: str, texts: list[str],
                                                      join: list[list[Ref]],
                                                      apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
