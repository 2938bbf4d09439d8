"""What a headline's or a dateline's sentence counts: the subject nearest the verb of measure,
not a label before a colon; the noun past a wire dateline, not the place in capitals that opens
it; and the persons of a body named as one ("membership", "waiting list"), not memberships or
lists (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase, unit
ROWS = [
    ("Tennis boom: club membership passes 2,000", "2,000", "club membership", "members"),
    ("Bakery boom: loaf sales pass 12,000", "12,000", "loaf sales", "sales"),
    ("Ferry boom: passenger bookings pass 90,000", "90,000", "passenger bookings", "bookings"),
    ("Marathon waiting list tops 9,000", "9,000", "Marathon waiting list", "people"),
    ("Enrolment at the cookery school reached 1,200 this autumn.", "1,200", "Enrolment",
     "people"),
]

# text, figure, the noun the counted phrase ends in
DATELINES = [
    ("KESTERBY, 3 March - Single bus fares in Kesterby will rise from £2 to £2.50, a rise of 25 "
     "per cent.", "£2.50", "fare"),
    ("KESTERBY, 3 March - Single bus fares in Kesterby will rise from £2 to £2.50, a rise of 25 "
     "per cent.", "25 per cent", "fare"),
    ("MARLHOLT, 9 June - Day tickets at Marlholt Zoo will rise from £14 to £16.", "£16", "ticket"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), ROWS)
def test_headline_subjects(extract, text: str, figure: str, counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "noun"), DATELINES)
def test_a_dateline_place_is_no_subject(extract, text: str, figure: str, noun: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted is not None and fig.counted.split()[-1] == noun
