"""A level set against an earlier level across the change between them ("€6.4m, down 9% from
€7.0m") counts what the earlier level counts, not the change (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
ACROSS_THE_CHANGE = [
    ("The bakery sold bread worth €6.4m in May, the guild said on 3 June, down 9% from "
     "€7.0m in May last year.", "€7.0m", "bread"),
    ("The marathon's sponsorship income rose to £2.1m, up 12% from £1.9m a year earlier.",
     "£1.9m", "sponsorship income"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ACROSS_THE_CHANGE)
def test_a_level_across_its_change_counts_the_same(extract, sentence: str, text: str,
                                                  counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
