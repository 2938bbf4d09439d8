"""The gold-set score table that ends a full run: cells gathered from reports, one row a set."""

from __future__ import annotations

from types import SimpleNamespace

from tests.gold_table import KEY, cells_of, table


def test_cells_from_reports_make_one_row_per_set_in_column_order() -> None:
    reports = [
        SimpleNamespace(user_properties=[(KEY, ("samples", "groups found", "6/6"))]),
        SimpleNamespace(user_properties=[("other", 1), (KEY, ("samples", "figures P", "1.000"))]),
        SimpleNamespace(user_properties=[(KEY, ("extra", "figures P", "0.950"))]),
        SimpleNamespace(),  # a report without properties (a collect report)
    ]
    lines = table(cells_of(reports))
    assert lines == [
        "gold set  figures P  groups found",
        "samples       1.000           6/6",
        "extra         0.950             -",
    ]


def test_no_gold_tests_no_table() -> None:
    assert table(cells_of([SimpleNamespace(user_properties=[])])) == []
