""""The sinking", "the capsizing", "the shipwreck": a vessel's loss at sea, one kind of happening
(``store/data/descriptions.toml``; the nouns are event nouns of ``store/data/names.toml``), so
each stands for the one loss its article names ("the Velm ferry sinking"), and "the disaster"
for it too; where no article names one, the descriptions share one happening only described.
Cases: articles with their mentions marked, as ``tests/test_resolution.py`` reads them; and the
tagger's text, where the nouns after "the" are descriptions.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a ferry lost on a lake: its sinking, its capsizing and the disaster are one happening",
     ["The [Velm ferry sinking|EVENT] killed 12. Divers said [the capsizing|DESC] took a "
      "minute. [The disaster|DESC] shut the [Velm|GPE] pier.",
      "[The Orla pier collapse|EVENT] hurt 3. [The disaster|DESC] closed the beach."],
     [[(0, "Velm ferry sinking"), (0, "the capsizing"), (0, "The disaster")]],
     [[(0, "Velm ferry sinking"), (1, "The disaster")], [(0, "Velm"), (0, "the capsizing")]]),
    ("a trawler lost and never named: each article's description is the one loss",
     ["Fishermen mourned after [the shipwreck|DESC] near [Karsby|GPE].",
      "Three days after [the sinking|DESC], the [Karsby|GPE] harbour reopened."],
     [[(0, "the shipwreck"), (1, "the sinking")]],
     [[(0, "Karsby"), (0, "the shipwreck")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_vessel_s_loss_is_one_happening(name: str, texts: list[str], join: list[list[Ref]],
                                          apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "description"), [
    ("Divers reached the trawler two hours after the capsizing, the harbour master said.",
     "the capsizing"),
    ("Relatives gathered at the quay on the morning after the sinking.", "the sinking"),
])
def test_the_noun_after_the_is_a_description(text: str, description: str) -> None:
    found = {(m.text, m.label) for m in extract_mentions(load_nlp()(text))}
    assert (description, "DESC") in found
