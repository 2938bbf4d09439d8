"""What a happening the corpus only describes is called: by the noun an article describes it
with, not by a synonym no article wrote (``store.actors.happenings``)."""

from __future__ import annotations

import pytest

from tests.test_resolution import actor_of, resolve


@pytest.mark.parametrize(("texts", "described", "name"), [
    # "deal", "pact", "agreement" and "accord" are one class of synonyms
    (["The bakery chain said [the deal|DESC] would close in May.",
      "Bakers said [the deal|DESC] cut their hours."], (0, "the deal"), "Deal"),
    (["The chess federation signed [the pact|DESC] in Oslo."], (0, "the pact"), "Pact"),
    # "walkout" and "strike" are too
    (["Drivers at the bus company began [the walkout|DESC] at dawn."], (0, "the walkout"),
     "Walkout"),
    (["Since [the blaze|DESC] began, the marathon moved north."], (0, "the blaze"), "Blaze"),
])
def test_a_happening_only_described_is_called_by_the_articles_noun(
        texts: list[str], described: tuple[int, str], name: str) -> None:
    articles, clusters = resolve(texts)
    actor = actor_of(articles, described)
    assert actor is not None
    cluster = next(c for c in clusters if c.id == actor)
    assert cluster.name == name and cluster.type == "EVENT"
