"""Two within-article descriptions (``store.actors.described``, ``store/data/descriptions.toml``):

* "the ministry" is never a body whose name holds "ministry" only as its owner's ("Harbour Fees
  Agency of the Ministry of Ports" belongs to the ministry), and where the article names the
  ministry only through a minister's portfolio ("Ports Minister Lena Dahl"), it is the one
  ministry of that portfolio the corpus names; two portfolios, nobody;
* "the 61-year-old" is a person the article has named before it: the only one, or of several
  the only one named earlier in its sentence, else its paragraph; else nobody. The tagger
  splits the age at its hyphens, so extraction reads it whole, and before a noun ("the
  61-year-old driver") it is a modifier.
"""

from __future__ import annotations

import pytest

from store.extract.mentions.assemble import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("'the ministry' is not the agency whose name holds the ministry as its owner",
     ["The [Harbour Fees Agency of the Ministry of Ports|ORG] set the fees, and the [Ministry of "
      "Ports|ORG] agreed. [The ministry|DESC] said they rise in May."],
     [[(0, "Ministry of Ports"), (0, "The ministry")]],
     [[(0, "Harbour Fees Agency of the Ministry of Ports"), (0, "The ministry")]]),
    ("'the ministry' after a minister's portfolio is the one ministry of that portfolio",
     ["The [Ministry of Ports|ORG] and the [Ministry of Finance|ORG] set the budget.",
      "Ports Minister [Lena Dahl|PERSON] spoke on Monday. [The ministry|DESC] expects cranes."],
     [[(0, "Ministry of Ports"), (1, "The ministry")]],
     [[(0, "Ministry of Finance"), (1, "The ministry")]]),
    ("'the ministry' after two ministers of two portfolios is neither ministry",
     ["The [Ministry of Ports|ORG] and the [Ministry of Finance|ORG] set the budget.",
      "Ports Minister [Ivo Lind|PERSON] met Finance Minister [Ana Berg|PERSON]. [The "
      "ministry|DESC] expects cranes."],
     [],
     [[(0, "Ministry of Ports"), (1, "The ministry")],
      [(0, "Ministry of Finance"), (1, "The ministry")]]),
    ("'the 61-year-old' is the one person named just before in its paragraph",
     ["Dock workers walked out, said [Ivo Marsh|PERSON], the union's chair. [The "
      "61-year-old|DESC] expects a long strike."],
     [[(0, "Ivo Marsh"), (0, "The 61-year-old")]], []),
    ("'the 61-year-old' after two people in its paragraph is neither",
     ["[Ivo Marsh|PERSON] met [Ana Berg|PERSON] on Monday. [The 61-year-old|DESC] left early."],
     [], [[(0, "Ivo Marsh"), (0, "The 61-year-old")], [(0, "Ana Berg"), (0, "The 61-year-old")]]),
    ("'the 61-year-old' is the only person the article named before, in whatever paragraph",
     ["[Ivo Marsh|PERSON] spoke on Monday.\n\n[The 61-year-old|DESC] left early."],
     [[(0, "Ivo Marsh"), (0, "The 61-year-old")]], []),
    ("'the 61-year-old' in a paragraph that names nobody, after two people, is neither",
     ["[Ivo Marsh|PERSON] met [Ana Berg|PERSON].\n\n[The 61-year-old|DESC] left early."],
     [], [[(0, "Ivo Marsh"), (0, "The 61-year-old")], [(0, "Ana Berg"), (0, "The 61-year-old")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_ministry_and_age(name: str, texts: list[str], join: list[list[Ref]],
                          apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "described"), [
    ("Ivo Marsh chairs the union. The 61-year-old expects a long strike.", {"The 61-year-old"}),
    ("Ana Berg was there. Police said the 34-year-old was fined.", {"the 34-year-old"}),
    ("The 61-year-old driver was hurt.", set()),
])
def test_an_age_alone_is_a_person_s_description(nlp, text: str, described: set[str]) -> None:
    found = {m.text for m in extract_mentions(nlp(text)) if m.label == "DESC"
             and "old" in m.text}
    assert found == described, f"{text!r}: {found}"
