"""Name folding: the plain-text shortcuts give what the full normalisation gives."""

from __future__ import annotations

import unicodedata

import pytest

from store.knowledge.folding import _SPECIAL, fold, plain_letters, without_accents


def _accents_off(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


CASES = [
    "Harbour Board of Kelmsford",
    "Amira Okafor-Lind",
    "the minister's `reform` plan",  # a backtick, the table's one plain-text key
    "Émile Durand-Lévêque",
    "Łukasz Wróbel",
    "Straße der Einheit",
    "Jean‐Luc’s office",  # a typographic hyphen and apostrophe
    "",
    "42 km",
]


@pytest.mark.parametrize("text", CASES)
def test_plain_letters_as_the_full_table(text: str) -> None:
    assert plain_letters(text) == _accents_off(text.translate(_SPECIAL))


@pytest.mark.parametrize("text", CASES)
def test_without_accents_as_the_full_normalisation(text: str) -> None:
    assert without_accents(text) == _accents_off(text)


@pytest.mark.parametrize(("text", "folded"), [
    ("Émile  Durand", "emile durand"),
    ("Port `Authority`", "port 'authority'"),
    ("KELMSFORD", "kelmsford"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
