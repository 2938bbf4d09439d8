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


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NO_USE)
def test_time_or_each_is_no_use(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert " for " not in (fig.counted or "")
