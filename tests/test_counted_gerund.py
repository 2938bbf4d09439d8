"""A noun phrase the tagger splits at a gerund ("the average asking rent"): the noun after the
gerund is what a sum or a share measures (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, the counted phrase's head word
PAST_THE_GERUND = [
    ("The average asking rent in Leeds rose to £1,415 in September.", "£1,415", "rent"),
    ("The property website HomeFind said the average asking rent in Leeds rose to £1,415 in "
     "September from £1,390 in August, and that 960 homes were listed.", "£1,390", "rent"),
    ("Median asking rents in York fell to £2,415.", "£2,415", "rent"),
    ("The average asking rent in Leeds rose 4% in September.", "4%", "rent"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), PAST_THE_GERUND)
def test_the_noun_after_a_gerund_is_what_is_measured(extract, sentence: str, text: str,
                                                     head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and fig.counted.split()[-1] == head, fig.counted
