"""A name tagged in one article is found again in another that writes it without its accents or
with a space for its hyphen, or that opens it with an accented capital
(``store.actors.refind.loose``). Cases: articles with their mentions marked, the names that
must be found again and those that must not (``(article index, surface)``).
"""

from __future__ import annotations

import pytest

from store.actors.refind import loose
from tests.test_resolution import Ref
from tests.test_resolution import test_a_name_tagged_elsewhere_is_found_again as found_again

CASES = [
    # a bank's results: accents dropped, a hyphen written as a space
    (["[Zoë Ångström-Fält|PERSON] chairs the bank.",
      "The chair, Zoe Angstrom Falt, said profits rose in [Ohio|GPE]."],
     [(1, "Zoe Angstrom Falt")], []),
    # a strike: the tagger took the first name alone; the whole name takes its place
    (["[Íñigo Saénz-Ortúzar|PERSON] led the strike.",
      "Union leader [Inigo|PERSON] Saenz-Ortuzar spoke in [Ohio|GPE]."],
     [(1, "Inigo Saenz-Ortuzar")], []),
    # a drug recall: a name that opens with an accented capital, written as tagged
    (["[Štěpán Dvořák|PERSON] ordered the recall.",
      "Štěpán Dvořák said the recall was over in [Ohio|GPE]."],
     [(1, "Štěpán Dvořák")], []),
    # a court case: case is kept, and a longer word is another name
    (["The [Grand Hôtel Orlà|ORG] was sued.",
      "The grand hotel orla lost in [Ohio|GPE]. Grand Hotel Orlando won."],
     [], [(1, "grand hotel orla"), (1, "Grand Hotel Orla")]),
]


@pytest.mark.parametrize(("texts", "found", "not_found"), CASES)
def test_a_name_written_loosely_is_found_again(texts: list[str], found: list[Ref],
                                              not_found: list[Ref]) -> None:
    found_again(texts, found, not_found)  # the refinding checks, on these cases


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Élodie Marchal-Roy", "Elodie Marchal Roy", True),
    ("Łukasz Wróbel", "Lukasz Wrobel", True),
    ("Ana Lúcia", "ana lucia", False),  # case kept
])
def test_loose_forms(one: str, other: str, same: bool) -> None:
    assert (loose(one) == loose(other)) is same
