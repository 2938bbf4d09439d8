"""A sum between a determiner and a noun phrase is that noun's price or size, however the parser
hangs it (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
BEFORE_ITS_NOUN = [
    ("The council's $40m Riverside Tram Project would reduce congestion in the old town.",
     "$40m", "Riverside Tram Project"),
    ("The bakery has suspended its £4.6m, two-year contract with a flour mill.", "£4.6m",
     "contract"),
    ("The ministry said the port's $2.7bn Harbour Link Project, a new terminal, would raise the "
     "port's capacity to 2 million TEU a year.", "$2.7bn", "Harbour Link Project"),
    # a noun the parser hangs the sum on is named as before
    ("The city's £12m Harbour Walk Scheme, a new promenade, would raise visitor numbers.",
     "£12m", "Harbour Walk Scheme"),
]


# sentence, figure, a head it must not have: a name after the sum that is the subject of a
# clause on it, a word of a date, or a noun that names an estimate is not what the sum counts
NOT_ITS_NOUN = [
    ("That is twice the £85m Harbourline spent on the pier in 2019.", "£85m",
     "harbourline"),
    ("Revenue per user was $25.40, four times the $6.20 Brightwave makes from each user in Peru.",
     "$6.20", "brightwave"),
    ("The bakers' guild will revise its €75m estimate next week.", "€75m", "week"),
    ("The bakers' guild will revise its €75m estimate next week.", "€75m", "estimate"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), NOT_ITS_NOUN)
def test_a_name_a_date_or_an_estimate_is_no_noun_of_the_sum(extract, sentence: str, text: str,
                                                            head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head != head


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), BEFORE_ITS_NOUN)
def test_a_sum_before_its_noun_is_that_noun_s(extract, sentence: str, text: str,
                                               counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
