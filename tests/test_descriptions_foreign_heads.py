"""A body named in its own language is called by the English word for its head noun: "the
observatory" after "Observatório Mata Serena", "the group" after "Grupo Ribera", "the
foundation" after "Fondation Lumière" (the ``foreign_heads`` table of ``store/data/names.toml``;
``store.actors.described``), never a body whose name says another head. Cases: articles with
their mentions marked, the mentions that must be one actor and the pairs that must stay apart,
as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a drought report: a Portuguese observatory, then 'the observatory'",
     ["The [Observatório do Clima Seco|ORG] counted 40 dry days in [Ceará|GPE]. [The "
      "observatory|DESC] said rain would come late."],
     [[(0, "Observatório do Clima Seco"), (0, "The observatory")]],
     [[(0, "Ceará"), (0, "The observatory")]]),
    ("a bank's results: a Spanish group, then 'the group'",
     ["[Grupo Ribera|ORG] made a profit of 2bn euros, beating [Banco Sur|ORG]. Shares in [the "
      "group|DESC] rose 3%."],
     [[(0, "Grupo Ribera"), (0, "the group")]], [[(0, "Banco Sur"), (0, "the group")]]),
    ("a strike: a French federation, then 'the federation'",
     ["The [Fédération des Cheminots|ORG] called a strike against the [Ministère des "
      "Transports|ORG]. [The federation|DESC] said 80% of trains would stop."],
     [[(0, "Fédération des Cheminots"), (0, "The federation")]],
     [[(0, "Ministère des Transports"), (0, "The federation")]]),
    ("a school budget: an Italian foundation, then 'the foundation'; no secretariat named",
     ["The [Fondazione Scuola Viva|ORG] gave 3m euros to schools in [Turin|GPE]. [The "
      "foundation|DESC] will give more. [The secretariat|DESC] said nothing."],
     [[(0, "Fondazione Scuola Viva"), (0, "The foundation")]],
     [[(0, "Fondazione Scuola Viva"), (0, "The secretariat")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_body_named_in_its_own_language_is_called_by_the_english_head(
        name: str, texts: list[str], join: list[list[Ref]], apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
