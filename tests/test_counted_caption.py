"""A table's caption that names only which count it holds ("Provisional totals by region",
"Consolidated rates by state") gives its cells no counted noun; one that names a thing still
does (spaCy: slow). Each table is of its own invention."""

from __future__ import annotations

import pytest

TABLES = """The board published its figures on Monday.

## {caption}

| Region | 2024 | 2025 |
|---|---|---|
| North | 1,240 | 1,310 |
| South | 980 | 1,020 |
"""

# caption, cell, counted phrase
CAPTIONS = [
    ("Provisional totals by region", "1,310", None),
    ("Revised figures by region", "980", None),
    ("Consolidated rates by region", "1,020", None),
    ("Admissions by region", "1,240", "admissions"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("caption", "text", "counted"), CAPTIONS)
def test_a_caption_of_a_count_only_names_nothing(extract, caption: str, text: str,
                                                 counted: str | None) -> None:
    assert {f.text: f for f in extract(TABLES.format(caption=caption))}[text].counted == counted
