"""Markdown emphasis is blanked before the parse, and nothing else moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.ingest.extraction import ArticleJob, extract_all
from store.ingest.markup import unmarked
from store.ingest.metadata import Metadata

BLANKED = [
    ("had **1,482,390** residents", "had   1,482,390   residents"),
    ("- **Provision:** Summitvale raised it", "-   Provision:   Summitvale raised it"),
    ("*Correction: it gave 48.*", " Correction: it gave 48. "),
    ("__bold__ and _it_ and ***both***", "  bold   and  it  and    both   "),
]
KEPT = [
    "snake_case_name and 5*3 = 15",
    "* a bullet, then *an unclosed star",
    "** spaced ** is not emphasis",
    "*across\nlines*",
]


@pytest.mark.parametrize(("text", "expected"), BLANKED)
def test_emphasis_markers_become_spaces(text: str, expected: str) -> None:
    assert unmarked(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_what_is_not_emphasis_stays(text: str) -> None:
    assert unmarked(text) == text


@given(st.text(alphabet="ab *_\n1,.", max_size=60))
def test_offsets_never_move(text: str) -> None:
    out = unmarked(text)
    assert len(out) == len(text)
    assert all(a == b or (a in "*_" and b == " ") for a, b in zip(text, out, strict=True))


@pytest.mark.slow
def test_a_bold_figure_counts_the_noun_after_it() -> None:
    from store.extract.nlp import load_nlp

    nlp = load_nlp()
    text = "The islands had **1,482,390** residents on 1 July 2025."
    job = ArticleJob(Path("a.md"), "/a.md", "a", text, "sha", None,
                     Metadata("t", None, None, False, None, None), replaces=False)
    [(_, result)] = list(extract_all([job], nlp, frozenset(), "2026-01-01T00:00:00"))
    [figure] = [f for f in result.figures if f["text"] == "1,482,390"]
    # the residents a place has are its population (store/extract/figures/counted_*.py)
    assert figure["unit"] == "people" and figure["counted"] == "population"
    assert text[figure["start"]:figure["end"]] == "1,482,390"
