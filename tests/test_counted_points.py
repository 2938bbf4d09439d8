"""A change in points counts the share it changes: "the figure" opening a paragraph carries on
the share the paragraph before gave, and the share a change in points is set against ("2.4
points above the 88.9%") counts the same noun (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
CARRIED_ON = [
    ("Turnout in the county was 61.2% in the first round, the electoral office said.\n\n"
     "The figure is 3.4 percentage points above the 57.8% recorded in 2019, an official said.",
     "3.4 percentage points", "Turnout"),
    ("Turnout in the county was 61.2% in the first round, the electoral office said.\n\n"
     "The figure is 3.4 percentage points above the 57.8% recorded in 2019, an official said.",
     "57.8%", "Turnout"),
    ("The bank's default rate reached 4.6% in the third quarter, its report showed. The figure "
     "is 1.1 points above the 3.5% of a year earlier.", "1.1 points", "default"),
    ("Vaccination coverage among infants stood at 93.1% in 2025.\n\nThat is 2.2 percentage "
     "points higher than the 90.9% reached in 2024.", "90.9%", "Vaccination coverage"),
]

# text, figure, counted phrase: a count in a new paragraph keeps its own noun
OWN_NOUN = [
    ("Unemployment among graduates fell to 7.2% in June, the ministry said.\n\nOfficials hired "
     "4,000 teachers. The figure is 1,200 above the 2,800 of last year.", "1,200", "teachers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), [*CARRIED_ON, *OWN_NOUN])
def test_a_change_in_points_counts_its_share(
        extract, text: str, figure: str, counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted == counted


# text, figure, unit: points among percentages are percentage points, unless they are of a
# scale named before them, or more than a share could move
POINTS_UNIT = [
    ("Club membership rose 6 per cent. \"She has gained more than 100 points in a year,\" the "
     "coach said.", "100 points", "points"),
    ("Bakery sales rose 4% in March. The baker's hygiene score rose 12 points after the "
     "inspection.", "12 points", "points"),
    ("Ticket sales were up 9%, and the marathon's rating on the review site fell 8 points.",
     "8 points", "points"),
    ("The ferry line's market share rose to 31%. Its lead over rivals widened by 3 points.",
     "3 points", "percentage points"),
    ("Turnout was 64%, and the mayor's approval rating fell 5 points.", "5 points",
     "percentage points"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), POINTS_UNIT)
def test_points_of_a_scale_stay_points(extract, text: str, figure: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.unit == unit
