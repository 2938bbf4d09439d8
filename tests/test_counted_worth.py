"""A sum "worth" another figure's things is their value, not more of them (spaCy: slow). Each
row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, its head (the things' own, so goods never merge)
WORTH = [
    ("The mine shipped 2.4 million tonnes of ore last year, worth about $310m, the company said.",
     "$310m", "ore value", "ore"),
    ("The port handled 41,000 containers in March, worth an estimated £2.1bn.", "£2.1bn",
     "containers' value", "container"),
    ("Farmers sold 96,000 tonnes of rice to the state, worth Rs 2,300 crore, in the season.",
     "Rs 2,300 crore", "rice value", "rice"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "head"), WORTH)
def test_a_sum_worth_other_things_is_their_value(
        extract, sentence: str, text: str, counted: str, head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.counted_head) == (counted, head)


# sentence, figure, counted: a thing "worth" a sum names it itself, read as before
OWN = [
    ("Trawlers landed hake worth $48.5 million last year.", "$48.5 million", "hake"),
    ("The city signed a contract worth €2bn with the builder.", "€2bn", "contract"),
]


# sentence, figure, counted: a sum worth other money only converts it
CONVERTED = [
    ("The hackers demanded 85 bitcoin, then worth about A$7.4 million, from the council.",
     "A$7.4 million", "demand"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*OWN, *CONVERTED])
def test_a_thing_or_money_worth_a_sum_keeps_its_noun(extract, sentence: str, text: str,
                                            counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
