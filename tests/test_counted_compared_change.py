"""A level set against an earlier level across the change between them ("€10.2m, down 14% from
€11.9m") counts what the earlier level counts, not the change (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
ACROSS_THE_CHANGE = [
    ("The bakery sold bread worth €10.2m in March, the guild said on 6 April, down 14% from "
     "€11.9m in March last year.", "€11.9m", "bread"),
    ("The marathon's sponsorship income rose to £2.1m, up 12% from £1.9m a year earlier.",
     "£1.9m", "sponsorship income"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ACROSS_THE_CHANGE)
def test_a_level_across_its_change_counts_the_same(extract, sentence: str, text: str,
                                                  counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
