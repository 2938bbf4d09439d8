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


UNIT_TABLES = """The agency published its figures on Monday.

## {caption}

| District | 2024 ({unit}) | Change (%) |
|---|---|---|
| Upland | 1,240 | +4.2 |
| Coast | 980 | -1.5 |
"""

# caption, unit written in the header, cell, the cell's unit
CAPTION_UNITS = [
    ("Revised totals by district", "km²", "1,240", "km2"),
    ("Provisional figures by district", "tonnes", "980", "tonnes"),
    ("Consolidated rates by district", "hectares", "1,240", "hectares"),
    ("Consolidated rates by district", "hectares", "4.2", "percent"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("caption", "unit", "text", "expected"), CAPTION_UNITS)
def test_a_caption_that_names_nothing_leaves_the_column_unit(extract, caption: str, unit: str,
                                                             text: str, expected: str) -> None:
    """The title-only caption takes no noun from the cells, but a year column's bracketed unit
    ("| 2024 (km²) |") is still the cells' unit."""
    table = UNIT_TABLES.format(caption=caption, unit=unit)
    assert {f.text: f for f in extract(table)}[text].unit == expected
