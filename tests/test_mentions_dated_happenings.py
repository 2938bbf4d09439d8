"""A happening named by its noun and the date after it, "the explosion of 13 September", "a
train derailment on 4 March", "the floods of July 2021": the phrase from the noun to the date is
an event's name (``store.extract.mentions.dated_happenings``); not a day of the week ("the
crash on Sunday"), not a noun that is no happening's ("the budget of 4 March"), and not a noun
a description stands for ("the earthquake of 8 October" stays the description "the earthquake",
which stands for the happening the article or the corpus names).
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp

CASES = [
    # (text, events that must be found, surfaces that must not be an event)
    ("Output at the refinery fell after the explosion of 13 September, the company said.",
     ["explosion of 13 September"], []),
    ("Commuters were stranded by a train derailment on 4 March near the port.",
     ["train derailment on 4 March"], []),
    ("Insurers paid out 2bn after the floods of July 2021 swept the valley.",
     ["floods of July 2021"], []),
    ("Hospitals ran on generators during the citywide blackout of 20 April, the mayor said.",
     ["citywide blackout of 20 April"], []),
    ("Families of the victims of the bus crash of 12 and 13 May sued the operator.",
     ["bus crash of 12 and 13 May"], []),
    ("Schools reopened a year after the earthquake of 8 October killed 30.",
     [], ["earthquake of 8 October"]),
    ("Police blamed the driver for the crash on Sunday, officials said.",
     [], ["crash on Sunday"]),
    ("The budget of 4 March cut school funding by 3%.",
     [], ["budget of 4 March"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "events", "not_events"), CASES)
def test_a_happening_named_by_its_date(text: str, events: list[str],
                                       not_events: list[str]) -> None:
    found = {m.text for m in extract_mentions(load_nlp()(text)) if m.label == "EVENT"}
    for event in events:
        assert event in found
    for surface in not_events:
        assert surface not in found
