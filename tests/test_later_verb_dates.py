"""A date on another verb that a modal puts ahead of the figure's ("and said it would publish
a new estimate in June") dates what is still to happen, not the figure (annotation guide: the
period is the time the figure describes)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the date of what will or would happen on another verb: the figure keeps the article's
    ("The insurer put claims at about $48 million and said it would publish a final count "
     "after an audit in December.", "$48 million", "2026-10-02"),
    ("Officials said 300 people had been evacuated and would return home on 9 October.", "300",
     "2026-10-02"),
    ("The hospital treated 85 patients and will reopen its ward in November.", "85",
     "2026-10-02"),
    # the figure's own verb, or a verb that shares its time, keeps the date
    ("The firm cut 450 jobs in March and said it would close the plant in November.", "450",
     "2026-03"),
    ("The bank said it will hire 300 staff in 2027.", "300", "2027"),
    ("The union said 2,000 teachers would strike on 3 November.", "2,000", "2026-11-03"),
])
def test_a_date_of_what_will_happen_elsewhere_is_not_the_figures(extract, text: str,
                                                                   figure: str,
                                                                   period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period
