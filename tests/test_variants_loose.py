"""Spelling variants (rule 8 of ``store.actors.resolve``) that the tagger's label or a final
vowel kept from being compared: a person's name the tagger took for a body's in one article, and
a middle name written with and without its final vowel ("Saidi", "Said"). A given name written
with and without a final vowel is still two names ("Jan", "Jana").
Cases: articles with their mentions marked, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a baker's name tagged a body in one article and a person in another",
     ["The bakery's owner, [Mirela Castagnoli|ORG], said flour cost more.",
      "[Mirela Castagnolli|PERSON] opened a second bakery."],
     [[(0, "Mirela Castagnoli"), (1, "Mirela Castagnolli")]],
     []),
    ("a marathon winner's middle name with and without its final vowel",
     ["[Juma Saidi Barwani|PERSON] won the marathon.",
      "The marathon went to [Juma Said Barwani|PERSON]."],
     [[(0, "Juma Saidi Barwani"), (1, "Juma Said Barwani")]],
     []),
    ("two bus drivers whose given names differ by a final vowel",
     ["[Jan Dvorak|PERSON] drove the night bus.",
      "[Jana Dvorak|PERSON] drove the school bus."],
     [],
     [[(0, "Jan Dvorak"), (1, "Jana Dvorak")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_loose_variants(name: str, texts: list[str], join: list[list[Ref]],
                        apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
