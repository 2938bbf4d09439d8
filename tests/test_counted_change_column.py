"""A share in a table column headed only by a change ("| Change (%) |", "| Rise |") counts that
change when the caption names only the table, and a bare number there counts it whatever the
caption, its row or the prose above name; a column headed by a quantity is read as before
(spaCy: slow). Each row is a table of its own invention."""

from __future__ import annotations

import pytest

# table, cell, expected counted phrase
COLUMNS = [
    ("## Consolidated rates by county, 2023 and 2024\n\n"
     "| County | 2023 | 2024 | Change (%) |\n|---|---|---|---|\n"
     "| Kerry | 3,650 | 4,480 | +22.7 |\n| Mayo | 2,180 | 2,310 | +6.0 |\n", "22.7", "change"),
    ("## Final results by ward\n\n"
     "| Ward | 2019 | 2023 | Rise (%) |\n|---|---|---|---|\n"
     "| Harbour | 14,900 | 16,310 | 9.5 |\n| Hillside | 9,870 | 10,340 | 4.8 |\n", "4.8", "rise"),
    # a bare number under a change header takes no noun from the caption, its row or the prose
    ("Clinics by province, 2031\n\n| Province | Clinics | Change |\n| --- | --- | --- |\n"
     "| Upland | 1,240 | +8.3 |\n| Coast | 2,075 | -2.6 |\n", "8.3", "change"),
    ("The health board released the figures on Friday.\n\n"
     "| Province | Clinics | Change |\n| --- | --- | --- |\n"
     "| Upland | 1,240 | +8.3 |\n| Coast | 2,075 | -2.6 |\n", "-2.6", "change"),
    # the level beside it keeps its own noun
    ("Clinics by province, 2031\n\n| Province | Clinics | Change |\n| --- | --- | --- |\n"
     "| Upland | 1,240 | +8.3 |\n| Coast | 2,075 | -2.6 |\n", "1,240", "clinics"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("table", "text", "counted"), COLUMNS)
def test_a_change_column_names_its_cells(extract, table: str, text: str, counted: str) -> None:
    assert {f.text: f.counted for f in extract(table)}[text] == counted
