"""Who states each figure when one sentence gives two sources' figures (spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "sources"), [
    # an "according to" after another number speaks for that number only
    ("In Paris, police counted 87,000 marchers on the route, against 400,000 according to "
     "the CGT union.", {"87,000": "police", "400,000": "the CGT union"}),
    # and one before speaks for the numbers up to the next one with its own speaker
    ("According to the CGT, 400,000 people marched, while police counted 87,000.",
     {"400,000": "CGT", "87,000": "police"}),
    # two claims side by side: the first is not reported speech of the second's speaker
    ("The prefecture counted 87,000 marchers; the CGT claimed 400,000.",
     {"87,000": "The prefecture", "400,000": "CGT"}),
    # two clauses, two speakers: the second clause's figure is not the first speaker's
    ("SNCF said 19.8% of its staff were on strike, and the education ministry reported 21.7% "
     "of teachers on strike.", {"19.8%": "SNCF", "21.7%": "the education ministry"}),
    # a shared subject still speaks for both clauses
    ("The ministry said it had counted 300 deaths and had recorded 500 injuries.",
     {"300": "The ministry", "500": "The ministry"}),
    # a figure with no speaker of its own keeps the sentence's "according to"
    ("About 120 people died, according to the ministry, and 3,400 were infected.",
     {"120": "the ministry", "3,400": "the ministry"}),
    # a name in a clause on the speaker is not the speaker
    ("Police in Guiuan, where Hinano came ashore on Saturday, said they had recovered 52 "
     "bodies.", {"52": "Police in Guiuan"}),
    ("The minister, John Smith, said 40 people died.", {"40": "John Smith"}),
])
def test_each_figure_keeps_its_own_source(extract, sentence: str, sources: dict) -> None:
    found = {f.text: f.source for f in extract(sentence)}
    assert {text: found.get(text) for text in sources} == sources


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "whens"), [
    # a date on another figure's phrase is that figure's
    ("SNCF said 19.8% of its staff were on strike, compared with 27.6% on Oct. 1.",
     {"19.8%": "2026-10-02", "27.6%": "2026-10-01"}),
    # a date on the clause dates all its figures, before or after them
    ("In 2015, IS had 20,000 fighters and 5,000 vehicles.", {"20,000": "2015", "5,000": "2015"}),
    ("IS had 20,000 fighters and 5,000 vehicles in 2015.", {"20,000": "2015", "5,000": "2015"}),
    # a date after a figure set against this one ("down from") is that figure's
    ("Some 11,000 people remain displaced, down from 48,000 in February.",
     {"11,000": "2026-10-02", "48,000": "2026-02"}),
    ("Inflation eased to 5.9 percent in April from 6.6 percent in March.",
     {"5.9 percent": "2026-04", "6.6 percent": "2026-03"}),
])
def test_each_figure_keeps_its_own_date(extract, sentence: str, whens: dict) -> None:
    found = {f.text: f.when for f in extract(sentence)}
    assert {text: found.get(text) for text in whens} == whens
