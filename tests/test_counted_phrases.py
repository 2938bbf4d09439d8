"""How the counted phrase is written: a modifier a hyphen joins to another word keeps it; a sum a
noun is "of" is that noun, not what it is "for" (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# text, figure, counted
HYPHENATED = [
    ("Rescuers reached 40 flood-hit villages by nightfall.", "40", "flood-hit villages"),
    ("The ministry will sell 30 state-owned firms next year.", "30", "state-owned firms"),
    ("Teachers visited 85 storm-damaged schools.", "85", "storm-damaged schools"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), HYPHENATED)
def test_a_hyphenated_modifier_is_written_whole(extract, text: str, number: str,
                                                counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted


# text, figure, counted: a sum a noun is "of" is that noun, whatever it is "for"
SUM_OF_A_NOUN = [
    ("The council set up a relief fund of $200 million for flood-hit traders.", "$200 million",
     "relief fund"),
    ("The state approved a loan of €2bn for the ferry operator.", "€2bn", "loan"),
    ("Parliament passed an aid package of 3 billion rand for dairy farmers.",
     "3 billion rand", "aid package"),
    # a sum "for" something with no noun it is "of": the purpose; a number noun names nothing
    ("The council approved $40 million for new tram lines.", "$40 million", "new tram lines"),
    ("It gave a total of $30 million for orchard growers.", "$30 million", "orchard growers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), SUM_OF_A_NOUN)
def test_a_sum_a_noun_is_of_is_that_noun_not_what_it_is_for(extract, text: str, number: str,
                                                            counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted


# text, figure, counted: a sum is what its noun names; the verb that pays it is no fate of it,
# while a count of things paid keeps the class of what befell them
PAID = [
    ("The government paid a $2 billion aid package to the delta region.", "$2 billion",
     "aid package"),
    ("The cooperative paid a €900 bonus to each picker.", "€900", "bonus"),
    ("The treasury paid a rescue package of $4 billion to the steelworks.", "$4 billion",
     "rescue package"),
    ("The insurer has paid 1,200 storm claims so far.", "1,200", "paid storm claims"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), PAID)
def test_a_sum_paid_carries_no_fate_of_a_count(extract, text: str, number: str,
                                               counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted


# text, figure, counted: "N of them" are the ones the clause before names, not a sum said
# between, nor what "their" owns
OF_THEM = [
    ("The union says 800 drivers would lose their licences; about 120 of them protested on "
     "Monday.", "120", "drivers"),
    ("Creditors had agreed to defer 30 million euros of fees, but three of them have since gone "
     "to court.", "three", "Creditors"),
    ("The revised count covers deaths from the flood to the end of March, and about 190 of them "
     "were caused directly.", "190", "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), OF_THEM)
def test_them_are_the_ones_the_clause_before_names(extract, text: str, number: str,
                                                   counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted


# text, figure, counted: what a thing trades at is its price (the tonne is its unit's rate)
TRADED_AT = [
    ("Maize for March delivery traded at $190 per tonne in Durban on Monday.", "$190",
     "price"),
    ("Millers said sorghum was trading at about 4,100 rand a tonne.", "4,100 rand",
     "price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted"), TRADED_AT)
def test_what_a_thing_trades_at_is_its_price(extract, text: str, number: str,
                                             counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert fig.counted == counted


# text, figure, counted, unit: a sum per a unit of measure counts what it is (a price: paid a
# kilogram of a good, the good's price); the measure is its unit's rate, never the last word of
# what it counts, while a sum per one of something counted says so in both ("payment per child")
PER_MEASURE = [
    ("Kerosene sold for 610 shillings a litre in Mwanza on Friday.", "610 shillings", "price",
     "KES per litre"),
    ("Diesel in Tamale sold for 14 cedis a litre.", "14 cedis", "price", "GHS per litre"),
    ("Cocoa traded at $3,150 per tonne in Abidjan.", "$3,150", "price", "USD per tonne"),
    ("Growers were paid 95 rupees a kilogram for tea leaves.", "95 rupees", "price",
     "INR per kg"),
    ("Families get 300 pesos per child.", "300 pesos", "payment per child", "MXN per child"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted", "unit"), PER_MEASURE)
def test_a_sum_per_a_measure_leaves_the_measure_to_its_unit(extract, text: str, number: str,
                                                            counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)
