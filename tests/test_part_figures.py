"""A part of a whole said before ("37 of them were kept overnight") whose own predicate the
grammar did not read is kept out of every group: it is not the whole, and which part it is,
nothing says. A part with its own counted noun is compared as any figure is."""

from __future__ import annotations

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.scope import alias_resolver


def _row(sentence: str, at: str, counted: str | None) -> dict:
    start = sentence.index(at)
    return {"id": f"a:{start}", "article": "a", "start": start, "end": start + len(at),
            "sentence": [0, len(sentence)], "low": 37, "high": 37, "approx": "exact",
            "unit": "people", "counted": counted, "counted_head": counted, "where": ["Lyon"],
            "when": "2026-10", "source": "the ministry"}


@pytest.mark.parametrize("sentence, at, counted, compared", [
    ("Of 58 people detained, 37 of them were kept overnight.", "37", None, False),
    ("Of 58 people detained, 37 of whom were kept overnight.", "37", None, False),
    ("Police held 58 people in Lyon, 37 of those overnight.", "37", None, False),
    # a part whose own noun the grammar read is compared as usual
    ("Of 58 people detained, 37 of them were kept overnight.", "37", "detainees", True),
    # not a part
    ("In Lyon, 37 people were held.", "37", None, True),
    ("In Lyon, 37 officers of the police were hurt.", "37", None, True),
])
def test_a_part_without_its_own_noun_is_not_compared(sentence: str, at: str,
                                                     counted: str | None, compared: bool) -> None:
    claim = claim_of(_row(sentence, at, counted), sentence, 0, alias_resolver(), frozenset())
    assert (claim is not None) is compared
