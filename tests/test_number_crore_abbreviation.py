""""cr", the crore as the Indian business press abbreviates it after an amount ("Rs 760cr",
"Rs 900-1,100cr", "₹1,850 cr"), scales the number as the word does (``[scale]`` of
store/data/units.toml)."""

from __future__ import annotations

import pytest

from store.extract.numbers import scan
from tests.conftest import assert_scans_to


@pytest.mark.parametrize(("text", "found", "low", "high", "unit"), [
    ("a total of Rs 760cr. Builders said", "Rs 760cr", 7.6e9, 7.6e9, "INR"),
    ("or Rs 900-1,100cr, mostly in retail", "Rs 900-1,100cr", 9e9, 1.1e10, "INR"),
    ("the bill came to Rs 2.5cr last year", "Rs 2.5cr", 2.5e7, 2.5e7, "INR"),
    ("losses of ₹1,850 cr a week", "₹1,850 cr", 1.85e10, 1.85e10, "INR"),
    # the word itself, as before
    ("a fine of Rs 5 crore", "Rs 5 crore", 5e7, 5e7, "INR"),
])
def test_cr_scales_an_amount_by_a_crore(text, found, low, high, unit) -> None:
    assert_scans_to(text, found, low, high, unit)


@pytest.mark.parametrize(("text", "number"), [
    # in capitals "CR" is no crore (a complete response, a call rate)
    ("In the study, 12 CR and 30 PR were seen among the 90 patients.", "12"),
    ("a score of 7 CR on the index", "7"),
    # nor after a number that is no rupee amount: a course credit, not 30 million
    ("Students must finish 3 cr of calculus", None),
    ("He earned 40 cr toward the degree", None),
])
def test_cr_scales_only_a_rupee_amount(text: str, number: str | None) -> None:
    found = scan(text)
    assert all(e.high < 1e6 for e in found)
    if number is not None:
        assert number in [e.text for e in found]
