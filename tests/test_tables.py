"""Figures in a Markdown table (or a web page's table kept as one): the column's header says
what a cell counts and the row's first cell where."""

from __future__ import annotations

import pytest

from store.extract.figures.tables import _cell_of

TABLE = """The ministry gave the police counts.

| City | Demonstrators | Arrests |
|---|---|---|
| Lyon | 21,500 | 12 |
| Saint-Etienne | 9,600 | 3 |

A closing line with 40 people in it."""


@pytest.mark.parametrize("number, header, label", [
    ("21,500", "Demonstrators", "Lyon"),
    ("12", "Arrests", "Lyon"),
    ("9,600", "Demonstrators", "Saint-Etienne"),
    ("40", None, None),  # prose after the table
])
def test_a_cell_reads_its_column_header_and_row_label(number, header, label) -> None:
    cell = _cell_of(TABLE, TABLE.index(number))
    if header is None:
        assert cell is None
        return
    assert cell is not None and cell.header == header and cell.places
    assert TABLE[cell.label[0]:cell.label[1]].strip() == label


@pytest.mark.parametrize("text", [
    "| not | a table without a rule | 21,500 |",  # no header rule under a first row
    "Votes | 21,500 | were cast",  # bars inside prose
])
def test_bars_outside_a_table_are_not_cells(text) -> None:
    assert _cell_of(text, text.index("21,500")) is None


@pytest.mark.slow
def test_table_figures_count_what_their_column_says(extract) -> None:
    found = {f.text: f for f in extract(TABLE)}
    assert (found["21,500"].unit, found["21,500"].counted) == ("demonstrators", "demonstrators")
    assert found["21,500"].where == ["Lyon"] and found["9,600"].where == ["Saint-Etienne"]
    assert found["12"].unit == "arrests"
    assert all("|" not in (f.unit + (f.counted or "")) for f in found.values())
