"""An acronym in brackets after a long name the tagger cut short ("[Agencia Nacional de
Puertos] y Costas (ANPC)": the entity ends before "y Costas") is that name's
acronym when the name with the rest of its words before the bracket has its letters as
initials (``store.actors.acronyms._NAME_TAIL``). Cases: articles with their mentions marked,
the mentions that must be one actor and those that must stay apart."""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart

CASES = [
    # a ports agency in Spanish, cut before "y Costas"
    (["The [Agencia Nacional de Puertos|ORG] y Costas ([ANPC|ORG]) closed the bay. "
      "[ANPC|ORG] said the ban would last."],
     [(0, "Agencia Nacional de Puertos"), (0, "ANPC")], []),
    # a mountain rescue body, cut before "and Rescue"
    (["The [Alpine Search|ORG] and Rescue ([ASR|ORG]) team found them. [ASR|ORG] flew home."],
     [(0, "Alpine Search"), (0, "ASR")], []),
    # the words before the bracket do not make the acronym's letters: two bodies
    (["The [Harbour Board|ORG] and City Council ([HPA|ORG]) met. [HPA|ORG] left."],
     [], [(0, "Harbour Board"), (0, "HPA")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), CASES)
def test_an_acronym_after_a_name_cut_short_is_its_acronym(texts: list[str], joined: list[Ref],
                                                          apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
