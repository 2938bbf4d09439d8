"""A noun of a quantity of something else ("cost", "value", "share", "proportion", "level") keeps
the thing its "of" phrase names; and a share's subject that is another share's own sign names
nothing (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
OF_ITS_THING = [
    ("The cost of the new footbridge has risen to $31m.", "$31m", "cost of new footbridge"),
    ("The value of the guild's endowment fell to £4.2bn.", "£4.2bn", "value of endowment"),
    ("The share of households with solar panels rose to 23% in 2025.", "23%",
     "share of households"),
    ("The proportion of ferries leaving late fell from 17% to 11%.", "11%",
     "proportion of ferries"),
    ("The level of the upper lake stood at 38% on Tuesday.", "38%", "level of upper lake"),
    # a gerund gives its object, a measure word the noun of its own "of" phrase
    ("Brokers put the cost of trucking a crate from Porto to Lille at $2,300 last month.",
     "$2,300", "cost of crate"),
    ("The price of a kilo of lentils rose to 3.40 euros.", "3.40 euros", "price of lentils"),
    # a common word in brackets glosses the object; an abbreviation only restates it
    ("Importers said the price of heating oil (kerosene) rose to $1.10 a litre.", "$1.10",
     "price of heating oil (kerosene)"),
    ("The price of the index fund (CPX) rose to $14.", "$14", "price of index fund"),
]

# the figure is the noun's own value, or the "of" phrase names no thing: the noun alone
NOUN_ALONE = [
    ("The board approved a cost of $12m for the depot.", "$12m", "cost"),
    ("The share of the total fell to 14%.", "14%", "share"),
    # a bare "the" noun stands for a thing named before; an amount is another figure
    ("The cost of the festival rose to $3.4m.", "$3.4m", "cost"),
    ("The cost of the 95-km tramway has climbed to 4.1 billion euros.", "4.1 billion euros",
     "cost"),
    ("The ward budget of 2.6bn ringgit rose 9% this year.", "9%", "ward budget"),
    ("The ministry said the cost of that rebate reached 61.2bn pesos in the first half.",
     "61.2bn pesos", "cost"),
    ("The ministry said the cost of its rebate reached 61.2bn pesos in the first half.",
     "61.2bn pesos", "cost"),
    # an "of" away from the noun is another amount's
    ("The port authority's €1.4bn credit line and €530m of state aid were signed in May.",
     "€1.4bn", "credit line"),
]

# a currency that is a share's subject is what moved, never another share's sign
CURRENCY_SUBJECT = [
    ("Since March the Chilean peso depreciated 2.7% against the euro.", "2.7%", "Chilean peso"),
]

# a share compared with another share of the same verb counts its own "of" phrase
SHARES_SET_AGAINST = [
    ("By the end of term, 71.3% of cadets passed against 66.8% of trainees.", "66.8%",
     "trainees"),
    ("In the autumn round, 71.3% of cadets passed, against 66.8% of trainees.", "66.8%",
     "trainees"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"),
                         [*OF_ITS_THING, *NOUN_ALONE, *SHARES_SET_AGAINST, *CURRENCY_SUBJECT])
def test_a_quantity_noun_keeps_what_it_is_of(extract, sentence: str, text: str,
                                             counted: str) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OF_ITS_THING)
def test_the_head_stays_the_quantity_noun(extract, sentence: str, text: str,
                                          counted: str) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted_head == counted.split()[0]
