"""A headline's verbless change ("Profits up 12%") measures the noun beside "up" or "down", and
never the subject of the clause the parser joins it to across a semicolon (spaCy: slow). Each row
is a headline of its own invention."""

from __future__ import annotations

import pytest

# headline, figure, counted phrase (never the next clause's noun)
HEADLINES = [
    ("Profits up 12% at the brewer; shares hit a record", "12%", "Profits"),
    ("Ridership down 8%; a monthly pass now costs $92", "8%", "Ridership"),
    ("Vacancies down 1.4 percentage points; a one-bedroom flat now rents for $1,900",
     "1.4 percentage points", "Vacancies"),
    # no noun found: the change is a rise, and never the next clause's noun
    ("Attendance up 6.5 percentage points; a season ticket now costs £480",
     "6.5 percentage points", "rise"),
    # a fragment with a phrase of its own: the parser makes its noun the subject of "up"
    ("Bakery prices in the old town up 3.5% in two months; the guild says flour stays dear",
     "3.5%", "Bakery prices"),
    ("Marathon index up 12.4% in six weeks; organisers say entries stay open until May",
     "12.4%", "Marathon index"),
    # the level the change ends at, and a number noun that hands on its compound
    ("Chess federation lends £0.4m of its £1.2m for 2031; membership rate down 0.8 points to "
     "6.1pc", "0.8 points", "membership"),
    ("Chess federation lends £0.4m of its £1.2m for 2031; membership rate down 0.8 points to "
     "6.1pc", "6.1pc", "membership"),
    # the same verbless fragment after "with", never the noun of the clause it hangs on
    ("With bread prices up 9% this year, the bakery cut 12 jobs.", "9%", "bread prices"),
    ("The bakery cut 12 jobs, with sales down 4.5% on the year.", "4.5%", "sales"),
    # a move of shares is a move of the share price, as with a verb ("shares fell 4%")
    ("Bakery shares up 4% as bread sales rise", "4%", "share price"),
    # the fragment the parser makes the complement of the next clause's verb
    ("Harbour Bakery shares down 11.6% since the storm; insurers face $2m in claims", "11.6%",
     "share price"),
    # the fragment after a semicolon the parser joins to the clause before
    ("Bakery fined $48m after flood; shares down 19.3%", "19.3%", "share price"),
    # shares the tagger reads as a verb, after a name it makes their subject
    ("Chess federation split: a $3.5m question, and a bad week for organisers  Peso steadies at "
     "24.8 to the dollar; Northfield shares down 6.3% after the tournament", "6.3%",
     "share price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "text", "counted"), HEADLINES)
def test_a_headline_change_names_what_changed(extract, headline: str, text: str,
                                              counted: str | None) -> None:
    assert {f.text: f for f in extract(headline)}[text].counted == counted
