"""A place's one word written as two capitalised words ("Orla Vento" beside "Orlavento") is
that place whatever label the tagger gave the two (``store.actors.resolve``, rule 8)."""

from __future__ import annotations

import pytest

from tests.test_resolution import check_joined_apart

CASES = [
    ("two words the tagger took for a body's name, written together the place's word",
     ["Ferries left [Orla Vento|ORG] at dawn.", "The port of [Orlavento|GPE] reopened."],
     [(0, "Orla Vento"), (1, "Orlavento")], []),
    ("also where the place's word is a facility's",
     ["Trucks queued at [Kessa Rin|ORG] on Monday.", "The ferry pier at [Kessarin|FAC] shut."],
     [(0, "Kessa Rin"), (1, "Kessarin")], []),
    ("not two words that written together are another word",
     ["Ferries left [Orla Ventos|ORG] at dawn.", "The port of [Orlavento|GPE] reopened."],
     [], [(0, "Orla Ventos"), (1, "Orlavento")]),
    ("not a person's name, nor an acronym's letters",
     ["[Dara Velm|PERSON] spoke. [ORLA VENTO|ORG] replied.",
      "Floods hit [Daravelm|GPE] and [Orlavento|GPE]."],
     [], [(0, "Dara Velm"), (1, "Daravelm"), (0, "ORLA VENTO"), (1, "Orlavento")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_a_place_written_in_two_words(texts: list[str], joined: list, apart: list) -> None:
    check_joined_apart(texts, joined, apart)
