"""A sum an objectless verb of estimate puts a noun at counts that noun: the antecedent of a
relative clause, or a headline's subject (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PUT_AT = [
    ("Storm damage put at $2bn as insurers count cost", "$2bn", "Storm damage"),
    ("The union disputed the losses the ministry estimated at $12m last week.", "$12m",
     "losses"),
    ("The clinic filed 40 claims for repairs it valued at £380,000.", "£380,000", "repairs"),
    # the relative pronoun stands for the noun as the verb's object; a bare count counts it too
    ("The deficit, which the club puts at £4m, worries the fans.", "£4m", "deficit"),
    ("Burglaries, which the police put at 412 for 2030, have become part of the argument.",
     "412", "Burglaries"),
    # a number noun says nothing of what is counted
    ("The figure, which the police put at 300, is disputed.", "300", None),
    # the clause hangs on the "of" phrase of a noun of money: the sum is that noun's
    ("The mayor said the city would bear the full cost of the marathon, which he put at about "
     "£2.4 million.", "£2.4 million", "marathon cost"),
    ("The club disputed the budget of the new stand, which the council puts at $80,000.",
     "$80,000", "new stand budget"),
]

# sentence, figure, counted phrase: the subject of "valued at" is the thing valued, and the sum
# its value
VALUED = [
    ("Her farm was valued at 3.1 million rand last year.", "3.1 million rand", "farm value"),
    ("The stolen violin was valued at $2 million by insurers.", "$2 million",
     "stolen violin value"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), VALUED)
def test_a_thing_valued_at_a_sum(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PUT_AT)
def test_what_is_put_at_a_sum(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# sentence, figure: a verb with an object of its own is read by the clause rules
WITH_OBJECT = [
    ("Analysts put the strike's cost at $80m.", "$80m", "cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), WITH_OBJECT)
def test_an_object_is_read_by_its_clause(extract, sentence: str, text: str, head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head == head


@pytest.mark.slow
def test_a_participle_of_another_noun_names_no_sum(extract) -> None:
    """ "the rates set in its plan" is no "number set": the sum is the loss put at it."""
    text = ("The bakery, which checks its sales against the rates set in its plan, puts the "
            "loss higher, at £9,300.")
    assert {f.text: f for f in extract(text)}["£9,300"].counted_head == "loss"
