"""A bare count in the "of" phrase of a common noun measures that noun (spaCy: slow). Each row
is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
MEASURE_GENITIVE = [
    ("The promoter sold 30,500 seats, short of the permitted capacity of 32,000.", "32,000",
     "permitted capacity"),
    ("The clinic now has a waiting list of more than 4,100.", "4,100", "waiting list"),
    ("Inspectors found a backlog of about 2,700 at the port.", "2,700", "backlog"),
    ("The regulator set a national limit of 80 for the season.", "80", "national limit"),
    ("Readings at the port were more than 10 times Ruritania's legal threshold of 40.", "40",
     "legal threshold"),
]

# sentence, figure: a noun that names only that a figure is given, or a level, measures
# nothing of its own
NOT_A_MEASURE = [
    ("The ministry raised its figure to 210, up from a total of 180.", "180"),
    ("Arrivals at the camp reached a peak of 640 in the spring.", "640"),
    ("Sales of new homes ran at an annual pace of 9,400 in June.", "9,400"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MEASURE_GENITIVE)
def test_a_bare_count_measures_the_noun_it_is_of(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
    assert fig.unit == "count"  # the noun names the quantity, not a unit to count it in


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_A_MEASURE)
def test_a_noun_of_no_quantity_names_nothing(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head not in ("total", "peak", "pace")
