"""A name that ends with its number ("Terminal 5", "Combined Task Force 470", "Bid Window 9"):
the number is part of the name where the phrase ends after it, whether the tagger stopped
before it or took it in; never a count, an amount or a place's number
(``store.extract.mentions.numbered``)."""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.mention_checks import assert_surfaces


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


CASES = [
    # (text, names that must be mentions, surfaces that must not)
    ("Flights from Terminal 5 resumed on Monday, the airport operator said.",
     ["Terminal 5"], ["Terminal"]),
    ("The Combined Task Force 470 seized 2 tonnes of hashish, the navy said.",
     ["Combined Task Force 470"], []),
    ("The interview ran on BBC Radio 4, the broadcaster said.", ["BBC Radio 4"], []),
    ("Grid, not price, is Bid Window 9's risk, the operator said. Bid Window 8 was smaller.",
     ["Bid Window 9", "Bid Window 8"], ["Bid Window"]),
    ("Union members at Plant 4 walked out, while Plant 5 kept working.",
     ["Plant 4", "Plant 5"], []),
    # a count, an amount, a score or a place: no name's number
    ("It costs PHP 205 a day, and the plant uses MW 40 at night.", [], ["PHP 205", "MW 40"]),
    ("In Gaza 2 people died on Monday, officials said.", ["Gaza"], ["Gaza 2"]),
    ("Eskom said 40 workers left, and Smith 3 goals ahead scored again.", [], ["Smith 3"]),
    # a list of results: a party's or a team's count, with its change or beside another's
    ("Labour won the council. Final seats: Labour 41 (+6), Conservatives 12 (-5), Greens 4.\n",
     ["Labour"],
     ["Labour 41", "Conservatives 12", "Greens 4"]),
    ("Medals so far: Kenya 9, Ethiopia 7, Uganda 3.", [], ["Kenya 9", "Ethiopia 7", "Uganda 3"]),
    ("The council now has Reform 18 (+11) and Liberal Democrats 9 (-2).", [],
     ["Reform 18", "Liberal Democrats 9"]),
    ("Union members at Plant 4, Plant 5 and the depot walked out.", ["Plant 4"], []),
    ("Seats won\nConservatives 12\nGreen Party 6\nReform 3\n\nTurnout was low.", [],
     ["Conservatives 12", "Green Party 6", "Reform 3"]),
    # a name the article also writes bare: the number is a model's or a score's, not its own
    ("Airbus said on Monday it would check. An Airbus 320 landed safely in Orla.", [],
     ["Airbus 320"]),
    ("Shares of Nordel rose. The index closed at 4,000 on Friday, Nordel 21.", [],
     ["Nordel 21"]),
    # an address's last part, and a lone word the tagger took for a person: no numbered name
    ("Ministry of Health, Capital Hill, Lilongwe 3\n\nThe ministry said 40 died.", [],
     ["Lilongwe 3"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_names_own_number_is_part_of_it(nlp, text: str, present: list[str],
                                          absent: list[str]) -> None:
    assert_surfaces({m.text for m in extract_mentions(nlp(text))}, present, absent)
