"""A lone word written bare at the end of a body's name after its "of" ("the University of
Tarvos" and "flights to Tarvos") is what the body is named after, not the body, whatever label
the tagger gave the word (``Resolver._shortened``); written with "the" ("the Kell said"), it is
still the body's short form ("Port of Kell"). Cases: marked texts, joins and pairs kept apart,
as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    ("an island the tagger calls a body is not its university",
     ["Ferries to [Tarvos|ORG] were cut. [Tarvos|ORG] lost 3,000 visitors, said a lecturer at "
      "the [University of Tarvos|ORG]."],
     [[(0, "Tarvos")]], [[(0, "Tarvos"), (0, "University of Tarvos")]]),
    ("a town the tagger calls a body is not its chess club",
     ["The [Chess Club of Ossmar|ORG] met. Players from [Ossmar|ORG] won twice."],
     [], [[(0, "Ossmar"), (0, "Chess Club of Ossmar")]]),
    ("a body's short form with 'the' still shortens its name",
     ["The [Harbour Board of Kell|ORG] met. [The Kell|ORG] said fees would rise."],
     [[(0, "Harbour Board of Kell"), (0, "The Kell")]], []),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_word_after_of_is_what_the_body_is_named_after(
        name: str, texts: list[str], join: list[list[Ref]], apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
