"""A body its members own jointly, "the cooperative": set beside a name ("Velm Dairy, the
region's largest cooperative,"; "a cooperative owned by 900 growers") it is that body, and so is
the same description later in that article; set beside no name it names nobody
(``store/data/descriptions.toml``, the ``beside`` rule). Extraction marks the phrase, possessive
included ("the cooperative's board"). Marked texts as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

MENTIONS = [
    # (text, the description extraction must mark)
    ("Orla Grain, the cooperative that buys most of the wheat, wants more money.",
     "the cooperative"),
    ("Bankers doubted the cooperative's offer for the failed lender.", "the cooperative"),
    ("Dairy farmers said the cooperative would cut its milk price.", "the cooperative"),
]

CASES = [
    # (name, articles, must join, must stay apart)
    ("a cooperative set beside its name is that body, and so is 'the cooperative' after it",
     ["[Kessel Growers|ORG], [the cooperative|DESC] that runs the school canteens, asked for "
      "more. The council rejected [the cooperative|DESC]'s claim."],
     [[(0, "Kessel Growers"), (0, "the cooperative")]], []),
    ("'a cooperative owned by' beside a name teaches the article's later 'the cooperative'",
     ["[Orla Bank|ORG] lent to [Talis Mutual|ORG], [a cooperative|DESC] owned by 900 "
      "taxi drivers. Drivers at [the cooperative|DESC] struck."],
     [[(0, "Talis Mutual"), (0, "the cooperative")]],
     [[(0, "Orla Bank"), (0, "the cooperative")]]),
    ("a cooperative set beside its name is that body",
     ["Milk prices fell. [Velm Dairy|ORG], [the region's largest cooperative|DESC], cut pay. "
      "Farmers left [the cooperative|DESC]."],
     [[(0, "Velm Dairy"), (0, "the cooperative")]], []),
    ("set beside no name, 'the cooperative' names nobody, in its article or another",
     ["[Kessel Growers|ORG], [the cooperative|DESC], won the school contract.",
      "Teachers struck at [Karsby Academy|ORG]. [The cooperative|DESC] said nothing."],
     [], [[(1, "Karsby Academy"), (1, "The cooperative")],
          [(0, "Kessel Growers"), (1, "The cooperative")]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "description"), MENTIONS)
def test_a_cooperative_s_description_is_marked(text: str, description: str) -> None:
    found = [(m.text, m.label) for m in extract_mentions(load_nlp()(text))]
    assert (description, "DESC") in found


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_cooperative_beside_its_name(name: str, texts: list[str], join: list[list[Ref]],
                                      apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
