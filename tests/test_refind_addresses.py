"""A web or mail address that writes a name in lowercase ("press@orvik.example",
"www.orvik.example/budget") does not make it a common word that is never looked for again
(``store.actors.refind``). Cases: articles with their mentions marked, the names that must be
found again and those that must not (``(article index, surface)``, its first occurrence).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_a_name_tagged_elsewhere_is_found_again as found_again

CASES = [
    # a city's budget, in an article that also gives the city's addresses
    (["[Orvik|GPE] set its budget. Voters in [Orvik|GPE] approved it.",
      "The mayor of Orvik resigned on Monday. Write to press@orvik.example or visit "
      "www.orvik.example/budget for the figures in [Ohio|GPE]."],
     [(1, "Orvik")], []),
    # a word the corpus writes in lowercase in a sentence is still a common word
    (["[Harbour|GPE] and [Harbour|GPE] grew.",
      "The harbour was closed. Fees at Harbour rose in [Ohio|GPE]."],
     [], [(1, "Harbour")]),
]


@pytest.mark.parametrize(("texts", "found", "not_found"), CASES)
def test_an_address_does_not_make_a_name_a_common_word(texts: list[str], found: list[Ref],
                                                       not_found: list[Ref]) -> None:
    found_again(texts, found, not_found)
