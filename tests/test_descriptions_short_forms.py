"""A description gives its body's short form in brackets: "the state health department (SES-MG)" is
the body the acronym names, a hyphened acronym of the body's and its state's initials as much as a
plain one ("the regional ambulance service (ORAS)") (``store.actors.described``). Cases: marked
texts, joins and pairs kept apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a description with a hyphened acronym in brackets after it is the body the acronym names",
     ["[The state health department|DESC] ([SES-VL|ORG]) set up a hotline. [SES-VL|ORG] said "
      "12 were in hospital.",
      "Roads shut, [the state transport department|DESC] ([DER-OR|ORG]) said."],
     [[(0, "The state health department"), (0, "SES-VL")],
      [(1, "the state transport department"), (1, "DER-OR")]], []),
    ("a hyphened name in brackets that is no acronym gives the description no name",
     ["[The state health department|DESC] ([Velm-Orla|ORG]) set up a hotline."],
     [], [[(0, "The state health department"), (0, "Velm-Orla")]]),
    ("countries' or blocs' codes in brackets say which parties, not which body",
     ["[The Velm and Orla Trade Board|ORG] met. [The joint board|DESC] ([EU-US|ORG]) said "
      "tariffs would fall.",
      "[The bilateral commission|DESC] ([US-UK|ORG]) met in May."],
     [], [[(0, "The joint board"), (0, "EU-US")],
          [(1, "The bilateral commission"), (1, "US-UK")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_short_form_in_brackets_after_a_description(name: str, texts: list[str],
                                                      join: list[list[Ref]],
                                                      apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
