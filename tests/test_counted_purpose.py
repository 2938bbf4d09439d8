"""Money a verb sets apart for a use counts "<the money> for <the use>"; its head stays the
verb's noun (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, head
PURPOSES = [
    ("The school board has set aside $8 million for roof repairs this year.", "$8 million",
     "provision for roof repairs", "provision"),
    ("The council allocated £4.5m for school meals in 2025.", "£4.5m",
     "allocation for school meals", "allocation"),
    ("The union must set aside at least R$11 million, about €1.8 million, for striking dockers.",
     "€1.8 million", "provision for striking dockers", "provision"),
    ("The drug maker has set aside ₹2 crore for a recall centre in Pune.", "₹2 crore",
     "provision for recall centre", "provision"),
    # money spent says its use with "on"; on each one, it is spent per one
    ("The bus company will spend £2m on school meals.", "£2m", "spending on school meals",
     "spending"),
    ("The bakery spends about €400,000 a year on flour.", "€400,000", "spending on flour",
     "spending"),
    ("The federation will spend €3m on the Junior Chess Programme.", "€3m",
     "spending on Junior Chess Programme", "spending"),
    ("The council spends £120 a day on each rough sleeper.", "£120",
     "spending per rough sleeper", "spending"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "head"), PURPOSES)
def test_money_set_apart_names_its_use(extract, sentence: str, text: str, counted: str,
                                       head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.counted_head) == (counted, head)


# sentence, figure: a "for" of time or of each one is no use
NO_USE = [
    ("The league set aside $2m for the year.", "$2m"),
    ("The court ordered the firm to set aside $900 for each family.", "$900"),
]

# sentence, figure: an "on" of time, or one that says how much more, is no use
NOT_SPENT_ON = [
    ("The club spent $4m on Monday.", "$4m"),
    ("The bakery spent €2m on top of its budget.", "€2m"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_SPENT_ON)
def test_a_day_or_an_excess_is_not_what_is_spent_on(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == "spending"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NO_USE)
def test_time_or_each_is_no_use(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert " for " not in (fig.counted or "")
