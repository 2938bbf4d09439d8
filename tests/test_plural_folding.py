"""A counted noun folded to its singular, so "3 buses" and "one bus" name one thing: a plural in
"-es" after a sibilant drops "es", and a plural in "-ses" does so only for a noun that ends in
"s" itself ("buses"), never for one in "-se" ("houses")."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import singular


@pytest.mark.parametrize("plural, one", [
    ("buses", "bus"),
    ("minibuses", "minibus"),
    ("gases", "gas"),
    ("bonuses", "bonus"),
    ("quizzes", "quiz"),
    ("boxes", "box"),
    ("churches", "church"),
    ("dishes", "dish"),
    ("glasses", "glass"),
    ("houses", "house"),
    ("nurses", "nurse"),
    ("cases", "case"),
    ("bakeries", "bakery"),
    ("runners", "runner"),
    ("bus", "bus"),
])
def test_a_plural_folds_to_its_singular(plural: str, one: str) -> None:
    assert singular(plural) == one
