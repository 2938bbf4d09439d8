"""Whose dinars, pesos or francs an amount is (store/extract/figures/home_currency.py): the
currency of the country the article names most, among those whose currency bears the name, and
the word's own when it names none. The examples are invented."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources

import pytest

from store.extract.figures.found import FoundFigure
from store.extract.figures.home_currency import carry_home_currencies, read_home_currencies
from store.knowledge.countries import countries
from store.knowledge.currencies import shared_currencies
from store.knowledge.units import units


def _amount(text: str, unit: str) -> FoundFigure:
    return FoundFigure(start=0, end=len(text), text=text, low=1.0, high=1.0, approx="exact",
                       unit=unit, counted=None, counted_head=None, group=None, where=[],
                       where_basis=None, when=None, when_basis=None, source="the article",
                       source_basis="article", sentence=(0, 0))


HOMES = [
    # article text, the amount as written, its unit as the grammar read it, the unit after
    ("Jordan's cabinet approved the fund. The Jordanian treasury will pay it.",
     "12 million dinars", "IQD", "JOD"),
    ("The Tunisian utility was fined by Tunisia's regulator.", "3 million dinars", "IQD", "TND"),
    ("Kampala's council approved it, Ugandan officials said; Uganda pays.",
     "40 billion shillings", "KES per year", "UGX per year"),
    ("Dakar's port and Senegal's treasury signed; Senegalese banks lend.", "9 billion francs",
     "CHF", "XOF"),
    ("Oslo's budget office said Norway's fund grew; Norwegian banks agree.", "2 billion kroner",
     "NOK", "NOK"),
    # a capital names its country: the seat of government, or the city copy names for it
    ("Officials in Buenos Aires said the fund was approved; the Argentine treasury pays.",
     "900 billion pesos", "MXN", "ARS"),
    ("Talks in Kigali ended; Kigali's council will pay.", "5 billion francs", "CHF", "RWF"),
    ("The levy, Amman's officials said, will fund Amman's buses.", "8 million dinars", "IQD",
     "JOD"),
    ("A delegation from Bogota visited Tarvo.", "40 million pesos", "MXN", "MXN"),
    # a regional paper names its province and towns, its country once or not at all; written
    # with their accents or without
    ("TEMUCO | Sur Andino Diario\n\nFloods in the Araucanía reached Temuco and Angol.",
     "80 billion pesos", "MXN", "CLP"),
    ("Growers near Río Cuarto and Bahía Blanca lost the harvest, the Tranquera Cooperative "
     "of Argentina said.", "12 billion pesos", "MXN", "ARS"),
    ("Mills in Iquique and in the Tarapaca region shut.", "3 billion pesos", "MXN", "CLP"),
    ("Davao growers and Cebu exporters said Mindanao lost its banana crop.", "2 billion pesos",
     "MXN", "PHP"),
    ("Karachi's port and Lahore's mills lost power.", "40 billion rupees", "INR", "PKR"),
    # "Rs" before the amount, glued or spaced, is the rupee of every country that writes it
    ("Colombo's port and Sri Lanka's treasury signed; Sri Lankan banks lend.", "Rs 4.5bn", "INR",
     "LKR"),
    ("Kathmandu's council and Nepal's ministry of finance agreed.", "Rs. 800 million", "INR",
     "NPR"),
    ("Traders in Port Louis said the levy in Mauritius rose; Mauritius pays.", "Rs2,400",
     "INR per month", "MUR per month"),
    ("Farmers in Maharashtra said the loan from the state bank was late.", "Rs 40,000", "INR",
     "INR"),
    # "£" is sterling's even in a story about another country of the pounds: foreign desks write
    # aid and costs in sterling ("Syria's rebuilding ... £40m of aid")
    ("Aid reached Syria's north; Damascus and Syria's neighbours met; Syrian families fled.",
     "£40m", "GBP", "GBP"),
    ("The Pune drugmaker also sells in Pakistan.", "Rs 90 crore", "INR", "INR"),
    # one town of theirs alone is an aside
    ("The Ostrava brewer bought hops from Osorno.", "9 million pesos", "MXN", "MXN"),
    # the country of the word's own code named more often keeps it
    ("Mexico's grid and Mexico's regulator fined a firm with a plant in Antofagasta and "
     "offices in Mexico City.", "7 million pesos", "MXN", "MXN"),
    # no country of the name: the word's own code
    ("The port authority said the fund was approved.", "12 million dinars", "IQD", "IQD"),
    # named once only: an aside does not move the word's own code
    ("The firm lost money on Egyptian cotton.", "4 million pounds", "GBP", "GBP"),
    # the country of the word's own code named as often as another
    ("The British firm lost money on the Egypt contract.", "4 million pounds", "GBP", "GBP"),
    ("Cairo's cabinet met. Egypt's minister said Egyptian bread costs more.",
     "4 billion pounds", "GBP", "EGP"),
    # a word with no code of its own is money only in an article about one of its countries
    ("Bergen's quay and Norway's fleet: Norwegian skippers sold cod.", "90 million", "crowns",
     "NOK"),
    ("The Czech mint said Czech collectors bought gold coins.", "4 million", "crowns", "CZK"),
    ("The dentist fitted the crowns on Monday.", "12", "crowns", "crowns"),
    ("Norwegian dentists fitted them.", "12", "crowns", "crowns"),
    # no trophy or tooth comes by the million: a scaled amount is money, and one naming of the
    # country says whose
    ("Norwegian skippers sold cod.", "90 million", "crowns", "NOK"),
    ("Sweden, the fund's second donor, has given it.", "2.1bn", "crowns", "SEK"),
    ("The Danish utility said so.", "40m", "crowns", "DKK"),
    ("The league's clubs bought them.", "3 million", "crowns", "crowns"),
    ("Kutaisi's mayor said Georgia's clubs and Georgian fans cheered.", "34 million", "lari",
     "GEL"),
    ("Tbilisi's bourse said Georgia's regulator agreed; Georgia pays.", "1.9 million", "lari",
     "GEL"),
    ("The tour of the Lari valley drew 40 walkers.", "40", "lari", "lari"),
    # the dirham of Morocco and of the Emirates, by its word or by the prefix the two share
    ("Relief teams left Rabat for Agadir; Casablanca donors pay.", "40,000 dirhams", "AED",
     "MAD"),
    ("Rabat said the Agadir shelters are ready.", "DH12,000", "AED", "MAD"),
    ("A Dubai developer and an Abu Dhabi fund signed.", "Dh9 million", "AED", "AED"),
    ("The Moroccan ministry said so.", "DH12,000", "AED", "AED"),
    ("Morocco's cabinet met; Morocco will pay.", "Dh300", "AED", "MAD"),
    ("Kampala's council and Uganda's treasury agreed; Uganda pays.", "Shs5 billion", "KES",
     "UGX"),
    ("Dodoma's officials said Tanzania's budget grew; Tanzania pays.", "Sh40 billion", "KES",
     "TZS"),
    ("Nairobi's council said so.", "Sh40 billion", "KES", "KES"),
    # the kwacha of Zambia and of Malawi, by its word or by the "K" the two write; the kina and
    # the kyat are written "K" too
    ("Kabwe's smelters and Zambia's treasury agreed; Zambia pays.", "K2.5bn", "MWK", "ZMW"),
    ("Ndola traders said the Livingstone bakery lost", "K41.20", "MWK", "ZMW"),
    ("Zambian farmers were paid 90 million kwacha, the Chipata board said.",
     "90 million kwacha", "MWK", "ZMW"),
    ("Blantyre's council said Malawi's budget grew.", "K12,000", "MWK", "MWK"),
    ("Port Moresby's council said Papua New Guinea's budget grew.", "K3.1 million", "MWK",
     "PGK"),
    ("Yangon traders said Myanmar's rice price rose.", "K1,500", "MWK", "MMK"),
    # a word that says whose keeps its own
    ("Tunisia's bank and Tunisian lenders said so; Tunisia agreed.", "5 billion Libyan dinars",
     "LYD", "LYD"),
    # cents are the hundredth of the rand and of the euro as well as of the US dollar
    ("South Africa's bus drivers struck; South African commuters walked.", "85 cents",
     "USD per km", "ZAR per km"),
    ("Durban's port and Pretoria's treasury raised the toll.", "40 cents", "USD", "ZAR"),
    ("Durban's port and Pretoria's treasury raised the toll.", "40c", "USD per km",
     "ZAR per km"),
    ("Ireland's pharmacies recalled the pills; Irish patients got refunds.", "60 cents", "EUR",
     "EUR"),
    ("Spain's teachers and Spanish schools said the meal rose.", "35 cents", "USD", "EUR"),
    ("The union in Ohio said so.", "90 cents", "USD", "USD"),
    # a country named once is an aside; cents that say whose, or of a home dollar, stay
    ("The bank, which lends in South Africa, said so.", "90 cents", "USD", "USD"),
    ("South Africa's and South African rates fell.", "12 US cents", "USD", "USD"),
    ("South Africa's envoy met Australia's; South African wine sells here.", "75 cents", "AUD",
     "AUD"),
    # cents beside a dollar written with its country's sign are that dollar's; two such
    # dollars, and they stay as read
    ("The lender's stock closed at A$41; Germany's regulator and German rivals watched.",
     "9 cents", "USD", "AUD"),
    ("France's grid and French users paid A$0.31 in Perth and US$0.22 in Ohio.", "4 cents",
     "USD", "USD"),
    # a dateline's country outranks a count of the others; so do lakhs and crores, the Indian
    # numbering system, where India is named and no other rupee country files the article
    ("NEW DELHI - Customs seized it; Pakistan's envoy, Pakistan's army and Pakistani banks "
     "denied it.", "Rs 80 lakh", "INR", "INR"),
    ("TUNIS - Iraq's oil firm, Iraq's navy and Iraqi banks paid it.", "12 million dinars",
     "IQD", "TND"),
    ("Customs in India seized it; Pakistan's envoy, Pakistan's army and Pakistani banks "
     "denied it.", "Rs 80 crore", "INR", "INR"),
    ("Customs in India seized it; Pakistan's envoy, Pakistan's army and Pakistani banks "
     "denied it.", "Rs 80 million", "INR", "PKR"),
    ("KARACHI - Customs seized it; India's envoy denied it, and Pakistan's banks agreed.",
     "Rs 80 crore", "INR", "PKR"),
]


# article text, the amount as written in it, its unit as the grammar read it, the unit after: a
# country named once makes a scaled amount its money only in the amount's clause or the dateline
NAMED_ONCE = [
    ("Statkraft put 3.4bn crowns in a wind farm off Floro, with partners in Sweden.", "3.4bn",
     "crowns", "crowns"),
    ("The firm spent 2bn crowns on ferries last year. Its partners are in Denmark.", "2bn",
     "crowns", "crowns"),
    ("Sweden's pension fund put 2.1bn crowns in the scheme, its chief said.", "2.1bn", "crowns",
     "SEK"),
    ("The utility has put 900m crowns in Danish wind farms.", "900m", "crowns", "DKK"),
    ("BERGEN, Norway, March 3 (Wire) - The city will spend 1.2bn crowns on its port.", "1.2bn",
     "crowns", "NOK"),
    # a dateline of one of the country's largest cities, without the country, says whose too
    ("TRONDHEIM, May 2 (Wire) - The bakery chain faces a fine of 4 million crowns.", "4 million",
     "crowns", "NOK"),
    ("AARHUS, Jan 9 (Wire) - The bus company will pay 2.5m crowns to its drivers.", "2.5m",
     "crowns", "DKK"),
    ("GOTHENBURG, June 4 (Wire) - The chess federation got 1.2m crowns from sponsors.", "1.2m",
     "crowns", "SEK"),
    ("BRNO, Aug 20 (Wire) - The marathon's organisers spent 9 million crowns on it.",
     "9 million", "crowns", "CZK"),
    ("ODENSE, Feb 11 (Wire) - The ferry line lost 30 million kroner last year.",
     "30 million kroner", "NOK", "DKK"),
    ("MALMO, Oct 1 (Wire) - The library will cost 80 million kronor.", "80 million kronor", "SEK",
     "SEK"),
]


@pytest.mark.parametrize(("text", "amount", "unit", "home"), NAMED_ONCE)
def test_a_country_named_once_counts_near_the_amount(text: str, amount: str, unit: str,
                                                    home: str) -> None:
    start = text.index(amount)
    fig = _amount(amount, unit)
    fig.start, fig.end = start, start + len(amount)
    read_home_currencies([fig], text)
    assert fig.unit == home


@pytest.mark.parametrize(("text", "amount", "unit", "home"), HOMES)
def test_a_shared_currency_word_is_the_article_s_country_s(text: str, amount: str, unit: str,
                                                          home: str) -> None:
    fig = _amount(amount, unit)
    read_home_currencies([fig], text)
    assert fig.unit == home


def test_every_country_and_code_of_a_shared_name_is_known() -> None:
    """The file's countries are countries.toml's, its codes ones the grammar reads, and its words
    ones units.toml reads after an amount (a currency, or a currency's hundredth)."""
    data = tomllib.loads(resources.files("store.data").joinpath("currencies.toml").read_text(
        encoding="utf-8"))
    lex, known = units(), countries()
    for entry in data["shared"].values():
        for country, code in entry["countries"].items():
            assert known.country(country) == country
            assert code in lex.currency_codes
        for word in entry["words"]:
            # a currency's name, or its hundredth's ("cents")
            read = word in lex.currency_words or word in lex.hundredths
            assert read == entry.get("own", True)
            assert word in shared_currencies()


COMPOUNDS = [
    # article text, the amount as the grammar cut it (the word hyphened on is outside it), its
    # unit as read, the unit after
    ("Temuco and Iquique families get a 2.5 million-peso grant, the Araucania office said.",
     "2.5 million", "MXN", "CLP"),
    ("In Neuquen and Chubut, a 900-peso voucher per child; Salta pays it too.", "900", "MXN",
     "ARS"),
    ("Each Dorval household gets a 900-peso voucher.", "900", "MXN", "MXN"),
]


@pytest.mark.parametrize(("text", "amount", "unit", "home"), COMPOUNDS)
def test_a_shared_word_hyphened_to_its_amount_is_the_article_s_country_s(
        text: str, amount: str, unit: str, home: str) -> None:
    start = text.index(amount)
    fig = _amount(amount, unit)
    fig.start, fig.end = start, start + len(amount)
    read_home_currencies([fig], text)
    assert fig.unit == home


WRITTEN_CODES = [
    # article text, the amounts as read (text, unit), the unit of the last one after: an amount
    # written in one country's code names that country, as its name does
    ("The port plan began in Tanger Med.", [("MAD 4bn", "MAD"), ("300 million dirhams", "AED")],
     "MAD"),
    ("Donors gave to the fund, the ministry said.",
     [("MAD 80 million", "MAD"), ("TND 2 million", "TND"), ("DH45,000", "AED")], "MAD"),
    # the word's own code written says nothing new; no code, no country: the word's own
    ("The fund paid out, the ministry said.", [("AED 2bn", "AED"), ("40,000 dirhams", "AED")],
     "AED"),
    ("The fund paid out, the ministry said.", [("$5m", "USD"), ("40,000 dirhams", "AED")], "AED"),
    # "MAD" in a word other than an amount's code is no code
    ("Fans went MAD in Dubai.", [("$5m", "USD"), ("40,000 dirhams", "AED")], "AED"),
]


@pytest.mark.parametrize(("text", "amounts", "home"), WRITTEN_CODES)
def test_an_amount_in_a_country_s_code_names_the_country(
        text: str, amounts: list[tuple[str, str]], home: str) -> None:
    assert _last_unit_read(read_home_currencies, text, amounts) == home


def _last_unit_read(read: Callable[[list[FoundFigure], str], None], text: str,
                    amounts: list[tuple[str, str]]) -> str:
    """The unit of the last of ``amounts`` (as written, as the grammar read it) after ``read``."""
    figures = [_amount(written, unit) for written, unit in amounts]
    read(figures, text)
    return figures[-1].unit


@pytest.mark.parametrize(("text", "amount", "where", "basis", "home"), [
    # cents placed in their own sentence somewhere other than the article's country stay the
    # grammar's
    ("South Africa's rand fell; South African exporters gained.", "12 cents", ["New York"],
     "sentence", "USD"),
    ("Spain's teachers and Spanish schools said so.", "40 cents", ["Chicago"], "phrase", "USD"),
    # placed in the article's country, or only by the article: its cents
    ("South Africa's rand fell; South African exporters gained.", "12 cents",
     ["South Africa"], "phrase", "ZAR"),
    ("Spain's teachers and Spanish schools said so.", "40 cents", ["Spain"], "article", "EUR"),
    ("South Africa's rand fell; South African exporters gained.", "47.6c", ["Johannesburg"],
     "sentence", "ZAR"),
])
def test_cents_placed_elsewhere_are_not_the_article_s_country_s(
        text: str, amount: str, where: list[str], basis: str, home: str) -> None:
    fig = _amount(amount, "USD")
    fig.where, fig.where_basis = where, basis
    read_home_currencies([fig], text)
    assert fig.unit == home


CARRIED = [
    # article text, the amounts as the grammar read them (text, unit), the unit of the last one
    # after: a bare number with the word's own code (from a header, "the rupee traded at", a
    # neighbour) is in the currency the article's signed amounts of that name were read in
    ("Nepal's fuel body raised prices. The rupee traded at 133.2 to the dollar.",
     [("Rs 180", "NPR per litre"), ("133.2", "INR per USD")], "NPR per USD"),
    ("| Item | Price (Rs) |\n| Rice, 1 kg | 240 |", [("Rs 2,000", "LKR"), ("240", "INR")], "LKR"),
    ("The budget of Rs 1.2 billion was approved.", [("Rs 1.2 billion", "MUR"),
                                                    ("1.4 billion", "INR")], "MUR"),
    # the article writes the word's own currency by a mark only it has: the number stays
    ("Bills in Nepal are paid in Rs, and in ₹ at the border. The ₹ traded at 1.6.",
     [("Rs 180", "NPR"), ("1.6", "INR per NPR")], "INR per NPR"),
    ("Indian rupees circulate in Nepal. The fare is Rs 40.", [("Rs 40", "NPR"), ("55", "INR")],
     "INR"),
    # no signed amount of the name read as another country's: nothing to carry
    ("The rupee traded at 83.1 to the dollar in Mumbai.", [("83.1", "INR per USD")],
     "INR per USD"),
    # a word or sign that says whose keeps its own
    ("Sri Lanka's budget: Rs 9bn, and 40 million Indian rupees in aid.",
     [("Rs 9bn", "LKR"), ("40 million Indian rupees", "INR")], "INR"),
]


@pytest.mark.parametrize(("text", "amounts", "unit"), CARRIED)
def test_a_bare_number_of_a_shared_name_is_in_the_article_s_own(
        text: str, amounts: list[tuple[str, str]], unit: str) -> None:
    assert _last_unit_read(carry_home_currencies, text, amounts) == unit
