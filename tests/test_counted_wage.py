"""A sum a person earns per a span of time is a wage (per an hour, a day or a week) or a salary
(per a month or a year), not "earnings"; a body's sum earned stays its earnings (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
CASES = [
    # a person's name, a pronoun, a noun for people: their pay, named by its period
    ("Ruth Okafor will earn £95,000 a week at her new club.", "£95,000", "wage"),
    ("He said he earns about £900 a week driving a taxi.", "£900", "wage"),
    ("Dock workers earn £640 a week, the union said.", "£640", "wage"),
    ("She earned 1,200 rand a month as a cleaner.", "1,200 rand", "salary"),
    ("Nurses, who earn about €41,000 a year, voted to strike.", "€41,000", "salary"),
    # "who" says a person, whatever noun it hangs on
    ("Ferry captains, who earn about €52,000 a year, will strike on Friday.", "€52,000",
     "salary"),
    # a body earns revenue: its earnings, whatever the period
    ("The retailer earns about £2m a week from online sales.", "£2m", "earnings"),
    ("The bakery chain earned £12m a year from its cafes.", "£12m", "earnings"),
    # those who earn for themselves: their earnings, no pay from an employer
    ("Landlords earn about £900 a month from each flat.", "£900", "earnings"),
    # no period: no pay of a period, whoever earns it
    ("The farm earned £40,000 from the sale of its lambs.", "£40,000", "earnings"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CASES)
def test_a_sum_a_person_earns_per_a_period_is_their_pay(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
