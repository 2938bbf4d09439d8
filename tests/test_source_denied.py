"""A value the speaker sets aside (", not 60,000") is not the speaker's: quoted by nobody, it
is shown as no one's rather than as the rejecting speaker agreeing with it (spaCy: slow)."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting as one


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2025-03-12")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, source", [
    # the rejected value: nobody quoted gives it
    ("\"The regatta drew between 20,000 and 25,000 people, not 60,000,\" police spokesman Tom "
     "Hale said.", "60,000", "the article"),
    ("The bakery sold 1,200 loaves on Sunday, not 3,000, its owner Ada Lenz said.", "3,000",
     "the article"),
    # the value kept is still the speaker's
    ("\"The regatta drew between 20,000 and 25,000 people, not 60,000,\" police spokesman Tom "
     "Hale said.", "20,000", "Tom Hale"),
    # a rejected value whose own noun names who produced it keeps that body
    ("The drivers' union says 400 buses stayed in the depot, not the 150 reported by the bus "
     "company.", "150", "the bus company"),
])
def test_a_rejected_value_is_not_the_speakers(extract, text: str, figure: str,
                                              source: str) -> None:
    assert one(extract(text), figure).source == source
