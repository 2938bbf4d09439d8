"""A word inside another figure ("6bn", which the parser may read as a noun) is never what a
figure counts (spaCy: slow)."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting as one


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2031-05-02")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure", [
    ("The Ostrian florin (OSF) fell. The museum has raised about OSF 2bn (roughly €230m at "
     "today's OSF 8.80 to the euro). Its trustees think the total could reach OSF 3bn.",
     "OSF 3bn"),
    ("The Tarrish mark (TRM) weakened. The port authority spent some TRM 6bn (about €700m at "
     "TRM 8.6 to the euro). Engineers think the total will reach TRM 9bn.", "TRM 9bn"),
])
def test_another_figure_is_not_counted(extract, text: str, figure: str) -> None:
    counted = one(extract(text), figure).counted
    assert counted is None or not any(ch.isdigit() for ch in counted), counted
