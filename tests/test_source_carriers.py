"""Nouns that pass their source on ("images analysed by X show", "an analysis of the trial by
X") and names whose last word is such a noun ("the Velm Geological Survey"), which pass nothing
on: the source is the body (spaCy: slow)."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting as one


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2025-03-12")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, source", [
    ("Satellite images analysed by the Velm Forest Watch Network show 8,300 hectares burned.",
     "8,300", "Velm Forest Watch Network"),
    ("Drone images processed by Harbour Mapping Ltd show 120 boats sank.", "120",
     "Harbour Mapping Ltd"),
    ("The Velm Geological Survey put the magnitude at 6.2.", "6.2", "The Velm Geological Survey"),
    ("An independent analysis of the ferry trial by the Harbour College of Nursing and Public "
     "Health put the drug's efficacy at 61 per cent.", "61",
     "Harbour College of Nursing and Public Health"),
])
def test_the_source_is_the_body_not_its_product(extract, text: str, figure: str,
                                                source: str) -> None:
    assert one(extract(text), figure).source == source
