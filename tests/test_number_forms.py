"""How numbers are written, read by the scanner alone (no parse): currency codes and symbols glued
to the digits, measure symbols glued to the digits, digits grouped the South Asian way, scale
words glued to the digits and ranges whose two ends are written differently. The examples are
invented."""

from __future__ import annotations

import pytest

from store.extract.numbers import scan
from tests.conftest import assert_scans_to

FORMS = [
    # text, expression found, low, high, unit
    # a currency code glued to its digits
    ("a refit put at EUR2.7bn last week", "EUR2.7bn", 2.7e9, 2.7e9, "EUR"),
    ("the USD35m grant", "USD35m", 35e6, 35e6, "USD"),
    ("between GBP40m and GBP65m", "GBP40m and GBP65m", 40e6, 65e6, "GBP"),
    ("a range of EUR12bn-EUR17bn", "EUR12bn-EUR17bn", 12e9, 17e9, "EUR"),
    # a measure symbol glued to its digits
    ("the 438km canal", "438km", 438, 438, "km"),
    ("sacks of 25kg each", "25kg", 25, 25, "kg"),
    ("a 740MW turbine hall", "740MW", 740, 740, "MW"),
    ("some 35ha of orchards", "35ha", 35, 35, "hectares"),
    ("rain of 84mm overnight", "84mm", 84, 84, "mm"),
    # lakhs and crores grouped in pairs of digits
    ("Tk 3,00,000 to each family", "Tk 3,00,000", 3e5, 3e5, "BDT"),
    ("some 14,60,000 voters", "14,60,000", 1.46e6, 1.46e6, None),
    ("Rs 2,40,00,000 in all", "Rs 2,40,00,000", 2.4e7, 2.4e7, "INR"),
    # scale words and currency prefixes glued to the digits
    ("a KSh7bn road", "KSh7bn", 7e9, 7e9, "KES"),
    ("Tk46,000 a head", "Tk46,000", 46000, 46000, "BDT"),
    ("Rs 9 lakh", "Rs 9 lakh", 9e5, 9e5, "INR"),
    # the dollars of other countries by their own prefixes, not a bare count after the letters
    ("a NT$4.5 billion subsidy", "NT$4.5 billion", 4.5e9, 4.5e9, "TWD"),
    ("fined J$12 million", "J$12 million", 12e6, 12e6, "JMD"),
    ("a L$300 fee per permit", "L$300", 300, 300, "LRD"),
    ("FJ$8.2m for the jetty", "FJ$8.2m", 8.2e6, 8.2e6, "FJD"),
    ("an EC$40 million port", "EC$40 million", 40e6, 40e6, "XCD"),
    # bitcoin is money by its code, singular or plural after the amount
    ("the crew demanded 30 bitcoin for the keys", "30 bitcoin", 30, 30, "BTC"),
    ("a wallet holding 2.5 bitcoins", "2.5 bitcoins", 2.5, 2.5, "BTC"),
    ("some 23million litres", "23million litres", 23e6, 23e6, "litres"),
    # measures written out
    ("some 85 square km of marsh", "85 square km", 85, 85, "km2"),
    ("1.6 million US short tons", "1.6 million US short tons", 1.6e6, 1.6e6, "US short tons"),
    # a share after "over" or "nearly" with nothing after it
    ("down from just over half in May", "half", 0.5, 0.5, "fraction"),
    # a share with the noun it counts between its two numbers
    ("fewer than one flat in ten is insured", "one flat in ten", 0.1, 0.1, "fraction"),
    ("one voter in every four", "one voter in every four", 0.25, 0.25, "fraction"),
    # the two ends of a range written differently
    ("14million to 21 million gallons", "14million to 21 million gallons", 14e6, 21e6, "gallons"),
    # a flow of oil as the trade writes it, and cubic metres written with the symbol: a scale
    # suffix never eats the letter of a unit symbol ("m3" is no million, "b/d" no billion)
    ("output of 640,000 bpd", "640,000 bpd", 640000, 640000, "barrels per day"),
    ("some 85,000 b/d more", "85,000 b/d", 85000, 85000, "barrels per day"),
    ("about 31,000 m3 of sludge", "31,000 m3", 31000, 31000, "cubic metres"),
    ("a 7,500m3 tank", "7,500m3", 7500, 7500, "cubic metres"),
    ("a tank of 2,400 kilolitres", "2,400 kilolitres", 2400, 2400, "kilolitres"),
    # two scale words multiply ("lakh crore": a lakh of crores)
    ("a Rs 2.3 lakh crore outlay", "Rs 2.3 lakh crore", 2.3e12, 2.3e12, "INR"),
    # the prefixes of other central banks
    ("a GH¢4.2bn bond", "GH¢4.2bn", 4.2e9, 4.2e9, "GHS"),
    ("fees of TSh 350,000 a term", "TSh 350,000", 350000, 350000, "TZS"),
    ("a USh 2.5bn grant", "USh 2.5bn", 2.5e9, 2.5e9, "UGX"),
    ("some E£7 billion in subsidies", "E£7 billion", 7e9, 7e9, "EGP"),
    ("an N$310 million dam", "N$310 million", 310e6, 310e6, "NAD"),
    ("Rp2.8tn in aid", "Rp2.8tn", 2.8e12, 2.8e12, "IDR"),
    ("a grant of Rp 750,000 a family", "Rp 750,000", 750000, 750000, "IDR"),
    ("a Rp 4.2 trillion budget", "Rp 4.2 trillion", 4.2e12, 4.2e12, "IDR"),
    ("fish worth 6 billion Norwegian crowns", "6 billion Norwegian crowns", 6e9, 6e9, "NOK"),
    ("a 900 million Czech crowns loan", "900 million Czech crowns", 900e6, 900e6, "CZK"),
    # a reading on a scale named before or after it, within the scale
    ("after a magnitude 6.4 shock", "6.4", 6.4, 6.4, "magnitude"),
    ("the largest, of magnitude 5.2, hit at dawn", "5.2", 5.2, 5.2, "magnitude"),
    ("a revised estimate: Mw 6.6", "6.6", 6.6, 6.6, "magnitude"),
    ("a 4.9-magnitude tremor", "4.9", 4.9, 4.9, "magnitude"),
    ("it registered 5.7 on the Richter scale", "5.7", 5.7, 5.7, "magnitude"),
    ("the M 40 bypass", "40", 40, 40, None),
    # temperatures by their scale, a scale letter glued to the digits in capitals only
    ("the thermometer showed 41.3C by noon", "41.3C", 41.3, 41.3, "degrees Celsius"),
    ("highs of 36 to 39C inland", "36 to 39C", 36, 39, "degrees Celsius"),
    ("a reading of 43.9 degrees Celsius", "43.9 degrees Celsius", 43.9, 43.9, "degrees Celsius"),
    ("up to 104F in the shade", "104F", 104, 104, "degrees Fahrenheit"),
    ("it felt like 31 °C", "31 °C", 31, 31, "degrees Celsius"),
    # a sign written as a word before a temperature; not the margin "plus or minus"
    ("the rink's ice held at minus 7 degrees Celsius", "minus 7 degrees Celsius", -7, -7,
     "degrees Celsius"),
    ("bakers' vans froze at minus 15°C", "minus 15°C", -15, -15, "degrees Celsius"),
    ("the hall's gauge is good to plus or minus 2 degrees Celsius", "2 degrees Celsius", 2, 2,
     "degrees Celsius"),
    # a fraction after "up" or "down" is a change by that share, not an ordinal
    ("orders are up a third on last year", "a third", 0.3333, 0.3333, "fraction"),
    ("fares fell, down a quarter since May", "a quarter", 0.25, 0.25, "fraction"),
    # a half: of a scale, or more than the number before it
    ("lost nearly half a billion euros", "half a billion euros", 5e8, 5e8, "EUR"),
    ("some four and a half million voters", "four and a half million", 4.5e6, 4.5e6, None),
    ("grew three and a half times over", "three and a half times", 3.5, 3.5, "ratio"),
    ("half a dozen boats", "half a dozen", 6, 6, None),
    # a scale word joined to the digits by a hyphen is one amount, not a range
    ("a $48-million shortfall", "$48-million", 48e6, 48e6, "USD"),
    # a share with digits after its noun
    ("about one tenant in every 16", "one tenant in every 16", 0.0625, 0.0625, "fraction"),
    ("one driver in 50 was fined", "one driver in 50", 0.02, 0.02, "fraction"),
    ("he scored a goal in 19 games", "19", 19, 19, None),
    # odds against a large number: thousands commas and scale words belong to the denominator
    ("the odds of a ferry sinking are one in 45 million", "one in 45 million", 2.222e-8,
     2.222e-8, "fraction"),
    ("a kiln cracks one in 10,000 times", "one in 10,000", 0.0001, 0.0001, "fraction"),
    ("a one in a million shot at the title", "one in a million", 1e-6, 1e-6, "fraction"),
    ("only 3 out of 1,000 bakeries", "3 out of 1,000", 0.003, 0.003, "fraction"),
    ("one in ten thousand tickets wins", "one in ten thousand", 0.0001, 0.0001, "fraction"),
    # a country's name or adjective before its own currency's word names that currency
    ("a jetty that cost 150 million Fijian dollars", "150 million Fijian dollars", 150e6, 150e6,
     "FJD"),
    ("ovens for 2.4 million Kenya shillings", "2.4 million Kenya shillings", 2.4e6, 2.4e6, "KES"),
    ("prize money of 80,000 Tunisian dinars", "80,000 Tunisian dinars", 80000, 80000, "TND"),
    ("a stadium of 3 billion Senegalese francs", "3 billion Senegalese francs", 3e9, 3e9, "XOF"),
    ("fares of 40 Jamaican dollars", "40 Jamaican dollars", 40, 40, "JMD"),
    # a rate by its symbols joined with a solidus is that rate, not the measure before it
    ("the fountain pumps 410 l/s at peak", "410 l/s", 410, 410, "litres per second"),
    ("the weir spilled 800 m3/s on Monday", "800 m3/s", 800, 800, "cubic metres per second"),
    ("a flow of 1,200m³/s downstream", "1,200m³/s", 1200, 1200, "cubic metres per second"),
    ("barley gave 6.5 t/ha this summer", "6.5 t/ha", 6.5, 6.5, "tonnes per hectare"),
    ("the vines yielded 39 hl/ha", "39 hl/ha", 39, 39, "hl per hectare"),
    # a speed by the SI's symbols, spaced or glued
    ("the kites flew in winds of 12 m/s", "12 m/s", 12, 12, "metres per second"),
    ("a sprinter's top speed of 11.8m/s", "11.8m/s", 11.8, 11.8, "metres per second"),
    # the container units by their names written out
    ("the quay held 8,400 twenty-foot equivalent units", "8,400 twenty-foot equivalent units",
     8400, 8400, "TEU"),
    # energy, not power: watt hours are their own units
    ("used 655 gigawatt-hours that day", "655 gigawatt-hours", 655, 655, "GWh"),
    ("a total of 512,300MWh", "512,300MWh", 512300, 512300, "MWh"),
    ("demand of 38.6GW", "38.6GW", 38.6, 38.6, "GW"),
    ("a crisis of this magnitude: 4,000 homes", "4,000", 4000, 4000, None),
    # the dollar sign before its country's letters, as the Australian wire writes it
    ("the union put the bill at $A75m a week", "$A75m", 75e6, 75e6, "AUD"),
    ("a $A1.9 billion upgrade", "$A1.9 billion", 1.9e9, 1.9e9, "AUD"),
    ("worth $US640 million", "$US640 million", 640e6, 640e6, "USD"),
    ("a $NZ12m wharf", "$NZ12m", 12e6, 12e6, "NZD"),
    # a code that is also a word, in capitals, before or after the amount
    ("a MAD 4.5bn dam", "MAD 4.5bn", 4.5e9, 4.5e9, "MAD"),
    ("fees of 3,800 MAD a term", "3,800 MAD", 3800, 3800, "MAD"),
    # the dirhams' own prefixes, before a thousands comma, a decimal or a scale: the scanner
    # gives the shared word's first code, the article's country gives Morocco's
    # (tests/test_home_currencies.py)
    ("grants of DH85,000 a farm", "DH85,000", 85000, 85000, "AED"),
    ("a DH1.2bn port", "DH1.2bn", 1.2e9, 1.2e9, "AED"),
    ("quotes of DH90,000-120,000 a roof", "DH90,000-120,000", 90000, 120000, "AED"),
    ("a Dh4.6bn tower", "Dh4.6bn", 4.6e9, 4.6e9, "AED"),
    # a cent or a penny glued to its digits, before the rate it is a price per
    ("the fee rose to 7.5c/kg this week", "7.5c", 0.075, 0.075, "USD"),
    ("bread went up 30c a loaf", "30c", 0.3, 0.3, "USD"),
    ("tolls of 15p per mile", "15p", 0.15, 0.15, "GBP"),
]


@pytest.mark.parametrize("text", [
    "grade 4c pupils sat the test",  # a grade, a form, a route: no rate after
    "the 3c bus was late",
])
def test_a_letter_glued_to_digits_without_a_rate_is_no_cent(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text", [
    "the striker scored two in 45 minutes",  # a count in a span of time, no share
    "the oven baked three in 10 days",
    "a flood seen once, one in 10,000 years",
])
def test_a_count_in_a_span_of_time_is_no_share(text: str) -> None:
    assert all(e.unit != "fraction" for e in scan(text))


@pytest.mark.parametrize(("text", "found", "low", "high", "unit"), FORMS)
def test_number_forms(text: str, found: str, low: float, high: float, unit: str | None) -> None:
    assert_scans_to(text, found, low, high, unit)


def test_the_same_value_again_in_brackets_is_in_the_unit_it_repeats() -> None:
    exprs = scan("paid Rs 3,00,000 (Rupees three lakh) to each")
    assert [(e.text, e.low, e.unit) for e in exprs] == [
        ("Rs 3,00,000", 3e5, "INR"), ("three lakh", 3e5, "INR")]
    # another value in brackets is no restatement
    assert scan("Rs 3,00,000 (four lakh in all)")[1].unit is None


def test_a_year_then_to_is_no_range_and_the_figure_after_it_keeps_its_unit() -> None:
    exprs = scan("grew from 18 percent in 2021 to 27 percent in the plan")
    assert [(e.text, e.unit) for e in exprs] == [
        ("18 percent", "percent"), ("2021", None), ("27 percent", "percent")]
    # a score or a season is still no number at all
    assert scan("a 4-1 win") == []
    assert scan("the 1994-95 season") == []


@pytest.mark.parametrize(("text", "found"), [
    # a year that ends a written date, then "to" and the figure a count was revised to
    ("revised the population as of 1 August 2030 to 52,611,037 from 52,406,118",
     ["1", "2030", "52,611,037", "52,406,118"]),
    ("the tally on March 3, 2031 to 412 from 380", ["3", "2031", "412", "380"]),
    ("set the fare for Sept. 2029 to 45 pence", ["2029", "45 pence"]),
    # two years with no date before them are still a span
    ("from 2020 to 2030", ["2020 to 2030"]),
    # a bare year, then "to" and a number grouped in thousands: a range writes its ends alike
    ("cut its count of inmates at the end of 2030 to 49,870 from 52,600",
     ["2030", "49,870", "52,600"]),
    ("raised its forecast for 2027 to 4,300 tonnes", ["2027", "4,300 tonnes"]),
    ("the league's tally of 2029 to 12,400 spectators", ["2029", "12,400"]),
    # the same ends written alike are still a range
    ("between 1,500 and 2,000 nurses", ["1,500 and 2,000"]),
    ("from 1,990 to 2,400 voters", ["1,990 to 2,400"]),
    # a number that could be a year, with nothing before it saying it is one: a range
    ("Crowds of 1500 to 2,000 people gathered", ["1500 to 2,000"]),
    ("Estimates put the crowd at 1900 to 2,400", ["1900 to 2,400"]),
    ("Peaks rise from 1800 to 2,100 metres", ["1800 to 2,100 metres"]),
    ("a herd of 1950 to 2,300 elephants", ["1950 to 2,300"]),
    # "for", "by" and "of" before a count: a range, unless a year of this century follows
    ("beds for 1900 to 2,600 patients", ["1900 to 2,600"]),
    ("a march of 2000 to 3,500 farmers", ["2000 to 3,500"]),
    ("cut by 1800 to 2,900 jobs", ["1800 to 2,900"]),
    ("the target was lifted during 1998 to 3,100 units", ["1998", "3,100"]),
])
def test_a_year_that_ends_a_date_then_to_is_no_range(text: str, found: list[str]) -> None:
    assert [e.text for e in scan(text)] == found


def test_a_year_then_to_an_amount_is_no_range() -> None:
    exprs = scan("rose from A$320 million in 2029 to A$410 million by March")
    assert [(e.text, e.low, e.high) for e in exprs] == [
        ("A$320 million", 320e6, 320e6), ("2029", 2029, 2029), ("A$410 million", 410e6, 410e6)]


@pytest.mark.parametrize(("text", "read"), [
    ("and the province its ₹3 lakh to 27, officials said",
     [("₹3 lakh", 3e5, 3e5, "INR"), ("27", 27, 27, None)]),
    ("Ostrava Mining paid $4 million to 18 of the families",
     [("$4 million", 4e6, 4e6, "USD"), ("18", 18, 18, None)]),
    ("the board gave Rs 1.5 crore to 60 schools",
     [("Rs 1.5 crore", 1.5e7, 1.5e7, "INR"), ("60", 60, 60, None)]),
    # a range's second end carries the scale, or its first leaves it to the second
    ("a bill of $4 million to 6 million", [("$4 million to 6 million", 4e6, 6e6, "USD")]),
    ("a bill of $4 to 6 million", [("$4 to 6 million", 4e6, 6e6, "USD")]),
    # an amount with a currency of its own, then a smaller bare number: whom it went to
    ("grants of $18,000 to 2,400 growers", [("$18,000", 18000, 18000, "USD"),
                                           ("2,400", 2400, 2400, None)]),
    ("cheques of DH60,000 to 950 households", [("DH60,000", 60000, 60000, "AED"),
                                              ("950", 950, 950, None)]),
    ("cheques of $1,500 to 640 poor households", [("$1,500", 1500, 1500, "USD"),
                                                  ("640", 640, 640, None)]),
    # a currency with no scale word and no counted noun after the bare number: no amount and count
    ("Prices ranged $12.50 to 9 a kilo", []),
    ("a fare cut of $9.80 to 7 each way", []),
    # a range rises, currency or not
    ("fares of $12 to $18", [("$12 to $18", 12, 18, "USD")]),
])
def test_a_scaled_amount_then_to_a_smaller_bare_number_is_no_range(
        text: str, read: list[tuple[str, float, float, str | None]]) -> None:
    assert [(e.text, e.low, e.high, e.unit) for e in scan(text)] == read


def test_a_noun_then_a_period_is_no_share() -> None:
    assert [e.unit for e in scan("a home in three years")] == [None]
    # "a" ending a name is no numerator
    assert [e.text for e in scan("surveyed 300 Vega users in nine towns")] == ["300", "nine"]


NOT_MEASURES = [
    "the 4x4 vehicles",  # a name, not a measure
    "a 3kgx2 pack",
    "the 4c cable",  # a scale letter in lower case is no temperature
]


def test_up_a_third_time_is_an_ordinal() -> None:
    assert scan("the river rose up a third time") == []
    assert scan("prices went down a second straight month") == []


@pytest.mark.parametrize("text", NOT_MEASURES)
def test_a_symbol_run_into_other_letters_is_no_measure(text: str) -> None:
    assert all(e.unit is None for e in scan(text))



def test_a_cased_prefix_a_space_may_follow_is_money_only_as_written() -> None:
    """ "Rp 500,000" is the rupiah, as Indonesia's press writes it; "RP 4" may be anything."""
    assert [e.unit for e in scan("the RP 4 form")] == [None]
    assert [e.unit for e in scan("a fee of rp 400")] == [None]


@pytest.mark.parametrize("text", [
    "the crowd went mad 3 minutes later",
    "some 400 mad dashes",
    "a DH3 hitter",  # a guarded prefix needs a thousands comma, a decimal or a scale
    "the Dh 40 bus",
])
def test_a_cased_code_or_prefix_is_money_only_as_written(text: str) -> None:
    """ "MAD 120bn" is the dirham; "mad" in a sentence is a word, and "DH3" a code."""
    assert all(e.unit is None for e in scan(text))
