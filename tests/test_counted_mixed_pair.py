"""An adjective and a singular noun joined by "and"/"or" before a plural ("64 private and
government hospitals") both describe the plural, which is what the number counts and what its
phrase names (never one of the pair alone); a plural after the conjunction is two things
counted, read as before (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
MIXED = [
    ("The forum collects reports from 64 private and government hospitals.", "64", "hospitals"),
    ("The bank closed 35 rural and city branches last year.", "35", "branches"),
    ("The council inspected 210 council and private flats after the fire.", "210", "flats"),
    ("The league fined 18 amateur and club referees for missed matches.", "18", "referees"),
    ("The ministry funds 120 state and private schools in the region.", "120", "schools"),
    # a plural after the conjunction: the first plural, as before
    ("The company employs 300 doctors and senior nurses.", "300", "doctors"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), MIXED)
def test_an_adjective_and_a_noun_describe_the_plural(extract, sentence: str, text: str,
                                                     unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


# sentence, figure, counted phrase: the plural, never one of the pair alone
MIXED_PHRASE = [
    ("The network linked 22 rural and city clinics last year.", "22", "clinics"),
    ("The ministry funds 120 state and private schools in the region.", "120", "schools"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MIXED_PHRASE)
def test_the_pair_is_not_narrowed_to_one_kind(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f.counted for f in extract(sentence)}[text] == counted
