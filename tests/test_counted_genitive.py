"""A bare count in the "of" phrase of a common noun measures that noun (spaCy: slow). Each row
is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts, its unit (a count set against it keeps its unit)
MEASURE_GENITIVE = [
    ("The promoter sold 30,500 seats, short of the permitted capacity of 32,000.", "32,000",
     "permitted capacity", "seats"),
    ("The clinic now has a waiting list of more than 4,100.", "4,100", "waiting list", "count"),
    ("Inspectors found a backlog of about 2,700 at the port.", "2,700", "backlog", "count"),
    ("The regulator set a national limit of 80 for the season.", "80", "national limit", "count"),
    ("Readings at the port were more than 10 times Ruritania's legal threshold of 40.", "40",
     "legal threshold", "count"),
    ("The bus carried 95 pupils, 1.9 times its rated capacity of 50, police said.", "50",
     "rated capacity", "pupils"),
    ("The motion passed with a majority of 14 in the lower house.", "14", "majority", "count"),
]

# sentence, figure: a noun that names only that a figure is given, or a level, measures
# nothing of its own
NOT_A_MEASURE = [
    ("The ministry raised its figure to 210, up from a total of 180.", "180"),
    ("Arrivals at the camp reached a peak of 640 in the spring.", "640"),
    ("Sales of new homes ran at an annual pace of 9,400 in June.", "9,400"),
    # a group, a batch, a change or a body is made of what the number counts
    ("A squad of 25 flew out to the tournament on Sunday.", "25"),
    ("The bakery withdrew a batch of 3,000 after the complaint.", "3,000"),
    ("A jump of 30 in weekly arrests alarmed the council.", "30"),
    ("The dockers joined a federation of 60,000 last year.", "60,000"),
    ("The district lacks 80 nurses and faces a shortage of 25.", "25"),
]

# sentence, figure, what a count set against a reference figure counts
REFERENCE = [
    ("By June, 2 million farmers had received the grant, against a goal of 5 million.", "5 million",
     "farmers"),
    ("Some 4 million households were connected by May, against a target of 9 million.",
     "9 million", "households"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), MEASURE_GENITIVE)
def test_a_bare_count_measures_the_noun_it_is_of(extract, sentence: str, text: str,
                                                 counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_A_MEASURE)
def test_a_noun_of_no_quantity_names_nothing(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head not in ("total", "peak", "pace", "squad", "batch", "jump",
                                    "federation", "shortage")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), REFERENCE)
def test_a_reference_figure_keeps_what_its_pair_counts(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
