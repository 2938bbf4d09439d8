"""A body's short form with a hyphen ("SES-MG", "CAO-Crim", "SNUipp-FSU") or a short word after
its capitals ("DEPDev") is a short form as a plain acronym is: defined in brackets after the
body's name (``store.knowledge.folding.is_short_form``), and one name where the tagger cut it at
its hyphen (``store.extract.mentions.hyphened``). Cases: surfaces and whether they are short
forms; texts and the mentions they must and must not yield.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from store.knowledge.folding import is_short_form

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
    # (text, must be an ORG mention, must not be a mention)
    ("The Kelby State Roads Department (DER-KS) shut two bridges on Monday.",
     ["DER-KS"], []),
    ("Teachers walked out, according to SNUipp-FSU, the primary teachers' union.",
     ["SNUipp-FSU"], ["SNUipp"]),
    ("Queues at Detran-RJ grew, and Detran-RJ cut its hours.",
     ["Detran-RJ"], ["Detran"]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "absent"), MENTIONS)
def test_a_hyphened_short_form_is_one_name(nlp, text: str, names: list[str],
                                           absent: list[str]) -> None:
    found = {m.text: m.label for m in extract_mentions(nlp(text))}
    for surface in names:
        assert found.get(surface) == "ORG", f"{surface!r} not a body's name in {found}"
    for surface in absent:
        assert surface not in found, f"{surface!r} is a part of a name: {found}"
