"""A headline's verb of people the tagger read as a noun: the number counts the verb's subject
(spaCy: slow). Each row is a headline and a body sentence of its own invention."""

from __future__ import annotations

import pytest

# headline, figure, unit, counted
CROWDS = [
    # a verb people do right after the number: people
    ("Record 6,500 finish Dunmore half-marathon\n\nThe race was held on Sunday.", "6,500",
     "people", "people"),
    ("Nearly 3,000 march through Tarvo over bus fares\n\nThe union led the march.", "3,000",
     "people", "people"),
    # ... also where the tagger made another word of the headline its verb
    ("Record 31,000 finish Dunholm marathon\n\nA record 31,206 runners finished the race.",
     "31,000", "people", "people"),
    # after "of NOUN": the noun is what is counted
    ("Thousands of cod escape from Brora fish pens\n\nThe company blamed the storm.",
     "Thousands", "cod", "cod"),
    ("Hundreds of sheep escape from hill farm\n\nThe farmer is still searching.", "Hundreds",
     "sheep", "sheep"),
    # a noun of things after the number stays what is counted
    ("Bakery sells 400 loaf tins\n\nThe bakery is closing.", "400", "tins", "loaf tins"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit", "counted"), CROWDS)
def test_a_headline_verb_of_people_is_no_counted_noun(extract, text: str, figure: str,
                                                      unit: str, counted: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.unit, fig.counted) == (unit, counted)
