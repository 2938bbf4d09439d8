"""What an amount of money is: the noun its own clause gives it, never a noun another figure
counts, and nothing when its clause says nothing (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: its clause names nothing)
OWN_CLAUSE = [
    # an object a number of its own counts is that number's, not the later sum's
    ("Carmaker to cut 2,400 jobs as losses widen to $1.3 billion", "$1.3 billion", "losses"),
    ("Airline to close 12 routes, cut 900 jobs as debt rises to 4.1 billion rand",
     "4.1 billion rand", "debt"),
    ("The port cut 14 sailings a week as fuel costs rose to $3 million.", "$3 million",
     "fuel costs"),
    # a verb of revising past the sum's own clause is another clause's
    ("The mill cut 300 jobs as its losses swelled to 80 million euros.", "80 million euros",
     None),
    # the object of the verb of revising still names what the figures are
    ("Officials cut the estimate of losses from $4 billion to $3.2 billion after the audit.",
     "$3.2 billion", "losses"),
    ("The ministry raised the death toll from 412 to 1,046.", "1,046", "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OWN_CLAUSE)
def test_a_sum_takes_no_noun_another_figure_counts(extract, sentence: str, text: str,
                                                   counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
