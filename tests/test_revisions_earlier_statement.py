"""A figure set against an earlier statement of the same count ("up from 1,630,000 announced on
23 March", "more than the 8,400 it reported on Monday"): the earlier one is replaced; but not
when the earlier one's stater is named after its verb ("the 46 given by the company": another
body's figure, a rival), and never by a figure that only says how far the two differ ("about
800 more than the 8,400 it reported") (``store.extract.figures.revisions``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    ("The carmaker sold 1,962,000 vehicles, up from 1,630,000 announced on 23 March.",
     "1,630,000", "1,962,000"),
    ("The union now says 9,200 workers joined the strike, more than the 8,400 it reported on "
     "Monday.", "8,400", "9,200"),
    # the gap said between the two is passed over: the new figure is the one before it
    ("The board now counts 5,310 pupils, about 310 more than the 5,000 it published in May.",
     "5,000", "5,310"),
    ("Turnout reached 7,400, some 1,700 higher than the 5,700 announced on election night.",
     "5,700", "7,400"),
    # a day's possessive is no other body: the union's own release of that day
    ("The union now says 9,200 workers joined the strike, more than the 8,400 reported in "
     "Monday's bulletin.", "8,400", "9,200"),
])
def test_an_earlier_statement_is_replaced(extract, text: str, old: str, new: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[new].revises == found[old].start
    assert found[old].revises is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the earlier figure's stater is named after its verb: a rival body
    "The miners' union says its count of those trapped, 52, is higher than the 46 given by "
    "the company.",
    "The institute stands by its reading of 6.9 for the quake, against the 6.6 given by the "
    "USGS.",
    "The bank's auditors found 1.2 billion euros of bad loans, up from the 900 million euros "
    "reported by the bank itself.",
    # the earlier figure's words put it in another body's own document: a rival body
    "A cyclists' group says 2,300 riders used the new bridge daily, far more than the 1,900 "
    "reported in the council's own survey last month.",
    "The bakers' guild now counts 410 shops, up from 380 given in the trade ministry's census "
    "in spring.",
    # the figure right before "more than the" is the difference, not a replacement
    "Excess deaths were 61% higher than the 1,460 estimated by the surveillance system.",
])
def test_a_rival_or_a_difference_revises_nothing(extract, text: str) -> None:
    found = extract(text)
    assert all(f.revises is None for f in found), [(f.text, f.revises) for f in found]
