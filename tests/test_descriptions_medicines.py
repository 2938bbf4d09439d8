"""A medicine written again by what it is, "the vaccine", "the drug", "the jab": a brand's name
says nothing of what it is (the tagger labels it an organisation, a person or a place), so the
description stands for a name only where the corpus calls that name so, set beside it by a comma
("Velmorin, the vaccine against river fever,") or written before the noun ("the Velmorin
vaccine"); then it is that name in every article, and set beside no name it names nobody
(``store/data/descriptions.toml``, a ``called`` rule). Marked texts as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

MENTIONS = [
    # (text, the description extraction must mark)
    ("Two doses of the vaccine cut hospital stays by half.", "the vaccine"),
    ("Nurses said the drug's side effects were mild.", "the drug"),
    ("Pharmacists ran out of the jab within a week.", "the jab"),
]

CASES = [
    # (name, articles, must join, must stay apart)
    ("a vaccine set beside its name, a clause after it, is that name, and so is the next one",
     ["[Kessel Health|ORG] approved [Velmorin|ORG], [the vaccine|DESC] against river fever. "
      "Half the volunteers got [the vaccine|DESC]."],
     [[(0, "Velmorin"), (0, "the vaccine")]], [[(0, "Kessel Health"), (0, "the vaccine")]]),
    ("a drug 'developed by' a company is the drug, not the company",
     ["[Tarvo|PERSON], [the drug|DESC] developed by [Orla Labs|ORG], failed. Doctors stopped "
      "prescribing [the drug|DESC] in May."],
     [[(0, "Tarvo"), (0, "the drug")]], [[(0, "Orla Labs"), (0, "the drug")]]),
    ("what the corpus calls a name holds in an article that sets no name beside it",
     ["[Kessel Health|ORG] approved [Velmorin|ORG], [the vaccine|DESC] made by [Orla Labs|ORG].",
      "[Velmorin|GPE] costs less than a meal. Most adults want [the vaccine|DESC]."],
     [[(1, "Velmorin"), (1, "the vaccine")]], []),
    ("set beside no name, 'the vaccine' names nobody, a company named before it included",
     ["[Orla Labs|ORG] said [the vaccine|DESC] would be ready in May."],
     [], [[(0, "Orla Labs"), (0, "the vaccine")]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "description"), MENTIONS)
def test_a_medicine_s_description_is_marked(text: str, description: str) -> None:
    found = [(m.text, m.label) for m in extract_mentions(load_nlp()(text))]
    assert (description, "DESC") in found


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_medicine_called_by_what_it_is(name: str, texts: list[str], join: list[list[Ref]],
                                         apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
