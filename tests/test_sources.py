"""Who states each figure when one sentence gives two sources' figures (spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract():
    from store.extract.figures import extract_figures
    from store.extract.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str):
        return extract_figures(nlp(text), article_date="2026-10-02")

    return run


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "sources"), [
    # an "according to" after another number speaks for that number only
    ("In Paris, police counted 87,000 marchers on the route, against 400,000 according to "
     "the CGT union.", {"87,000": "police", "400,000": "the CGT union"}),
    # and one before speaks for the numbers up to the next one with its own speaker
    ("According to the CGT, 400,000 people marched, while police counted 87,000.",
     {"400,000": "CGT", "87,000": "police"}),
    # two claims side by side: the first is not reported speech of the second's speaker
    ("The prefecture counted 87,000 marchers; the CGT claimed 400,000.",
     {"87,000": "The prefecture", "400,000": "CGT"}),
    # a figure with no speaker of its own keeps the sentence's "according to"
    ("About 120 people died, according to the ministry, and 3,400 were infected.",
     {"120": "the ministry", "3,400": "the ministry"}),
])
def test_each_figure_keeps_its_own_source(extract, sentence: str, sources: dict) -> None:
    found = {f.text: f.source for f in extract(sentence)}
    assert {text: found.get(text) for text in sources} == sources
