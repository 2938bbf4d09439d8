"""A figure followed by ", from N things" says where it came from, not that it counts those things
(spaCy: slow). Each row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase: what the figure's own clause names, or a count it restates
NOT_A_WHOLE = [
    ("The union said its count of members was 12,500, from 40 branches.", "12,500", "members"),
    ("The union said its count of members was 12,500, from 40 branches.", "40", "branches"),
    ("Output reached 5,000 barrels a day, up from 2,500.", "2,500", "Output"),
    ("Its count of migrants was 41,000, up from 35,000.", "35,000", "migrants"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), NOT_A_WHOLE)
def test_a_source_after_a_comma_is_no_list(extract, text: str, figure: str,
                                           counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
