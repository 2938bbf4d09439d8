"""A country named only by its adjective ("Kenyan banks", "Peruvian teachers") is named for the
descriptions after it, as its name would be: "the government", "the cabinet" are that country's
bodies and "the country" is that country (``store.actors.described``); of two countries said
as often, neither; never a town.

Marked texts as ``tests/test_resolution.py`` reads them; each case: the articles, the
description, the name of the actor it must stand for (None: nobody).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve

CASES = [
    # (articles, the description, the name it stands for)
    (["[Kenyan|NORP] lenders posted record profits. [The government|DESC] raised the levy."],
     (0, "The government"), "Government of Kenya"),
    (["[Peruvian|NORP] teachers struck on Monday, and [Peruvian|NORP] unions said 9,000 "
      "marched. [The cabinet|DESC] met late."],
     (0, "The cabinet"), "Cabinet of Peru"),
    (["[Ghanaian|NORP] voters queued for hours. Turnout in [the country|DESC] was 71%."],
     (0, "the country"), "Ghana"),
    (["The [Chilean|NORP] drug regulator recalled 40,000 packs after [Chile|GPE] found "
      "traces of a solvent. [The government|DESC] fined the maker."],
     (0, "The government"), "Government of Chile"),
    # two countries, each said once: the government of neither
    (["[Kenyan|NORP] and [Ugandan|NORP] judges met in Arusha. [The government|DESC] paid."],
     (0, "The government"), None),
    # a country is no town
    (["[Kenyan|NORP] farmers sold maize. [The town|DESC] market shut."],
     (0, "The town"), None),
]


@pytest.mark.parametrize(("texts", "description", "name"), CASES)
def test_a_country_named_by_its_adjective_is_named(texts: list[str], description: Ref,
                                                   name: str | None) -> None:
    articles, clusters = resolve(texts)
    names = {c.id: c.name for c in clusters}
    assert names.get(actor_of(articles, description)) == name
