"""Letters outside ASCII that IGNORECASE takes for an ASCII one (a dotted capital I, a dotless
i, the Kelvin sign, a long s) may spell a unit's word: the scan reads it as the word and never
fails on a key its ``lower()`` would not find ("İnches".lower() is one character longer)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.numbers import scan
from store.knowledge.units import units

_VARIANTS = {"i": "iIİı", "k": "kKK", "s": "sSſ"}


@pytest.mark.parametrize(("text", "found", "unit"), [
    ("20 İnches of rain fell", "20 İnches", "inches"),
    ("a 5 ınch gap", "5 ınch", "inches"),
    ("snow 12 İNCHES deep", "12 İNCHES", "inches"),
    ("40 ſquare miles burned", "40 ſquare miles", "square miles"),
])
def test_a_folded_letter_reads_as_its_ascii_one(text: str, found: str, unit: str) -> None:
    exprs = {e.text: e for e in scan(text)}
    assert exprs[found].unit == unit


def _words() -> list[str]:
    lex = units()
    return sorted({*lex.measures, *lex.currency_words, *lex.scale_words, *lex.hundredths})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_scan_never_fails_on_a_folded_letter(data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(_words()))
    spelt = "".join(data.draw(st.sampled_from(_VARIANTS.get(c, c + c.upper()))) for c in word)
    scan(f"about 20 {spelt} and 3.5 {spelt} a day, or £4 {spelt}")
