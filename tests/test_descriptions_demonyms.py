"""A country named only by its adjective on its bodies or officials ("Kenyan officials", "the
Peruvian education ministry") is named for the descriptions after it, as its name would be:
"the government", "the cabinet" are that country's bodies and "the country" is that country
(``store.actors.described``); of two countries said as often, neither; never a town; and not
where the adjective sits on no state body ("Japanese carmakers", "Chinese-made steel").

Marked texts as ``tests/test_resolution.py`` reads them; each case: the articles, the
description, the name of the actor it must stand for (None: nobody).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve

CASES = [
    # (articles, the description, the name it stands for)
    (["[Kenyan|NORP] officials said lenders posted record profits. [The government|DESC] "
      "raised the levy."],
     (0, "The government"), "Government of Kenya"),
    (["Teachers struck on Monday, and the [Peruvian|NORP] education ministry said 9,000 "
      "marched. [The cabinet|DESC] met late."],
     (0, "The cabinet"), "Cabinet of Peru"),
    (["Voters queued for hours, [Ghanaian|NORP] election officials said. Turnout in "
      "[the country|DESC] was 71%."],
     (0, "the country"), "Ghana"),
    (["The [Chilean|NORP] drug regulator recalled 40,000 packs after [Chile|GPE] found "
      "traces of a solvent. [The government|DESC] fined the maker."],
     (0, "The government"), "Government of Chile"),
    # two countries, each said once: the government of neither
    (["[Kenyan|NORP] and [Ugandan|NORP] judges met in Arusha. [The government|DESC] paid."],
     (0, "The government"), None),
    # an adjective on no state body or official says nothing of a state
    (["[Japanese|NORP] carmakers will cut 3,000 jobs at plants abroad. [The government|DESC] "
      "offered tax breaks."], (0, "The government"), None),
    (["Imports of [Chinese|NORP]-made steel rose 12%. [The cabinet|DESC] met on Friday."],
     (0, "The cabinet"), None),
    (["[Kenyan|NORP] farmers sold 2m bags of maize. [The government|DESC] bought half."],
     (0, "The government"), None),
    # an article that never writes the adjective takes no government from the one article
    # whose "Chinese officials" offered aid (a donor, not the story's state)
    (["Storm crews in [Louisiana|GPE] cleared roads, and [Chinese|NORP] officials offered "
      "aid. [The government|DESC] said it would accept all help.",
      "Power came back to 80,000 homes in [Louisiana|GPE]. [The government|DESC] said repairs "
      "would take weeks."],
     (1, "The government"), None),
    # but the story's country, written by its adjective in two articles, is still the one
    # government of an article that names none
    (["[Kenyan|NORP] officials said lenders posted record profits. [The government|DESC] "
      "raised the levy.",
      "[Kenyan|NORP] banks lent 4% more in May.",
      "Lenders in [Mombasa|GPE] posted losses. [The government|DESC] will tax them."],
     (2, "The government"), "Government of Kenya"),
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
