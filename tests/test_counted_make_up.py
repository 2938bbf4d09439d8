"""A share that completes "make up" with no "of" phrase is the share of the verb's subject, the
part; with an "of" phrase the whole keeps its reading (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted head: the part, the whole left unsaid
PART = [
    ("Women make up nearly 40 percent, the union said.", "40 percent", "woman"),
    ("Exports made up a third, officials said.", "a third", "export"),
    ("Contract staff now make up 18%, against 11% in 2019.", "18%", "staff"),
    ("Retired voters made up 35 per cent, the pollster found.", "35 per cent", "voter"),
]

# sentence, figure, counted head: an "of" phrase names the whole
WHOLE = [
    ("Nurses made up 22% of the workforce.", "22%", "workforce"),
    ("The new plant will make up 30% of that capacity.", "30%", "capacity"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), PART)
def test_a_share_made_up_is_the_parts(extract, sentence: str, text: str, head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), WHOLE)
def test_a_share_of_a_whole_keeps_the_whole(extract, sentence: str, text: str,
                                            head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head
