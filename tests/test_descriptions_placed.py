"""A body described by its place and what it does, "the Velm fire service", "the Orla state
prosecutor's office", or by its owner and its place, "the UN's Velm office": the whole phrase
is one description, its place no mention of its own
(``store.extract.mentions.placed_bodies``); where its article names nothing that fits it, it is
the body the same description stands for in another article (``store.actors.placed``). Cases:
texts and the mentions they must and must not yield; marked texts, joins and pairs kept apart,
as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

MENTIONS = [
    # (text, must be a description, must not be a mention)
    ("Roads near the port were shut, the Queensland fire service said on Monday.",
     ["the Queensland fire service"], ["Queensland"]),
    ("Ana Lind, a prosecutor of the Victoria state prosecutor's office, visited the site.",
     ["the Victoria state prosecutor's office"], ["Victoria"]),
    ("Farmers met officials of the Manitoba regional health board in March.",
     ["the Manitoba regional health board"], ["Manitoba"]),
    ("Roads were shut, the Kerala disaster management authority said.",
     ["the Kerala disaster management authority"], ["Kerala"]),
    ("The WHO's Geneva office said cases rose.",  # an owner's office in a place
     ["The WHO's Geneva office"], ["Geneva"]),
]

NOT_DESCRIBED = [
    # (text, a name that stays its own mention, a phrase that is no description)
    ("Crowds gathered at the Manitoba music festival on Saturday.",
     "Manitoba", "the Manitoba music festival"),  # a happening's head: the festival's name
    ("Patients were sent to the Manitoba health centre on Friday.",
     "Manitoba health centre", "the Manitoba health centre"),  # a site's name of its own
    ("The UN's Kenya office said so.", "Kenya", "The UN's Kenya office"),  # a country's
    ("Rain hit the Manitoba police said to be stretched.",
     "Manitoba", "the Manitoba police"),
    ("Boats left the Manitoba mayor's deputy behind.",
     "Manitoba", "the Manitoba mayor's deputy"),  # a person's, after an office's possessive
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def check_labelled(nlp, text: str, label: str, present: list[str], absent: list[str]) -> None:
    """The text's mentions hold each of ``present`` with ``label``, and none of ``absent``."""
    found = {m.text: m.label for m in extract_mentions(nlp(text))}
    for surface in present:
        assert found.get(surface) == label, f"{surface!r} not a {label} mention in {found}"
    for surface in absent:
        assert surface not in found, f"{surface!r} should be no mention: {found}"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "described", "absent"), MENTIONS)
def test_a_place_s_body_with_what_it_does_is_one_description(nlp, text: str,
                                                             described: list[str],
                                                             absent: list[str]) -> None:
    check_labelled(nlp, text, "DESC", described, absent)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place", "phrase"), NOT_DESCRIBED)
def test_a_place_before_no_body_s_head_stays_its_own_mention(nlp, text: str, place: str,
                                                             phrase: str) -> None:
    found = {m.text: m.label for m in extract_mentions(nlp(text))}
    assert phrase not in found, f"{phrase!r} is no body's description: {found}"
    assert place in found, f"{place!r} should stay its own mention: {found}"


RESOLUTION = [
    # (name, articles, must join, must stay apart)
    ("a place's body described in an article that names none is the body the same description "
     "gave its short form to in another",
     ["A prosecutor of [the Velm state prosecutor's office|DESC] ([VSPO|ORG]) spoke. "
      "[VSPO|ORG] opened an inquiry.",
      "[The Velm prosecutor's office|DESC] will open a civil inquiry."],
     [[(0, "VSPO"), (1, "The Velm prosecutor's office")]], []),
    ("the same description settled on two bodies in other articles names nobody",
     ["[The Velm fire service|DESC], [Velm Rescue Corps|ORG], counted nine dead.",
      "[The Velm fire service|DESC], [Velm Civil Defence Service|ORG], counted ten.",
      "[The Velm fire service|DESC] said the toll rose to 11."],
     [], [[(2, "The Velm fire service"), (0, "Velm Rescue Corps")],
          [(2, "The Velm fire service"), (1, "Velm Civil Defence Service")]]),
    ("another place's words in the same description are another body",
     ["[The Velm fire service|DESC], [Velm Rescue Corps|ORG], counted nine dead.",
      "[The Orla fire service|DESC] said the toll rose to 11."],
     [], [[(1, "The Orla fire service"), (0, "Velm Rescue Corps")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), RESOLUTION,
                         ids=[c[0] for c in RESOLUTION])
def test_a_place_s_body_described_again_elsewhere(name: str, texts: list[str],
                                                  join: list[list[Ref]],
                                                  apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
