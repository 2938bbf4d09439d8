"""A figure stated of a subject that names the whole quantity ("the national count stood at N"),
and the same figure rounded after it, borrow no noun from another figure; a figure followed by
", from N things" says where it came from, not that it counts those things (spaCy: slow). Each
row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase: None, as a subject that names the whole gives no noun of its own
WHOLE_STATED = [
    ("Inspectors visited 240 villages. The final tally was 1,310, or roughly 1,300.", "1,310",
     None),
    ("Inspectors visited 240 villages. The final tally was 1,310, or roughly 1,300.", "1,300",
     None),
    ("Officials heard appeals from 14 of the 22 districts. The national count stood at 9,412,330 "
     "on the early returns, about 9.4 million.", "9,412,330", None),
    ("Officials heard appeals from 14 of the 22 districts. The national count stood at 9,412,330 "
     "on the early returns, about 9.4 million.", "9.4 million", None),
    ("The league said its count for the season was 61,000, from 18 stadiums.", "61,000", None),
]

# text, figure, counted phrase: what the figure's own clause names, or a count it restates
NOT_A_WHOLE = [
    ("The union said its count of members was 12,500, from 40 branches.", "12,500", "members"),
    ("The union said its count of members was 12,500, from 40 branches.", "40", "branches"),
    ("Output reached 5,000 barrels a day, up from 2,500.", "2,500", "Output"),
    ("Its count of migrants was 41,000, up from 35,000.", "35,000", "migrants"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), WHOLE_STATED + NOT_A_WHOLE)
def test_a_whole_borrows_no_noun(extract, text: str, figure: str, counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
