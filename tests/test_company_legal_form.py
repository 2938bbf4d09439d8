"""A name written with a company's legal form is a company's whatever label the tagger gave it,
so the words before the form join it as the firm's short name (``store.actors.resolve``,
rule 6: ``store.actors.company_names``)."""

from __future__ import annotations

import pytest

from store.actors.resolve import _legal_form_written
from tests.test_resolution import check_joined_apart


@pytest.mark.parametrize(("surface", "company"), [
    ("Orsk Tunnelbau GmbH", True),
    ("Velm Freight Ltd.", True),
    ("Kessa Ropeways AG", True),
    ("Tarvos Minerais SA", True),
    ("Ana Velm Sá", False),      # a surname that folds to a form's letters
    ("Tunnelbau GmbH", False),   # one word before the form: often the name itself
    ("Orsk Tunnelbau", False),
])
def test_a_legal_form_written_after_the_name(surface: str, company: bool) -> None:
    assert _legal_form_written(surface) is company


CASES = [
    ("the firm with its form and without, both taken for a person's name",
     ["The lifts of [Kessa Ropeways AG|PERSON] stopped on Friday.",
      "[Kessa Ropeways|PERSON] said the lifts would reopen."],
     [(0, "Kessa Ropeways AG"), (1, "Kessa Ropeways")], []),
    ("not a person whose surname folds to a form's letters",
     ["[Ana Velm Sá|PERSON] spoke on Friday.", "[Ana Velm|PERSON] said the lifts would reopen."],
     [], [(0, "Ana Velm Sá"), (1, "Ana Velm")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_a_company_the_tagger_took_for_a_person(texts: list[str], joined: list,
                                                apart: list) -> None:
    check_joined_apart(texts, joined, apart)
