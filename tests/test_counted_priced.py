"""A price of one thing counts that noun of price per the thing it prices, not the bare noun of
price (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PRICED = [
    ("The cost of shipping a 20-foot box from Busan to Durban has climbed to US$2,900.",
     "US$2,900", "cost per container"),  # a box is a container (curated synonym)
    ("The price of a one-way ticket from Lima to Cusco rose to $180.", "$180",
     "price per ticket"),
    ("Brokers put the cost of a berth at Kiel at €1,400, up from €950 in May.", "€950",
     "cost per berth"),
]

# sentence, figure, counted phrase: a price per measure or per period keeps its own noun
NOT_PRICED = [
    ("The price of petrol rose to 870 naira per litre.", "870 naira", "price"),
    ("The price of arabica rose to 342.5 cents per pound on Friday.", "342.5 cents", "price"),
    ("Rent is now $900 a month.", "$900", "Rent"),
    ("The cost of the repairs rose to $4 million.", "$4 million", "cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*PRICED, *NOT_PRICED])
def test_a_price_of_one_thing_counts_that_thing(extract, sentence: str, text: str,
                                                counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
