"""A body's short form with a hyphen ("DER-VL", "CAO-Civ", "SNUvm-FSX") or a short word after
its capitals ("DEPVel") is a short form as a plain acronym is: defined in brackets after the
body's name (``store.knowledge.folding.is_short_form``), and one name where the tagger cut it at
its hyphen (``store.extract.mentions.hyphened``). Cases: surfaces and whether they are short
forms; texts and the mentions they must and must not yield.
"""

from __future__ import annotations

import pytest

from store.extract.mentions.hyphened import with_hyphened_forms
from store.extract.mentions.spans import Span
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
    # a part that names a body by itself: two bodies side by side, no short form
    ("The ECB-Fed rate gap widened to 1.5 points in May.", "ECB", "ECB-Fed"),  # a curated alias
]

CUT = [
    # (text, the part the tagger took, the span it must become)
    ("Queues at Detran-RJ grew by 30%.", "Detran", "Detran-RJ"),
    ("Staff of SNUvm-FSX struck for 2 days.", "SNUvm", "SNUvm-FSX"),
    # a part that names a body by itself: two bodies side by side, the part stays
    ("The ECB-Fed rate gap widened to 1.5 points.", "ECB", "ECB"),  # a curated alias
    ("The Orla Port Board (OPB) and the Velmora Transit Authority (VTA) met; OPB-VTA talks ran "
     "for 3 days.", "OPB", "OPB"),  # an acronym the article defines
    ("The Velmora Transit Authority (VTA) said Kelby-VTA fares rose 4%.", "Kelby", "Kelby"),
]


@pytest.mark.parametrize(("text", "tagged", "whole"), CUT)
def test_a_part_the_tagger_cut_joins_its_short_form(text: str, tagged: str, whole: str) -> None:
    start = text.rindex(tagged)
    [out] = with_hyphened_forms(text, [Span(start, start + len(tagged), "GPE")])
    assert text[out.start:out.end] == whole


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
