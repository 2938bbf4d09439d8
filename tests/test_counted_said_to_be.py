"""A bare count that "be" says is a plural noun counts that noun ("of the 265, 158 were
children"), not a noun beside it or an "of" phrase before it; a word that names no thing, or a
number after "be", keeps its own reading (spaCy: slow). Each row is invented."""

from __future__ import annotations

import pytest

ROWS = [
    ("Of the 265 runners who finished, 158 were children.", "158", "children"),
    ("The chess federation said nine of them were grandmasters.", "nine", "grandmasters"),
    ("Of the 12 bakeries, five were chains.", "five", "chains"),
    ("Of the 40 riders, 12 were women.", "12", "women"),
    # a word that names no thing; a number after "be"
    ("Some 300 were the majority of the staff.", "300", None),
    ("The finishers were 40 schoolchildren.", "40", "schoolchildren"),
]


@pytest.fixture(scope="module")
def extract():
    from store.extract.figures import extract_figures
    from store.extract.nlp import load_nlp

    nlp = load_nlp()
    return lambda text: extract_figures(nlp(text), article_date="2030-05-01")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ROWS)
def test_a_count_said_to_be_a_noun_counts_it(extract, sentence: str, text: str,
                                             counted: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted
