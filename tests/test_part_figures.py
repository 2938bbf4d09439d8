"""A part of a whole said before ("52 of them were placed in custody") whose own predicate the
grammar did not read is kept out of every group: it is not the whole, and which part it is,
nothing says. A part with its own counted noun is compared as any figure is."""

from __future__ import annotations

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.scope import alias_resolver


def _row(sentence: str, at: str, counted: str | None) -> dict:
    start = sentence.index(at)
    return {"id": f"a:{start}", "article": "a", "start": start, "end": start + len(at),
            "sentence": [0, len(sentence)], "low": 52, "high": 52, "approx": "exact",
            "unit": "people", "counted": counted, "counted_head": counted, "where": ["Paris"],
            "when": "2026-10", "source": "the ministry"}


@pytest.mark.parametrize("sentence, at, counted, compared", [
    ("Of 74 people arrested, 52 of them were placed in custody.", "52", None, False),
    ("Of 74 people arrested, 52 of whom were placed in custody.", "52", None, False),
    ("Police held 74 people in Paris, 52 of those in custody.", "52", None, False),
    # a part whose own noun the grammar read is compared as usual
    ("Of 74 people arrested, 52 of them were placed in custody.", "52", "detainees", True),
    # not a part
    ("In Paris, 52 people were held.", "52", None, True),
    ("In Paris, 52 officers of the police were hurt.", "52", None, True),
])
def test_a_part_without_its_own_noun_is_not_compared(sentence: str, at: str,
                                                     counted: str | None, compared: bool) -> None:
    claim = claim_of(_row(sentence, at, counted), sentence, 0, alias_resolver(), frozenset())
    assert (claim is not None) is compared
