"""A sum given per one of something whose own noun says what is paid ("a bonus of €900 per
baker") counts that noun, short: the unit already says per whom ("EUR per baker"). A sum no noun
names keeps "payment per <one>" (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit, counted phrase
OWN_NOUN = [
    ("Each baker received a one-off bonus of €900 per baker.", "€900", "EUR per baker", "bonus"),
    ("The chess federation paid a prize of €500 per player.", "€500", "EUR per player",
     "prize"),
    ("The bus company pays its drivers a night allowance of £30 per shift.", "£30",
     "GBP per shift", "night allowance"),
    # no noun of its own: what is paid per whom
    ("The charity paid 800 rand per family in March.", "800 rand", "ZAR per family",
     "payments per family"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit", "counted"), OWN_NOUN)
def test_a_sum_with_a_noun_of_its_own_counts_it_without_its_per(
        extract, sentence: str, text: str, unit: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.unit, fig.counted) == (unit, counted)
