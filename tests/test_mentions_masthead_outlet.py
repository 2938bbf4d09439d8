"""The masthead's outlet is the article's own where its metadata names none: "told the Courier"
under "THE HARLOW COURIER | Business" is the Harlow Courier, as it is for an outlet the manifest
names (``store.extract.mentions.outlets``); only a newspaper's title word, written capitalised
after "the", and never "the News" nor a word of a masthead that names no newspaper.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp

CASES = [
    # (text, the short form that must be the outlet's mention: None, no such mention)
    ("THE HARLOW COURIER | Business\n\nBank profits fall\n\nThe lender's chief told the Courier "
     "that profits fell 12% in the year.", "Courier"),
    ("KELBY TRIBUNE | Politics\n\nTurnout at 61%\n\nThe party's leader told the Tribune on "
     "Monday that turnout rose.", "Tribune"),
    ("Orla Valley Monitor | Health\n\nDrug recalled\n\nThe maker told the Monitor that 40,000 "
     "packs were recalled.", "Monitor"),
    # no newspaper's title word: no short form
    ("PRESS STATEMENT | Velm Teachers Union\n\nStrike to go ahead\n\nThe union told the press "
     "that 9,000 teachers would strike.", None),
    # "the courier" in lowercase is a messenger
    ("THE HARLOW COURIER | Business\n\nParcels lost\n\nA firm said the courier lost 300 "
     "parcels.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "short"), CASES)
def test_the_masthead_outlet_by_its_title_word(text: str, short: str | None) -> None:
    body = text.index("\n\n")
    found = [(m.text, m.label) for m in extract_mentions(load_nlp()(text)) if m.start > body]
    outlets = [surface for surface, label in found if surface in ("Courier", "Tribune",
                                                                   "Monitor", "courier")]
    assert outlets == ([short] if short else [])
