"""A body's English name, then its name in its own language in brackets, is one body
(``store.actors.acronyms._in_own_language``): the bracketed name reads as another language (a
foreign head word, a letter English does not write, a lower-case word in sentence case) and the
English one does not. Cases: articles with their mentions marked, the mentions that must be one
actor and those that must stay apart (``(article index, surface)``).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart

CASES = [
    # a drug recall: the regulator's name in Czech, sentence case and accents
    (["The [State Institute for Drug Control|ORG] ([Státní ústav pro kontrolu léčiv|ORG]) "
      "recalled the syrup. [Ohio|GPE] waits."],
     [(0, "State Institute for Drug Control"), (0, "Státní ústav pro kontrolu léčiv")], []),
    # an election: the count's board in Spanish, a foreign head word
    (["The [Electoral Council|ORG] ([Consejo Electoral Provincial|ORG]) certified the vote."],
     [(0, "Electoral Council"), (0, "Consejo Electoral Provincial")], []),
    # a bank's results: a name in brackets that reads as English is another body
    (["The [Harbour Savings Bank|ORG] ([Harbour Holdings Group|ORG]) posted a loss."],
     [], [(0, "Harbour Savings Bank"), (0, "Harbour Holdings Group")]),
    # a strike: a place in brackets is where the body is, not its name
    (["The [Dockers Union|ORG] ([Gdańsk|GPE]) walked out."],
     [], [(0, "Dockers Union"), (0, "Gdańsk")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), CASES)
def test_a_name_in_its_own_language_in_brackets_is_one_body(texts: list[str], joined: list[Ref],
                                                           apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
