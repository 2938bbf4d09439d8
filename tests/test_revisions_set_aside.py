"""A correction that sets a printed figure aside ("41,870, not 41,230 as first reported"): the
figure kept replaces the one set aside; without words saying it was reported (or with another
speaker named without a first-word: "not 25,000 as the police reported", or before a first-word
with no "as": "not the 52 the union first gave"), the two are rivals
(``store.extract.figures.revisions_set_aside``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    ("The final count of ballots is 41,870, not 41,230 as first reported.", "41,230", "41,870"),
    ("The bank's quarterly loss was 412 million euros, not 421 million euros as it reported on "
     "Monday.", "421 million euros", "412 million euros"),
    ("The recall covers 48,000 packs rather than 84,000 packs as originally stated.",
     "84,000", "48,000"),
    ("The court heard that 312 tenants, and not 213 as the council had first said, were "
     "evicted.", "213", "312"),
    ("The fund paid out 7,400 claims, not 4,700 as we reported on Tuesday.", "4,700", "7,400"),
    # the first-word right after the figure set aside, with no "as"
    ("Turnout rose by 6.4% on the last election, rather than the 4.6% first published.",
     "4.6%", "6.4%"),
    ("The refinery will shed 480 jobs instead of the 640 jobs originally announced.",
     "640", "480"),
    ("Profit fell to $83.1 million, not the $81.3 million it previously reported.",
     "$81.3 million", "$83.1 million"),
])
def test_the_figure_kept_revises_the_one_set_aside(extract, text: str, old: str,
                                                   new: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[new].revises == found[old].start
    assert found[old].revises is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The union says 1,500 jobs will go, not 1,100, and has called a strike.",
    "The school needs 40 teachers, not 30 as in 2020.",
    "Turnout was 61.5%, not the 65% the party hoped for.",
    "Marchers said 60,000 people joined the rally, not 25,000 as the police reported.",
    "The mill will cut 900 jobs, rather than 640 as the owners said on Friday.",
    "The court heard that 312 tenants, and not 213 as the council had said, were evicted.",
    # a forecast figure set aside is no earlier statement of the count
    "Consumer price inflation came in at 3.4% in April, not 3.1% as forecast by economists.",
    "Growth was 2.1%, not 1.8% as predicted.",
    "The harvest reached 9,200 tonnes, not 8,000 tonnes as the ministry had projected.",
    # a first-word with a verb of forecasting, or none of stating, sets aside no statement
    "Sales grew 5.2%, rather than the 4.8% first forecast by analysts.",
    "The union won a 7% rise instead of the 5% first offered.",
    # a first-word with no "as" whose stater is another body, named after "by": a rival
    "The airline will drop 260 flights, rather than the 410 initially reported by pilots.",
    "The county counted 1,150 voters instead of the 1,380 originally announced by observers.",
    # ... or named before its first-word
    "The chess federation said 214 players had entered, not the 180 the organisers first "
    "announced.",
    "Northway Buses said 38 routes would close, not the 52 the union originally reported.",
])
def test_a_figure_set_against_a_rival_revises_nothing(extract, text: str) -> None:
    assert all(f.revises is None for f in extract(text))
