"""An amount that an average is "of" counts that average, not the noun its verb or subject would
lend one sum; an amount with a noun of its own, or an average set against another figure, keeps
the reading it has (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
AVERAGES = [
    ("A first-year teacher in the district earns an average of $48,200 a year.", "$48,200",
     "average"),
    ("Households in the valley pay an average of €96 a month for water.", "€96", "average"),
    ("The wholesale market cleared at a weighted average of $61/MWh on Tuesday.", "$61",
     "weighted average"),
    ("The club drew an average of more than 41,200 a game last season.", "41,200", "average"),
    ("Strikers at the depot earned a median of £31,500 last year, the union said.", "£31,500",
     "median"),
    # a figure of its sentence that borrowed the sum's old noun follows it
    ("A season pass costs an average of $540 this year, up from $495 last year.", "$495",
     "average"),
    ("A flat in the capital rents for an average of €1,450 a month, and €980 elsewhere.", "€980",
     "average"),
    # and so does its conversion, past the rate
    ("A nurse earns an average of R22,000 a month, about $1,200.", "$1,200", "average"),
    # a count keeps the noun of what it counts after the average
    ("The shelter took in 420 dogs in May, an average of 14 a day.", "14", "average dogs"),
]

# sentence, figure, counted phrase: a noun of its own, or an average set against another figure
NOT_AVERAGES = [
    # another sum of the sentence, neither set against the average nor converting it
    ("Patients pay an average of $40 a visit, while insurers pay $120.", "$120", "payments"),
    ("Patients waited an average of 14 hours in the emergency ward.", "14", "wait"),
    ("Farmers received an average of 7 litres of diesel per hectare.", "7 litres", "diesel"),
    ("Bookings rose to 2,300 on Friday from an average of 1,400 a day in May.", "1,400",
     "Bookings"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), AVERAGES)
def test_an_amount_an_average_is_of_counts_the_average(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_AVERAGES)
def test_an_own_noun_or_a_comparison_keeps_its_reading(extract, sentence: str, text: str,
                                                       counted: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}[text]
    assert found.counted_head != "average"
    if counted is not None:
        assert found.counted == counted
