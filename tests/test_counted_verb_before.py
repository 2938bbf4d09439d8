"""A bare number doing what a count of things was said to do earlier in its paragraph counts
those things, not people (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, unit (and the counted phrase, "the monkeys that escaped", where one is given)
VERB_BEFORE = [
    ("The hatchery first said that 3,800 trout had escaped; in May it raised that to 6,400. "
     "The state's tally went up with it, to 8,750. Anglers think at least 20,000 escaped that "
     "night.", "20,000", "trout"),
    ("The zoo said 38 monkeys had escaped. The keepers' union thinks at least 200 escaped.",
     "200", "monkeys"),
    # persons said to do it, or a new paragraph, or no count before: people
    ("Police said 40 prisoners had escaped. Guards think 50 escaped.", "50", "people"),
    ("The zoo said 38 monkeys had escaped.\n\nThe union thinks 200 escaped from the cages.",
     "200", "monkeys"),
    ("The zoo said 38 monkeys had escaped.\n\nA storm hit the town.\n\nThe union thinks 200 "
     "escaped from the camp.", "200", "people"),
    ("The storm hit the town late on Friday. About 300 fled before dawn.", "300", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), VERB_BEFORE)
def test_a_bare_number_doing_what_a_count_did_counts_it(extract, text: str, figure: str,
                                                        unit: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].unit == unit


@pytest.mark.slow
def test_the_phrase_names_the_things_and_what_they_did(extract) -> None:
    text = "The zoo said 38 monkeys had escaped. The keepers' union thinks at least 200 escaped."
    assert {f.text: f for f in extract(text)}["200"].counted == "monkeys that escaped"
