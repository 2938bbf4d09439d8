"""A nationality word written alone is the country's people, one actor for all the words of one
country and apart from the state ("Kenyans queued", "two Danish climbers"); on a state's body
or its officials ("the Turkish government", "Czech officials") it is the state, and every rule
still reads it as its country (``store.actors.peoples``). Cases as ``tests/test_resolution.py``
reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a marathon: the runners' nationality is a people, apart from their country",
     ["Two [Kenyans|NORP] led the [Velm Marathon|EVENT]. [Kenya|GPE] sent six runners.",
      "The [Kenyan|NORP] runners trained in [Iten|GPE]."],
     [[(0, "Kenyans"), (1, "Kenyan")]], [[(0, "Kenyans"), (0, "Kenya")]]),
    ("a chess federation: the adjective on a state's body or officials is the state",
     ["[Czech|NORP] officials backed the chess final in [Czechia|GPE]. [Danish|NORP] players "
      "won."],
     [[(0, "Czech"), (0, "Czechia")]], [[(0, "Danish"), (0, "Czech")]]),
    ("a bakery: two countries' peoples are two actors",
     ["[Danish|NORP] and [Swedish|NORP] bakers met in [Malmo|GPE]."],
     [], [[(0, "Danish"), (0, "Swedish")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_nationality_word_alone_is_its_people(name: str, texts: list[str],
                                                join: list[list[Ref]],
                                                apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


def test_the_country_named_only_by_its_adjective_is_still_described() -> None:
    """"The country" in an article that names the state only by its adjective on its officials
    is still the country, named as the country; its people's word stays apart."""
    articles, clusters = resolve(["[Ghanaian|NORP] election officials said [Ghanaians|NORP] "
                                  "queued for hours. Turnout in [the country|DESC] was 71%."])
    names = {c.id: c.name for c in clusters}
    assert names.get(actor_of(articles, (0, "the country"))) == "Ghana"
    assert actor_of(articles, (0, "Ghanaian")) == actor_of(articles, (0, "the country"))
    assert actor_of(articles, (0, "Ghanaians")) != actor_of(articles, (0, "the country"))
