"""A name's possessive and what a body, a place or a person is to it, set beside a name by a
comma after it ("Velmora, Tarvonia's largest city,", "Orla Motor Company, Tarvonia's biggest
carmaker,", "Ana Lind, Skyra's country manager."), is a description of that name: extraction
marks the words after the possessive, the owner keeping its own mention (``owned_spans``), and
resolution joins the description to the name before the owner where the name's type fits the
head; where none fits, to nothing, and the owner stays itself.
Marked texts as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

MENTIONS = [
    # (text, the description extraction must mark)
    ("Police in Velmora, Tarvonia's largest city, recorded 212 killings.",
     "largest city"),
    ("Orla Motor Company, Tarvonia's biggest carmaker, said it would recall 40,000 cars.",
     "biggest carmaker"),
    ("Kessel Foods, Britain's sixth-largest supermarket chain, rejected the offer.",
     "sixth-largest supermarket chain"),
    ('"We will add two flights," said Ana Lind, Skyra\'s country manager.',
     "country manager"),
]

# what a body is to the owner ("parent", "owner") is no kind of body: the phrase is no such
# description, and teaches the article's "the company" nothing
NOT_MARKED = [
    ("Kessel Holdings, Orla Tin's parent company, paid the fine.", "parent company"),
]

CASES = [
    # (name, articles, must join, must stay apart)
    ("a place's possessive description beside a city is that city, its owner itself",
     ["Police in [Velmora|GPE], [Tarvonia|GPE]'s [largest city|DESC], recorded 212 killings."],
     [[(0, "Velmora"), (0, "largest city")]], [[(0, "Tarvonia"), (0, "largest city")]]),
    ("a body's possessive description beside a company is that company",
     ["[Orla Motor Company|ORG], [Tarvonia|GPE]'s [biggest carmaker|DESC], recalled cars."],
     [[(0, "Orla Motor Company"), (0, "biggest carmaker")]],
     [[(0, "Tarvonia"), (0, "biggest carmaker")]]),
    ("a person's title after a company's possessive, beside the person's name, is that person",
     ["\"No,\" said [Ana Lind|PERSON], [Skyra|ORG]'s [country manager|DESC]."],
     [[(0, "Ana Lind"), (0, "country manager")]], [[(0, "Skyra"), (0, "country manager")]]),
    ("a city's description beside a person's name is no description of that person",
     ["[Ana Lind|PERSON], [Tarvonia|GPE]'s [largest city|DESC], said no."],
     [], [[(0, "Ana Lind"), (0, "largest city")]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "description"), MENTIONS)
def test_a_possessive_description_beside_a_name_is_marked(text: str, description: str) -> None:
    found = [(m.text, m.label) for m in extract_mentions(load_nlp()(text))]
    assert (description, "DESC") in found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), NOT_MARKED)
def test_what_a_body_is_to_its_owner_is_not_marked(text: str, words: str) -> None:
    found = [(m.text, m.label) for m in extract_mentions(load_nlp()(text))]
    assert (words, "DESC") not in found


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_possessive_description_beside_a_name(name: str, texts: list[str],
                                                join: list[list[Ref]],
                                                apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
