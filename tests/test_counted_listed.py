"""A count in brackets after a name of a list counts the list's noun, not a figure of the
sentence before (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase, unit
LISTED = [
    ("At least 410 people died and 900 were hurt. Medics from Norway (40), the Netherlands (25) "
     "and Chile (12) flew in on Sunday.", "25", "Medics", "medics"),
    ("At least 410 people died and 900 were hurt. Medics from Norway (40), the Netherlands (25) "
     "and Chile (12) flew in on Sunday.", "12", "Medics", "medics"),
    ("About 1,200 homes were destroyed. Volunteers from Lyon (40), Nantes (25) and Lille arrived "
     "on Monday.", "40", "Volunteers", "volunteers"),
    ("The agency sent 230 engineers, with teams from Kenya (61) and Ghana (44).", "44", "teams",
     "teams"),
]

# text, figure: a noun that names the places themselves ("the cities of") is not what is counted
NOT_LISTED = [
    ("About 900 homes were destroyed. Visitors came from the cities of Lyon (40) and Nantes (25).",
     "40"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), LISTED)
def test_a_bracketed_count_after_a_name_counts_the_list_noun(extract, text: str, figure: str,
                                                            counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), NOT_LISTED)
def test_a_list_of_places_is_not_its_noun(extract, text: str, figure: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted != "cities"
