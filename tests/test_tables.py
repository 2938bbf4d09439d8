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
    assert found["21,500"].counted == "demonstrators"
    assert found["21,500"].where == ["Lyon"] and found["9,600"].where == ["Saint-Etienne"]
    assert all("|" not in (f.unit + (f.counted or "")) for f in found.values())


HEADED = """| Site | Demonstrators | Arrests | Trucks | Cost |
|---|---|---|---|---|
| Lyon | 21,500 | 12 | 40 | EUR 3m |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    ("21,500", "people"),  # a header that names a count class counts in its unit
    ("12", "people"),
    ("40", "trucks"),  # any other header counts in its own plural
    ("EUR 3m", "EUR"),  # a unit the number says stays
])
def test_a_cell_counts_in_its_header_s_unit(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(HEADED)}[number].unit == unit


SHARES = """| Region | Turnout (%) | Swing, percent | Voters |
|---|---|---|---|
| North | 61.5 | 2.4 | 80,200 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit", "counted"), [
    # a header that gives its unit as a percentage makes its cells percentages of what it names
    ("61.5", "percent", "turnout"),
    ("2.4", "percent", "swing"),
    ("80,200", "voters", "voters"),
])
def test_a_header_in_percent_makes_its_cells_shares(extract, number: str, unit: str,
                                                    counted: str) -> None:
    fig = {f.text: f for f in extract(SHARES)}[number]
    assert (fig.unit, fig.counted) == (unit, counted)


PARTICIPLES = """| Province | Homes destroyed | Killed | Boats seized |
|---|---|---|---|
| North | 1,240 | 31 | 18 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a participle after the header's noun says what befell it; the noun is what is counted
    ("1,240", "homes"),
    ("18", "boats"),
    ("31", "people"),  # a participle alone names who
])
def test_a_header_s_participle_does_not_replace_its_noun(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(PARTICIPLES)}[number].unit == unit
