"""A table's source column says whose each row's figure is: the name under "Source" is the
figure's origin (annotation guide: whose estimate it is), never the owner of what it counts."""

from __future__ import annotations

import pytest

from store.extract.figures.table_sources import source_cell

SCHOOLS = """The auditors set out the figures.

| Item | Figure | Source |
|---|---|---|
| Pupils enrolled in 2027 | 14,200 | Education Department |
| Pupils enrolled in 2027 | 12,900 | **City Audit Office** |
| Teachers | 610 | |

The board met on Monday with 40 parents."""

BANK = """Results at a glance.

| Measure | 2025 | 2026 | According to |
|---|---|---|---|
| Net profit (EUR m) | 412 | 455 | Northgate Bank annual report |
| Staff on strike | 1,900 | 8,300 | Unite union. |
"""

WARDS = """| Hospital | Patients | Beds |
|---|---|---|
| St Mary's | 310 | 400 |
"""

TWO_SOURCES = """| Count | Police | Source | Organisers | Source |
|---|---|---|---|---|
| Marchers | 21,000 | Prefecture | 90,000 | CGT |
"""

FUNDING = """| Source | 2023 | 2024 |
|---|---|---|
| State grant | 4.1 | 4.6 |
| Parish levy | 1.2 | 1.3 |
"""

ESTIMATES = """| Source | Runners | Prize fund (EUR k) |
|---|---|---|
| Velm Athletics Federation | 9,400 | 80 |
| Association of Harbour Runners | 11,200 | 95 |
| Old Town Council | 10,100 | 90 |
| Race volunteers | 9,900 | 85 |
"""

IMPORTS = """| Good | Tonnes | Origin |
|---|---|---|
| Cocoa | 5,300 | Ghana |
"""


@pytest.mark.parametrize(("text", "number", "source"), [
    (SCHOOLS, "14,200", "Education Department"),
    (SCHOOLS, "12,900", "City Audit Office"),  # markup is no part of the name
    (SCHOOLS, "610", None),  # an empty source cell names nobody
    (SCHOOLS, "40", None),  # prose after the table
    (BANK, "412", "Northgate Bank annual report"),
    (BANK, "8,300", "Unite union"),  # a full stop after the name is not the name's
    (WARDS, "310", None),  # no source column
    (TWO_SOURCES, "21,000", None),  # two source columns: which is whose, the row does not say
    (FUNDING, "4.6", None),  # a first column "Source" labels rows: no author
    (FUNDING, "1.2", None),
    # ... unless the row label names a body: a table of estimates by source
    (ESTIMATES, "9,400", "Velm Athletics Federation"),
    (ESTIMATES, "95", "Association of Harbour Runners"),
    (ESTIMATES, "10,100", "Old Town Council"),
    (ESTIMATES, "9,900", None),  # people, no body named
    (IMPORTS, "5,300", None),  # an "Origin" column says where goods come from, not who counted
])
def test_the_source_column_names_a_rows_origin(text: str, number: str,
                                                source: str | None) -> None:
    assert source_cell(text, text.index(number)) == source


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "origin"), [
    (SCHOOLS, "12,900", "City Audit Office"),
    (BANK, "455", "Northgate Bank annual report"),
    (WARDS, "400", "the article"),
])
def test_a_table_figure_takes_its_source_cell_as_origin_not_owner(extract, text: str,
                                                                   number: str,
                                                                   origin: str) -> None:
    found = {f.text: f for f in extract(text)}
    fig = found[number]
    assert fig.origin == origin and fig.source == origin
    assert fig.group is None or fig.group not in origin
