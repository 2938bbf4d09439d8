"""A day's possessive says when a figure is, never whose: "Tuesday's cost" is nobody's cost."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, counted", [
    ("Brightwater put Tuesday's cost to the economy at 180 million euros.",
     "180 million euros", "cost"),
    ("Sunday's turnout reached 61 percent, the board said.", "61 percent", "turnout"),
])
def test_a_day_owns_no_figure(extract, text: str, figure: str, counted: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert found.group is None
    assert found.counted == counted
