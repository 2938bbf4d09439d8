"""A headline's figure is of the period its body gives the same figure (spaCy: slow). The
``extract`` fixture reads texts as of 2026-10-02."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, when, basis", [
    # the body's year, not the day the article was printed
    ("Bakery chain sells 9,400 wedding cakes\n\nThe Millbrook bakery chain sold 9,400 wedding "
     "cakes in 2025, its owner said. It expects to sell 10,000 in 2026.", "2025", "stated"),
    ("Ferry line carries 3.1 million riders\n\nThe Orrin ferry line carried 3.1 million riders "
     "in the third quarter, the operator said.", "2026-09", "stated"),
    # a body that gives the figure for two periods says nothing of the headline's
    ("Chess federation counts 4,200 members\n\nThe federation had 4,200 members in 2024. In "
     "June 2025 it again had 4,200 members.", "2026-10-02", "reported"),
    # nor does a figure of another noun
    ("Marathon draws 41,000\n\nSome 41,000 spectators lined the route in 2025; 38,000 runners "
     "started.", "2025", "stated"),
    ("Marathon draws 41,000 runners\n\nSome 41,000 spectators lined the route in 2025.",
     "2026-10-02", "reported"),
    # nor a day's reading or count
    ("Ferry carries 2,300 on reopening day\n\nThe ferry carried 2,300 passengers on "
     "Tuesday.", "2026-10-02", "reported"),
    # nor a revision's figure, dated by the one it replaces
    ("Bakery's oven cost rises to 4.1 million euros\n\nThe bakery raised its estimate of the "
     "new oven's cost from 3.2 million euros in March to 4.1 million euros.", "2026-10-02",
     "reported"),
])
def test_a_headline_figure_takes_the_period_its_body_gives(extract, text: str, when: str,
                                                            basis: str) -> None:
    head = [f for f in extract(text) if f.end <= text.index("\n")]
    assert [(f.period or f.reported, f.period_basis) for f in head] == [(when, basis)]
