"""A body's short form with a hyphen ("DER-VL", "CAO-Civ", "SNUvm-FSX") or a short word after
its capitals ("DEPVel") is a short form as a plain acronym is: defined in brackets after the
body's name (``store.knowledge.folding.is_short_form``), and one name where the tagger cut it at
its hyphen (``store.extract.mentions.hyphened``). Cases: surfaces and whether they are short
forms; texts and the mentions they must and must not yield.
"""

from __future__ import annotations

import pytest

from store.extract.nlp import load_nlp
from store.knowledge.folding import is_short_form
from tests.test_descriptions_placed import check_labelled

FORMS = [
    ("DER-VL", True), ("CAO-Civ", True), ("Velmcon-OR", True), ("SNUvm-FSX", True),
    ("DEPVel", True), ("OVMA", True), ("FACh", True),
    ("Port-Orla", False),  # two words of a place's name, no acronym
    ("Velm-Orla", False), ("A-B", False), ("Reuters", False), ("Velmora-Kelbyshire-OR", False),
]


@pytest.mark.parametrize(("surface", "short"), FORMS)
def test_a_hyphened_or_mixed_short_form_is_one(surface: str, short: bool) -> None:
    assert is_short_form(surface) is short


MENTIONS = [
    # (text, the hyphened short form that must be one body's name, its first part no mention)
    ("The Kelby State Roads Department (DER-KS) shut two bridges on Monday.", "DER-KS"),
    ("Teachers walked out, according to SNPden-UNSA, the school heads' union.", "SNPden-UNSA"),
    ("Queues at Detran-RJ grew, and Detran-RJ cut its hours.", "Detran-RJ"),
]

APART = [
    # (text, the first part that stays its own mention, a hyphened whole that is none)
    ("The group has branches: ISIS-Sahel, ISIS-Libya and ISIS-West Africa.", "ISIS",
     "ISIS-West"),  # the hyphen joins a longer name
]

nlp = pytest.fixture(scope="module")(load_nlp)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), MENTIONS)
def test_a_hyphened_short_form_is_one_name(nlp, text: str, name: str) -> None:
    check_labelled(nlp, text, "ORG", [name], [name.split("-")[0]])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "part", "whole"), APART)
def test_a_hyphen_before_a_longer_name_joins_no_short_form(nlp, text: str, part: str,
                                                           whole: str) -> None:
    check_labelled(nlp, text, "ORG", [part], [whole])
