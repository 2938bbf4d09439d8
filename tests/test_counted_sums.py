"""What an amount of money is: the noun its own clause gives it, never a noun another figure
counts, and nothing when its clause says nothing (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: its clause names nothing)
OWN_CLAUSE = [
    # an object a number of its own counts is that number's, not the later sum's
    ("Carmaker to cut 2,400 jobs as losses widen to $1.3 billion", "$1.3 billion", "losses"),
    ("Airline to close 12 routes, cut 900 jobs as debt rises to 4.1 billion rand",
     "4.1 billion rand", "debt"),
    ("The port cut 14 sailings a week as fuel costs rose to $3 million.", "$3 million",
     "fuel costs"),
    # a verb of revising past the sum's own clause is another clause's
    ("The mill cut 300 jobs as its losses swelled to 80 million euros.", "80 million euros",
     None),
    # the object of the verb of revising still names what the figures are
    ("Officials cut the estimate of losses from $4 billion to $3.2 billion after the audit.",
     "$3.2 billion", "losses"),
    ("The ministry raised the death toll from 412 to 1,046.", "1,046", "deaths"),
    # "worth" set off by a comma describes the noun before it, not a figure of an earlier clause
    ("A month after the storm that killed 310 people, the state's rebuilding programme, worth "
     "40 billion rand (about $2.2bn), began on Monday.", "40 billion rand",
     "rebuilding programme"),
    ("A month after the storm that killed 310 people, the state's rebuilding programme, worth "
     "40 billion rand (about $2.2bn), began on Monday.", "$2.2bn", "rebuilding programme"),
    ("After a season in which he scored 30 goals, he signed a new contract, worth £9m a year.",
     "£9m", "new contract"),
    # right after the goods, "worth" still gives the value of the figure's goods
    ("The company exported 480,000 tonnes of coffee in the first quarter, worth $2.6 billion.",
     "$2.6 billion", "coffee value"),
    # the sum a sum fell "from" is no store of money it came from, its scale no noun
    ("The maximum value of the deal fell to €93m from €95m.", "€93m", "maximum value"),
    ("The board's budget was cut to $4bn from $5.5bn.", "$4bn", "budget"),
]


# sentence, figure, counted phrase: a list of sums, each "for" or "to" someone, whose noun is
# said once before the first; an item of a clause of its own keeps its own reading
LISTED = [
    ("The minister announced an ex gratia of Rs 5 lakh for the family of each victim, Rs 1 lakh "
     "for the seriously injured and Rs 25,000 for those with minor injuries.", "Rs 25,000",
     "ex gratia"),
    ("The minister announced an ex gratia of Rs 5 lakh for the family of each victim, Rs 1 lakh "
     "for the seriously injured and Rs 25,000 for those with minor injuries.", "Rs 1 lakh",
     "ex gratia"),
    ("The levy is 30 rand for a car and 90 rand for a truck.", "90 rand", "levy"),
    ("Direct aid of 90,000 dirhams for each destroyed house and 40,000 dirhams for each damaged "
     "house.", "40,000 dirhams", "Direct aid per house"),
    ("The board paid $4m for the site, and the city spent $2m for its cleaning.", "$2m",
     "spending"),
]


# sentence, figure, counted phrase: the party a sum is given, owed or promised to is not what
# the sum is (left unsaid when nothing else names it); a subject that measures stays
RECIPIENTS = [
    ("Owners of flooded homes are entitled to 60,000 rand (about $3,300), but no cheque had "
     "arrived.", "60,000 rand", None),
    ("Owners of flooded homes are entitled to 60,000 rand (about $3,300), but no cheque had "
     "arrived.", "$3,300", None),
    # (a verb of money names the sum: a pledge, not the bereaved)
    ("The bereaved were promised $5,000 each.", "$5,000", "pledges"),
    # the passive subject of a verb of giving that does not take the sum is the thing given
    ("The deal for new trams, worth €350m, was awarded in May to a consortium.", "€350m",
     "deal"),
    ("Homeless families are to get DH2,500 ($250) a month.", "DH2,500", None),
    ("Farmers are to get $200 an acre.", "$200", None),
    # a purpose before "be to" is no party: the sum is what its own phrase names
    ("The plan is to raise $2bn from bond sales.", "$2bn", "money from bond sales"),
    ("The goal is to raise €40m from ticket sales.", "€40m", "money from ticket sales"),
    ("Fines are to rise to $900.", "$900", "fine"),
    ("The budget is to reach $5bn by 2030.", "$5bn", "budget"),
    ("The appeal was only 38 percent funded.", "38 percent", "appeal"),
]


# sentence, figure, counted phrase: a sum set off right after a share "of" a whole restates the
# share in money; the whole's own figures are another quantity
RESTATED = [
    ("Under the law, the regulator could have gone as high as 4% of annual turnover, about "
     "$1.9bn.", "$1.9bn", "share of annual turnover"),
    ("Under the terms of that deal, the club will receive 15 percent of the transfer fee, or 12 "
     "million euros, the company said.", "12 million euros", "share of transfer fee"),
    ("The city keeps 30 percent of the tax, or about 4 billion rand.", "4 billion rand",
     "share of tax"),
    # a share of nothing named, then a sum of another clause: not a restatement
    ("Growth was 3% in May, or $4bn more than a year before.", "$4bn", "Growth"),
    # a conversion in brackets between a sum and its noun: the sum's noun all the same
    ("That is more than the €35.7bn ($39bn) budget the government approved in 2023.",
     "€35.7bn", "budget"),
    ("That is more than the EUR35.7bn (about $39bn) budget the government approved.",
     "EUR35.7bn", "budget"),
    ("The state will lend 3 billion rand ($160 million), the budget office said.",
     "3 billion rand", "loans"),
]


# sentence, figure, counted phrase: a sum "at" which an aside sets a priced noun is its price; a
# verb's "at" with an object of its own is that object's worth, no price
PRICED_ASIDE = [
    ("The shares, at €2.21 on Wednesday, have given back most of their gain.", "€2.21",
     "share price"),
    ("Its shares, at 84 cents, trade below the offer price.", "84 cents", "share price"),
    ("The firm valued the shares at $2bn.", "$2bn", None),
]


# sentence, figure, counted phrase: money "in" what it is, after the period of its rate; "in" a
# season or a place is when or where
IN_AFTER_PERIOD = [
    ("The closure would cost the port about $40 million a year in lost fees.", "$40 million",
     "lost fee"),
    ("The strike cost airlines €90m a day in revenue.", "€90m", "revenue"),
    ("Farmers earn $300 a month in the dry season.", "$300", "earnings"),
    ("Tourists spend $40 a day in Lisbon.", "$40", "spending"),
    # a list after "in" says where the sum falls, item by item, not what it is
    ("The union said the stoppage was costing the economy $A90 million (US$60 million) a day in "
     "delayed imports, idle mills and lost exports.", "$A90 million", "stoppage cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [
    *OWN_CLAUSE, *LISTED, *RECIPIENTS, *RESTATED, *PRICED_ASIDE, *IN_AFTER_PERIOD])
def test_a_sum_is_what_its_own_words_say(extract, sentence: str, text: str,
                                         counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, sum, what it counts: a currency's prefix written apart from the digits is no kind
CURRENCY_PREFIX_APART = [
    ("The firm must pay a Rs 13 crore fine and a Rs 2 lakh deposit.", "Rs 13 crore", "fine"),
    ("The regulator set a Rs 50 crore penalty and a Rs 2 lakh bond.", "Rs 2 lakh", "bond"),
    ("Drivers face a Rs 20,000 fine for each violation.", "Rs 20,000", "fine"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CURRENCY_PREFIX_APART)
def test_a_currency_prefix_is_no_kind_of_sum(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, sum, what it counts: a whole that includes a part does not take the part's noun
WHOLE_INCLUDES_PART = [
    ("The amount of 80 million euros included 2 million euros of legal fees.",
     "80 million euros", None),
    ("The amount of 80 million euros included 2 million euros of legal fees.",
     "2 million euros", "legal fee"),
    ("The sum of $12 million contained $3 million of interest.", "$12 million", None),
    ("The package of $40 million includes $5 million of food aid.", "$40 million", "package"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), WHOLE_INCLUDES_PART)
def test_a_whole_keeps_apart_from_its_part(extract, sentence: str, text: str,
                                           counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
