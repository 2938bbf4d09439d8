"""Two quantities revised in one sentence ("its count of X from A to B and its count of Y from C
to D"): each figure counts the noun of its own object (spaCy: slow). Each row is a text of its
own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase: the second object's figures count the second object's noun
SECOND_OBJECT = [
    ("The union raised its tally of strikers from 400 to 650 and its tally of closed schools "
     "from 12 to 30.", "12", "closed schools"),
    ("The union raised its tally of strikers from 400 to 650 and its tally of closed schools "
     "from 12 to 30.", "650", "strikers"),
    ("The regulator cut its estimate of recalled cars from 9,000 to 7,500 and its estimate of "
     "affected buyers from 20,000 to 16,000.", "20,000", "affected buyers"),
    ("The regulator cut its estimate of recalled cars from 9,000 to 7,500 and its estimate of "
     "affected buyers from 20,000 to 16,000.", "7,500", "recalled cars"),
    ("The coroner revised her count of the drowned from 14 to 16 and her count of the injured "
     "from 80 to 95 on Friday.", "80", "injured"),
    ("The club cut its count of members to 400 from 650 and its count of coaches from 30 to 12.",
     "30", "coaches"),
]

# text, figure, counted phrase: one object with two nouns keeps the first ("raised prices and
# fees"), and "the displaced", "the missing" name the people they describe
ONE_OBJECT = [
    ("The board raised tuition and fees to 4,000 dollars.", "4,000 dollars", "tuition"),
    ("The ministry put the number of the displaced at 14,000.", "14,000", "displaced"),
    ("Police revised the number of the missing from 30 to 12.", "12", "missing"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), SECOND_OBJECT + ONE_OBJECT)
def test_each_revised_object_names_its_own_figures(extract, text: str, figure: str,
                                                   counted: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
