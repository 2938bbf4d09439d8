"""A bare number that is the subject of the verb a counted noun before it was the subject of
counts that noun, not the figure nearest before it (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
SAME_VERB = [
    ("The club said 1,200 members voted to merge with a rival from two of its five branches, "
     "while 800 voted to stay independent.", "800", "members"),
    ("The marathon said 9,000 runners finished in under four hours and two of its 12 pacers, "
     "while 3,000 finished later.", "3,000", "finished runners"),
    # another verb: the figure's own reading stands
    ("The club said 1,200 members voted to merge, while 800 of its 900 juniors abstained.",
     "800", "juniors"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SAME_VERB)
def test_a_subject_of_the_same_verb_counts_the_same_noun(extract, sentence: str, text: str,
                                                         counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
