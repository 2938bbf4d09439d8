"""Which dollar a bare "$" is (store/extract/figures/dollars.py): the article's statement of its
currency, or its outlet's country when that country's currency is a dollar, unless the article
writes that dollar's own prefix. The examples are invented."""

from __future__ import annotations

import pytest

from store.extract.figures.dollars import home_dollar, is_bare_dollar, read_home_dollars
from store.extract.figures.found import FoundFigure

HOMES = [
    # text, outlet from metadata, the dollar a bare "$" means (None: the US dollar)
    ("Pier repairs top $40 million\n\nA city report said the pier needs $40 million.", None, None),
    # a statement of the currency, anywhere in the article
    ("Pier repairs top $40 million\n\nThe pier needs $40 million.\n\n"
     "Sums are in Canadian dollars except where noted.", None, "CAD"),
    ("Budget note\n\nAmounts are in Australian dollars. The dam costs $2bn.", None, "AUD"),
    # a short credit line at the head naming a dollar's country
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nHALIFAX — Fares rise by $3 on "
     "Monday, the operator said in a statement to reporters.", None, "CAD"),
    ("Ferry fares rise again\n\nBy Lee Marsh, Radio New Zealand\n\nFares rise by $3.", None, "NZD"),
    # the outlet in the metadata
    ("Ferry fares rise by $3 on Monday.", "The Australian Ledger", "AUD"),
    ("Ferry fares rise by $3 on Monday.", "The Harbour Ledger", None),
    # the home dollar's own prefix in the text: the bare sign is the US dollar (wire style)
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nThe yard costs C$90 million ($66 "
     "million).", None, None),
    # a title naming the country is no credit line
    ("Canadian ferry operator raises fares\n\nThe operator raised fares by $3.", None, None),
    # the home prefix beside a bare sign that no conversion puts in brackets: both are home
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nA pass costs $310, and a berth "
     "C$1,450 a season.", None, "CAD"),
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nThe yard costs C$90-million (about "
     "$66-million).", None, None),
    # a masthead of names set apart by bars, one of them naming a dollar country with others
    ("KESTREL RESEARCH | Kestrel Bank of New Zealand\nDairy outlook\n\nThe payout is $9.10 "
     "a kilo.", None, "NZD"),
    # a dateline at the head naming a dollar country's city, with no wire agency credited and
    # no dollar named by its country
    ("Rents climb again\n\nBy Ana Ruiz\n\nHALIFAX \u2014 The average rent reached $1,900 a "
     "month, the agency said.", None, "CAD"),
    ("Dairy payout cut\n\nWELLINGTON, March 3 - The payout falls to $8.40 a kilo.", None,
     "NZD"),
    ("Dairy payout cut\n\nWELLINGTON, March 3 (Reuters) - The payout falls to $8.40 a kilo.",
     None, None),
    ("Dairy payout cut\n\nWELLINGTON \u2014 The payout falls to $5.10, or 8.40 New Zealand "
     "dollars, a kilo.", None, None),
    ("Water bills rise\n\nDENVER \u2014 The average bill rose to $84 a month.", None, None),
    # the dateline country's own dollar named by its prefix or name beside bare ones: all home
    ("Bakery chain grows\n\nBRISBANE, May 3 - Sales rose to A$120m, and the chain will spend "
     "$4 million on new ovens.", None, "AUD"),
    ("Marathon budget\n\nOTTAWA \u2014 The race costs 2 million Canadian dollars; each runner "
     "pays $95.", None, "CAD"),
    # ... but as one sum converted, or beside another country's dollar, the bare one is US
    ("Bakery chain grows\n\nBRISBANE, May 3 - Sales rose to A$120m ($80m) in the year.", None,
     None),
    ("Bakery chain grows\n\nBRISBANE, May 3 - Sales rose to A$120m; a US$4m oven line costs "
     "$4 million.", None, None),
    # a city-state's dateline is the country's own name
    ("Tram fares rise\n\nHONG KONG \u2014 The tram fare rises to $3.30 on Monday.", None, "HKD"),
    ("Tolls rise\n\nSINGAPORE, May 4 - Road tolls rise to $2 at peak hours.", None, "SGD"),
    ("Tolls rise\n\nSINGAPORE, May 4 (Reuters) - Road tolls rise to $2 at peak hours.", None,
     None),
    # a city-state's market raises money in US dollars: a bare sum by the million there is its
    # own dollar only where the article writes that dollar too
    ("Chipmaker sells bonds\n\nHONG KONG \u2014 The chipmaker raised $4 billion in a bond sale.",
     None, None),
    ("Bank lists\n\nSINGAPORE, May 4 - The lender raised $800 million in its listing.", None,
     None),
    ("Metro expands\n\nHONG KONG \u2014 The line costs $9 billion; fares rise by HK$1.", None,
     "HKD"),
    ("Port deal\n\nSINGAPORE \u2014 The port spends $2 billion, or 1.5 billion US dollars.",
     None, None),
    # a bare amount converted into US dollars in brackets is the dollar of the one dollar
    # country the article names; none or two named, and it stays the US dollar
    ("Rail strike costs mount\n\nThe Canadian rail strike costs $340 million a day (US$250 "
     "million), the chamber said.", None, "CAD"),
    ("Dairy payout cut\n\nNew Zealand farmers get $8.40 (about US$5.10) a kilo.", None, "NZD"),
    ("Dairy payout cut\n\nFarmers get $8.40 (about US$5.10) a kilo.", None, None),
    ("Dairy payout cut\n\nNew Zealand and Australian farmers get $8.40 (US$5.10) a kilo.",
     None, None),
    # a prefixed amount converted says nothing of the bare sign
    ("Rail strike costs mount\n\nThe Canadian strike costs C$340 million (US$250 million); "
     "a permit is $90.", None, None),
    # a section named by the country alone says what the page is about, not whose it is
    ("The Daily Ledger | World | Canada | Sport\nFerry fares rise\n\nFares rise by $3.", None,
     None),
]


@pytest.mark.parametrize(("text", "outlet", "code"), HOMES)
def test_home_dollar(text: str, outlet: str | None, code: str | None) -> None:
    assert home_dollar(text, outlet) == code


PRESS = [
    # text, outlet from metadata, its url, the dollar a bare "$" means (None: the US dollar)
    # a national agency's short name as the credit line, or as the outlet
    ("Tram line delayed a year\n\nAAP\n\nPERTH - The line will now cost $1.3 billion.", None,
     None, "AUD"),
    ("The tram line will now cost $1.3 billion.", "RNZ", None, "NZD"),
    # the page's own address at its head, or in the metadata: a dollar country's domain
    ("The Lakeside Herald | News | Sport\n\nhttps://www.lakesideherald.example.co.nz/news/2031/"
     "ferry-fares-771\n\nFerry fares rise by $3 from Monday, the operator said.", None, None,
     "NZD"),
    ("Clinic wait times grow\n\nThe new wing will cost $48 million, the ministry said.", None,
     "https://www.health.example.gov.sg/news/2031/clinic-wing", "SGD"),
    ("Clinic wait times grow\n\nThe new wing will cost $48 million, the ministry said.", None,
     "https://www.health.example.gov/news/2031/clinic-wing", None),
    ("Clinic wait times grow\n\nThe new wing will cost $48 million, the ministry said.", None,
     "www.wharfsidepost.example.ca/clinic-wing", "CAD"),
    # an address that is not the page's own, inside a sentence, says nothing
    ("Clinic wait times grow\n\nDetails are at https://clinics.example.com.au today; the wing "
     "costs $48 million.", None, None, None),
    # another country's wire agency as the outlet: its copy, on a local site, keeps "$" US
    ("Chipmaker profit falls\n\nwww.lakesideherald.example.co.nz/business/chips-3\n\n"
     "AUSTIN, Texas, May 2 (Reuters) - The chipmaker earned $2.1 billion.", "Reuters", None,
     None),
    ("Chipmaker profit falls\n\nThe chipmaker earned $2.1 billion.", "Wharfside Post",
     "https://wharfsidepost.example.com.au/business/chips-3", "AUD"),
    ("Chipmaker profit falls\n\nAUSTIN, Texas, May 2 (AFP) - The chipmaker earned $2.1 "
     "billion.", "Wharfside Post", "https://wharfsidepost.example.com.au/business/chips-3", None),
    # the outlet names one dollar country, the address another: the US dollar
    ("Ferry fares rise by $3.", "The Canadian Ledger", "https://www.ledger.example.com.au/ferry",
     None),
    # a bare "$" converting a US-dollar amount, in an article naming one dollar country
    ("Miner fined\n\nThe Fijian regulator fined the miner US$2 million ($4.5 million) on "
     "Friday.", None, None, "FJD"),
    ("Miner fined\n\nRegulators in Jamaica fined the miner 2 million US dollars (about $310 "
     "million).", None, None, "JMD"),
    # no dollar country named, or two: the US dollar
    ("Miner fined\n\nThe regulator fined the miner US$2 million ($4.5 million).", None, None,
     None),
    ("Miner fined\n\nThe Canadian miner, fined in Australia, paid US$2 million ($2.7 million).",
     None, None, None),
]


@pytest.mark.parametrize(("text", "outlet", "url", "code"), PRESS)
def test_home_dollar_of_the_press(text: str, outlet: str | None, url: str | None,
                                  code: str | None) -> None:
    assert home_dollar(text, outlet, url) == code


BARE = [
    ("$40 million", True),
    ("$61-million", True),
    ("half a billion dollars", True),
    ("US$40 million", False),
    ("C$40 million", False),
    ("40 million Canadian dollars", False),
    ("40 million US dollars", False),
    ("40 million U.S. dollars", False),
    # the hundredth of the bare dollar is the same dollar's
    ("85 cents", True),
    ("about 66 US cents", False),
]


@pytest.mark.parametrize(("text", "bare"), BARE)
def test_bare_dollar(text: str, bare: bool) -> None:
    assert is_bare_dollar(text) is bare


@pytest.mark.slow
def test_bare_amounts_take_the_stated_dollar(extract) -> None:
    figures = extract("The new pier cost $84 million, and tolls raised $2.5 million a year.\n\n"
                      "All figures in Australian dollars.")
    assert [f.unit.partition(" per ")[0] for f in figures] == ["AUD", "AUD"]


def _amount(text: str, start: int) -> FoundFigure:
    return FoundFigure(start=start, end=start + len(text), text=text, low=1.0, high=1.0,
                       approx="exact", unit="USD", counted=None, counted_head=None, group=None,
                       where=[], where_basis=None, when=None, when_basis=None,
                       source="the article", source_basis="article", sentence=(0, 0))


WORDS = [
    # article, its amounts, outlet, the units they end with
    # a local outlet's article with no bare sign: its "dollars" are wire copy's US dollars
    ("Rebels lose last town\n\nThe group made billions of dollars from oil smuggling.",
     ["billions of dollars"], "RNZ", ["USD"]),
    # with a bare sign of the house's own, the word is the home dollar too
    ("Dam over budget\n\nThe dam cost $90 million, hundreds of millions of dollars more.",
     ["$90 million", "hundreds of millions of dollars"], "RNZ", ["NZD", "NZD"]),
    # a cent of the home dollar, beside the bare sign
    ("Toll goes up\n\nThe toll rises to $4.10, and the levy by 35 cents a crossing.",
     ["$4.10", "35 cents"], "RNZ", ["NZD", "NZD"]),
    # a statement of the currency reads the word alone
    ("Dam over budget\n\nIt cost millions of dollars. Amounts are in Canadian dollars.",
     ["millions of dollars"], None, ["CAD"]),
]


@pytest.mark.parametrize(("text", "amounts", "outlet", "units"), WORDS)
def test_the_bare_word_is_the_home_dollar_beside_the_bare_sign(
        text: str, amounts: list[str], outlet: str | None, units: list[str]) -> None:
    figures = [_amount(a, text.index(a)) for a in amounts]
    read_home_dollars(figures, text, outlet)
    assert [f.unit for f in figures] == units


TABLES = [
    # article with a home dollar, a table under it, the currency of its cells
    # a bare "$" in a header is the home dollar, as the article's bare amounts are
    ("Rents up again\n\nTHE CANADIAN PRESS\n\nThe average rent rose to $1,870 a month.\n\n"
     "| City | Rent ($/month) |\n|---|---|\n| Moncton | 1,540 |\n| Saint John | 1,410 |\n",
     "CAD"),
    # a header that names the US dollar keeps it
    ("Rents up again\n\nTHE CANADIAN PRESS\n\nThe average rent rose to $1,870 a month.\n\n"
     "| City | Rent (US$) |\n|---|---|\n| Moncton | 1,540 |\n| Saint John | 1,410 |\n", "USD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), TABLES)
def test_a_bare_sign_in_a_header_is_the_home_dollar(extract, text: str, code: str) -> None:
    cells = [f for f in extract(text) if f.text in ("1,540", "1,410")]
    assert [f.unit.partition(" per ")[0] for f in cells] == [code, code]
