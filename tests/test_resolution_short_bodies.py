"""Bodies named again without a word of their name: a party without its head word ("Labour"
for the "Labour Party", "the Greens" for the "Green Party"), a company without its legal form
("Nordlaks" for "Nordlaks AS"). The articles are marked as in ``tests/test_resolution.py``."""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["The [Cyclists Party|ORG] won two seats. ", "[Cyclists|ORG] said fares must fall. "],
     [(0, "Cyclists Party"), (1, "Cyclists")], []),
    # its members, in the plural
    (["The [Orchard Party|ORG] won a seat. ", "The [Orchards|NORP] said so. "],
     [(0, "Orchard Party"), (1, "Orchards")], []),
    # in the same article
    (["The [Tandem Party|ORG] won. [Tandem|ORG] said it would ban cars. "],
     [(0, "Tandem Party"), (0, "Tandem")], []),
    # a place is no party
    (["The [Orchard Party|ORG] won a seat. ", "Snow fell in [Orchard|GPE]. "],
     [], [(0, "Orchard Party"), (1, "Orchard")]),
    # a company's legal form, Norwegian or Danish
    (["[Kvernbakst AS|ORG] sold bread. ", "[Kvernbakst|ORG] raised prices. "],
     [(0, "Kvernbakst AS"), (1, "Kvernbakst")], []),
    (["[Rugbrød ApS|ORG] sold bread. ", "[Rugbrød|ORG] raised prices. "],
     [(0, "Rugbrød ApS"), (1, "Rugbrød")], []),
])
def test_a_body_named_without_a_word_of_its_name_is_that_body(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
