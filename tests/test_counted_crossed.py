"""A sum with no noun of its own that a verb of reaching completes counts the verb's subject:
"cross" says it as "top" and "pass" do ("fines cross Rs 38 crore"), in headlines above all
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
CROSSED = [
    ("Fines under the new traffic code cross Rs 12 crore in a month", "Rs 12 crore", "fine"),
    ("Sales of the new model crossed $2 billion in March.", "$2 billion", "Sales"),
    ("Relief donations have crossed 40 million rand, the charity said.", "40 million rand",
     "Relief donations"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CROSSED)
def test_a_sum_crossed_counts_the_subject(extract, sentence: str, text: str,
                                         counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
