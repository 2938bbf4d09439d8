"""A state the country list lacks but the corpus writes as one (its people's adjective beside
it: "Tarvonia", "Tarvonian pilots") is a country for "the government" and "the country" whatever
label the tagger gave its name most often there: the small model reads a rare country's name
as a person's as readily as a place's or a body's ("Tarvonia's airport"). A person's name the
corpus writes no such adjective of stays a person (``store.actors.described``).

Marked texts as ``tests/test_resolution.py`` reads them; each case: the articles, the
description, the name of the actor it must stand for (None: nobody).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, actor_of, resolve

CASES = [
    # the country's one mention in the article tagged a person's, after the description
    (["Air traffic controllers ended their strike after [the government|DESC] agreed to a "
      "raise. [Tarvonia|PERSON]'s second airport reopened.",
      "[Tarvonian|NORP] pilots flew again. Flights to [Tarvonia|GPE] rose."],
     (0, "the government"), "Government of Tarvonia"),
    # and before it
    (["[Tarvonia|PERSON]'s second airport reopened. [The government|DESC] paid for it.",
      "[Tarvonian|NORP] pilots flew again. Flights to [Tarvonia|GPE] rose."],
     (0, "The government"), "Government of Tarvonia"),
    # a person's name, with no adjective of it in the corpus, is no state
    (["[Marisa|PERSON]'s shop reopened. [The government|DESC] paid for it.",
      "Shops in [Marisa|GPE] opened late."],
     (0, "The government"), None),
]


@pytest.mark.parametrize(("texts", "description", "name"), CASES)
def test_a_state_written_as_one_is_a_country_whatever_its_label(
        texts: list[str], description: Ref, name: str | None) -> None:
    articles, clusters = resolve(texts)
    names = {c.id: c.name for c in clusters}
    assert names.get(actor_of(articles, description)) == name
