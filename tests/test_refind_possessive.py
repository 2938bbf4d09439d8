"""A name tagged elsewhere is found again before a possessive's mark ("Orvik's mayor"), and a
web or mail address that writes it in lowercase ("press@orvik.example") does not make it a
common word that is never looked for (``store.actors.refind``). Cases: articles with their
mentions marked, the names that must be found again and those that must not
(``(article index, surface)``, its first occurrence).
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_a_name_tagged_elsewhere_is_found_again as found_again

CASES = [
    # a city's budget: the city's possessive, in an article that also gives its address
    (["[Orvik|GPE] set its budget. Voters in [Orvik|GPE] approved it.",
      "Orvik's mayor resigned on Monday. Write to press@orvik.example or visit "
      "www.orvik.example/budget for the figures in [Ohio|GPE]."],
     [(1, "Orvik")], []),
    # a curly possessive's mark, and a plural's bare mark
    (["[Karsby|GPE] and [Karsby|GPE] flooded. The [Tarn Islands|LOC] stayed dry.",
      "Karsby’s port reopened. The Tarn Islands' ferries sailed from [Ohio|GPE]."],
     [(1, "Karsby"), (1, "Tarn Islands")], []),
    # a longer word is another name, possessive or not
    (["[Velm|GPE] and [Velm|GPE] voted.",
      "Velmora's council met in [Ohio|GPE]."],
     [], [(1, "Velm")]),
    # a word the corpus writes in lowercase in a sentence is still a common word
    (["[Harbour|GPE] and [Harbour|GPE] grew.",
      "The harbour was closed. Harbour's fees rose in [Ohio|GPE]."],
     [], [(1, "Harbour")]),
]


@pytest.mark.parametrize(("texts", "found", "not_found"), CASES)
def test_a_possessive_name_is_found_again(texts: list[str], found: list[Ref],
                                          not_found: list[Ref]) -> None:
    found_again(texts, found, not_found)
