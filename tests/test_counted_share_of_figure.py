"""A share taken "of" a number ("15 percent of 80 million") is a share of the quantity that
number is: it counts the share, never nothing (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
OF_A_NUMBER = [
    ("\"Fifteen percent of 80 million was 12 million,\" the president said.", "Fifteen percent",
     "share"),
    ("Ten percent of $2 billion is $200 million, the treasurer said.", "Ten percent", "share"),
    ("The agency said 4% of 9,000 was not enough to close the gap.", "4%", "share"),
]

# sentence, figure, what it counts: a noun after the number is the whole's own
OF_A_NAMED_WHOLE = [
    ("Turnout was 40 percent of 2,000 households.", "40 percent", "Turnout"),
    ("About 40 percent of the households had no power.", "40 percent", "households"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*OF_A_NUMBER, *OF_A_NAMED_WHOLE])
def test_a_share_of_a_number_counts_the_share(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
