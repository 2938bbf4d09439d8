"""A head that says what a body is ("the charity", "the regulator", "the consortium"), set
beside its name by a comma in one article, fits that name in every article
(``kind_of_body`` in ``store/data/descriptions.toml``; ``store.actors.described``); a head
that says what a body is to another ("the parent", "the owner") stays learnt in its own
article only. Cases: articles with their mentions marked, as ``tests/test_resolution.py``
reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a food bank called a charity in one article is 'the charity' in the next",
     ["The [Orla Pantry Trust|ORG], [the food charity|DESC], said 900 families came.",
      "Queues grew, the [Orla Pantry Trust|ORG] said. [The charity|DESC] wants more fridges."],
     [[(0, "Orla Pantry Trust"), (1, "Orla Pantry Trust"), (1, "The charity")]], []),
    ("a bus line builder called a consortium once, then only described",
     ["[Kelvar Transit Partners|ORG], [the consortium|DESC] building the busway, was fined.",
      "[Kelvar Transit Partners|ORG] and [Velm Council|ORG] met. [The consortium|DESC] "
      "appealed."],
     [[(0, "Kelvar Transit Partners"), (1, "The consortium")]],
     [[(1, "Velm Council"), (1, "The consortium")]]),
    ("what a body is to another is learnt in its own article only",
     ["[Harlow Mills|ORG], [the parent|DESC] of [Brindle Foods|ORG], bought a bakery.",
      "[Harlow Mills|ORG] and [Brindle Foods|ORG] met. [The parent|DESC] paid."],
     [], [[(1, "Harlow Mills"), (1, "The parent")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_kind_of_body_said_once_fits_in_every_article(name: str, texts: list[str],
                                                         join: list[list[Ref]],
                                                         apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
