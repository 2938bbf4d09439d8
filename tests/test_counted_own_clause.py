"""A figure that completes the verb of a subject of its own ("the tally of notices stood at
1,870", "the number of strikers reached 4,300") counts what that subject names, never the noun of
a count in the next clause joined by "and" (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: the clause names no noun of its own for it)
OWN_CLAUSE = [
    ("The number of strikers reached 4,300 on Monday, and 120 schools were closed.", "4,300",
     "strikers"),
    ("The tally of recalled jars stood at 2,600, and 40 shops had been inspected.", "2,600",
     "recalled jars"),
    ("The count of ballots rose to 81,000 overnight, and 12 polling stations were shut.",
     "81,000", "ballots"),
    # the later count keeps its own noun
    ("The number of strikers reached 4,300 on Monday, and 120 schools were closed.", "120",
     "closed schools"),
    ("The tally of recalled jars stood at 2,600, and 40 shops had been inspected.", "40", "shops"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OWN_CLAUSE)
def test_a_completed_clause_keeps_its_own_noun(extract, sentence: str, text: str,
                                               counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
