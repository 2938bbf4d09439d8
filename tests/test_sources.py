"""Who states each figure when one sentence gives two sources' figures (spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "sources"), [
    # an "according to" after another number speaks for that number only
    ("In Lyon, police counted 46,000 marchers along the route, against 250,000 according to "
     "the FTU union.", {"46,000": "police", "250,000": "the FTU union"}),
    # and one before speaks for the numbers up to the next one with its own speaker
    ("According to the FTU, 250,000 people marched, while police counted 46,000.",
     {"250,000": "FTU", "46,000": "police"}),
    # two claims side by side: the first is not reported speech of the second's speaker
    ("The prefecture counted 46,000 marchers; the FTU claimed 250,000.",
     {"46,000": "The prefecture", "250,000": "FTU"}),
    # two clauses, two speakers: the second clause's figure is not the first speaker's
    ("Railcorp said 14.2% of its staff were on strike, and the education ministry reported 16.9% "
     "of teachers on strike.", {"14.2%": "Railcorp", "16.9%": "the education ministry"}),
    # a shared subject still speaks for both clauses
    ("The ministry said it had counted 300 deaths and had recorded 500 injuries.",
     {"300": "The ministry", "500": "The ministry"}),
    # two "according to"s side by side: each figure takes the one that follows it
    ("The bakers and the council still disagree on the cost of the strike: 4,100 loaves "
     "according to the bakers' guild, 2,600 according to the town council.",
     {"4,100": "the bakers' guild", "2,600": "the town council"}),
    # a figure with no speaker of its own keeps the sentence's "according to"
    ("About 120 people died, according to the ministry, and 3,400 were infected.",
     {"120": "the ministry", "3,400": "the ministry"}),
    # a name in a clause on the speaker is not the speaker
    ("Police in Dunmarrow, where Marlo came ashore on Saturday, said they had found 17 "
     "bodies.", {"17": "Police in Dunmarrow"}),
    ("The minister, John Smith, said 40 people died.", {"40": "John Smith"}),
    # nor is the place an office is of, whatever the tagger took it for: the name in
    # apposition after it is the speaker
    ("At least 60 boats were damaged, the mayor of Hamilton, Ana Rocha, told reporters.",
     {"60": "Ana Rocha"}),
    ("Nearly 90 shops lost power, the mayor of Darwin, Paul Easton, told reporters on Sunday.",
     {"90": "Paul Easton"}),
    ("At least 60 boats were damaged, the mayor of Everett, Ana Rocha, told reporters.",
     {"60": "Ana Rocha"}),
    # a speaker after a semicolon does not speak for a figure before it, whatever clause the
    # parser hangs the first on; one before it still speaks for a list after it
    ("The Harbour Board's final figure is nine deaths; the Seamen's Union still says twelve.",
     {"nine": "the article", "twelve": "Seamen's Union"}),
    ("The camp was planned for up to 4,000 people; it now holds an estimated 9,700, according "
     "to the Relief Council.", {"4,000": "the article", "9,700": "Relief Council"}),
    ("The port authority said 40 boats sank in Arlo; 12 in Bream.",
     {"40": "The port authority", "12": "The port authority"}),
])
def test_each_figure_keeps_its_own_source(extract, sentence: str, sources: dict) -> None:
    found = {f.text: f.source for f in extract(sentence)}
    assert {text: found.get(text) for text in sources} == sources


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "whens"), [
    # a date on another figure's phrase is that figure's
    ("Tramways Ltd said 9.6% of its drivers stayed home, compared with 12.1% on Oct. 1.",
     {"9.6%": "2026-10-02", "12.1%": "2026-10-01"}),
    # a date on the clause dates all its figures, before or after them
    ("In 2015, IS had 20,000 fighters and 5,000 vehicles.", {"20,000": "2015", "5,000": "2015"}),
    ("IS had 20,000 fighters and 5,000 vehicles in 2015.", {"20,000": "2015", "5,000": "2015"}),
    # a date after a figure set against this one ("down from") is that figure's
    ("Some 6,500 people remain displaced, down from 27,000 in February.",
     {"6,500": "2026-10-02", "27,000": "2026-02"}),
    ("Inflation slowed to 4.2 percent in April from 4.8 percent in March.",
     {"4.2 percent": "2026-04", "4.8 percent": "2026-03"}),
    # a year on a noun of another clause says which forecast or budget, it dates no other figure;
    # in the figure's own clause it does
    ("Orvane Mining has cut its 2031 ore output forecast by 12%, a month after a blast at its "
     "Tarn pit left nine dead.", {"nine": "2026-10-02"}),
    ("In its 2029 budget, the city set aside 40 million euros for parks.",
     {"40 million euros": "2029"}),
    ("The storm was the worst since the 1998 gale that drowned some 300 fishermen.",
     {"300": "1998"}),
    ("The toll is twice the 150 drowned by the 1998 gale.", {"150": "1998"}),
])
def test_each_figure_keeps_its_own_date(extract, sentence: str, whens: dict) -> None:
    found = {f.text: f.when for f in extract(sentence)}
    assert {text: found.get(text) for text in whens} == whens
