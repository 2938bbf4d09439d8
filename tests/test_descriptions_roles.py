"""Descriptions of a body by what it does for an event, of a festival, and of a confederation: "the
organiser", "the promoter", "the sponsor" set beside a body's name are that body, and so is the
same description later in that article; "the festival" is the festival its article named with the
word; "the confederation" the one confederation named before it (``store/data/descriptions.toml``,
``store.actors.described``). Cases: marked texts, joins and pairs kept apart, as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

ROLES = [
    # (name, articles, must join, must stay apart)
    ("a body set beside 'the organiser' is the organiser, and so is 'the organiser' later in "
     "that article",
     ["[Velm Live|ORG], [the organiser|DESC] of the Orla music festival, said 3,000 came. "
      "Police blamed [the organiser|DESC].",
      "[The promoter|DESC], [Karsby Events|ORG], refunded fans. [The promoter|DESC] said no more."],
     [[(0, "Velm Live"), (0, "the organiser")],
      [(1, "Karsby Events"), (1, "The promoter")]], []),
    ("a sponsor set beside a body's name is that body",
     ["The brewer [Orla Breweries|ORG], [the festival's main sponsor|DESC], pulled out."],
     [[(0, "Orla Breweries"), (0, "the festival's main sponsor")]], []),
    ("'the organiser' set beside no name names nobody, and never a body of another article",
     ["[Velm Live|ORG], [the organiser|DESC], said 3,000 came.",
      "[Karsby Arena|ORG] opened. [The organiser|DESC] said nothing."],
     [], [[(0, "Velm Live"), (1, "The organiser")], [(1, "Karsby Arena"), (1, "The organiser")]]),
    ("'the organiser of X' says X is no organiser: 'the organiser' is never X, in any article",
     ["Rain hit [Orla Jazz|ORG], said the organiser of [Orla Jazz|ORG].",
      "[Orla Jazz|ORG] closed early. [The organiser|DESC] said sorry."],
     [], [[(1, "Orla Jazz"), (1, "The organiser")]]),
]

FESTIVALS = [
    ("'the festival' is the festival its article named with the word, whatever its label",
     ["A crush at the [Serra Orla|ORG] festival killed 12. [The festival|DESC] was full.",
      "The [Velm Jazz|EVENT] festival opened. Rain hit [the festival|DESC]."],
     [[(0, "Serra Orla"), (0, "The festival")], [(1, "Velm Jazz"), (1, "the festival")]], []),
    ("'the festival' is no body the article did not call a festival, nor one of another article",
     ["[Velm Live|ORG] staged a concert in [Orla|GPE]. [The festival|DESC] was full.",
      "The [Karsby Jazz|EVENT] festival opened.",
      "Rain hit [the festival|DESC]."],
     [], [[(0, "Velm Live"), (0, "The festival")], [(0, "Orla"), (0, "The festival")],
          [(1, "Karsby Jazz"), (2, "the festival")]]),
]

CONFEDERATIONS = [
    ("'the confederation' is the confederation named before it in its article",
     ["The [Confederation of Velm Traders|ORG] counted losses. [The confederation|DESC] asked "
      "for relief."],
     [[(0, "Confederation of Velm Traders"), (0, "The confederation")]], []),
    ("'the confederation' is no body whose name says nothing of one",
     ["The [Velm Traders Union|ORG] counted losses. [The confederation|DESC] asked for relief."],
     [], [[(0, "Velm Traders Union"), (0, "The confederation")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), ROLES, ids=[c[0] for c in ROLES])
def test_a_body_s_role_beside_its_name(name: str, texts: list[str], join: list[list[Ref]],
                                       apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.parametrize(("name", "texts", "join", "apart"), FESTIVALS,
                         ids=[c[0] for c in FESTIVALS])
def test_the_festival_is_the_one_called_so(name: str, texts: list[str], join: list[list[Ref]],
                                           apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CONFEDERATIONS,
                         ids=[c[0] for c in CONFEDERATIONS])
def test_the_confederation(name: str, texts: list[str], join: list[list[Ref]],
                           apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
