"""The figure grammar, rule by rule: values and units (no parse needed), then what the parse adds
(qualifiers, counted nouns, what is not a figure), and properties over arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract.defined_codes import codes_defined
from store.extract.figures.not_claims import _date_like
from store.extract.numbers import scan
from store.knowledge.units import reading_codes
from tests.conftest import assert_scans_to

VALUES = [
    # text, expression found, low, high, unit
    ("2,000 people", "2,000", 2000, 2000, None),
    ("3.5 percent", "3.5 percent", 3.5, 3.5, "percent"),
    ("12% of", "12%", 12, 12, "percent"),
    ("1,234,567 votes", "1,234,567", 1234567, 1234567, None),
    ("9,000-12,000 members", "9,000-12,000", 9000, 12000, None),
    ("16,000 to 27,000 fighters", "16,000 to 27,000", 16000, 27000, None),
    ("between 9,000 and 12,000 militants", "9,000 and 12,000", 9000, 12000, None),
    ("$50-$300 million", "$50-$300 million", 50e6, 300e6, "USD"),
    ("£39m-231m", "£39m-231m", 39e6, 231e6, "GBP"),
    ("$4 billion", "$4 billion", 4e9, 4e9, "USD"),
    ("€40m-55m", "€40m-55m", 40e6, 55e6, "EUR"),
    ("US$310 million", "US$310 million", 310e6, 310e6, "USD"),
    ("CHF 12 million", "CHF 12 million", 12e6, 12e6, "CHF"),
    ("£2.5bn", "£2.5bn", 2.5e9, 2.5e9, "GBP"),
    ("4.5 billion meticais", "4.5 billion meticais", 4.5e9, 4.5e9, "MZN"),
    ("300 million euros", "300 million euros", 300e6, 300e6, "EUR"),
    ("88,000 square kilometres", "88,000 square kilometres", 88000, 88000, "km2"),
    # the square and cubic forms of every length the grammar knows, never the length itself
    ("the basin stored 212 cubic hectometres", "212 cubic hectometres", 212, 212,
     "cubic hectometres"),
    ("61 hm3 of water", "61 hm3", 61, 61, "cubic hectometres"),
    ("a lens of 3 square millimetres", "3 square millimetres", 3, 3, "mm2"),
    ("a 750 square centimetre canvas", "750 square centimetre", 750, 750, "cm2"),
    ("a swatch of 20 square inches", "20 square inches", 20, 20, "in2"),
    ("a zone of 1,300 square nautical miles", "1,300 square nautical miles", 1300, 1300,
     "square nautical miles"),
    ("15 cubic centimetres of serum", "15 cubic centimetres", 15, 15, "cubic centimetres"),
    ("an engine of 427 cubic inches", "427 cubic inches", 427, 427, "cubic inches"),
    ("40 cubic miles of ice", "40 cubic miles", 40, 40, "cubic miles"),
    ("a drop of 8 cubic millimetres", "8 cubic millimetres", 8, 8, "cubic millimetres"),
    ("220,000 hectares", "220,000 hectares", 220000, 220000, "hectares"),
    # a gas's concentration in air, as exposure limits give it, by name or by symbol
    ("the oven's vent read between 30 and 45 ppm", "30 and 45 ppm", 30, 45, "ppm"),
    ("carbon monoxide at 60 parts per million", "60 parts per million", 60, 60, "ppm"),
    ("ozone of 70 ppb at the rink", "70 ppb", 70, 70, "ppb"),
    ("flour dust of 4 milligrams per cubic metre", "4 milligrams per cubic metre", 4, 4, "mg/m3"),
    ("a limit of 10 mg/m3 in the mill", "10 mg/m3", 10, 10, "mg/m3"),
    ("six strikes", "six", 6, 6, None),
    ("a dozen attacks", "a dozen", 12, 12, None),
    ("eight million people", "eight million", 8e6, 8e6, None),
    ("twenty-five thousand", "twenty-five thousand", 25000, 25000, None),
    ("two hundred and fifty", "two hundred and fifty", 250, 250, None),
    ("one-third of the", "one-third", 0.3333, 0.3333, "fraction"),
    ("two-thirds of", "two-thirds", 0.6667, 0.6667, "fraction"),
    ("a quarter of the", "a quarter", 0.25, 0.25, "fraction"),
    ("half of the", "half", 0.5, 0.5, "fraction"),
    # a fraction of a scale word is a number, not a share
    ("a quarter of a million people", "a quarter of a million", 250e3, 250e3, None),
    ("three quarters of a billion dollars", "three quarters of a billion dollars", 750e6, 750e6,
     "USD"),
    # the exact share of the scale, not the share rounded first
    ("two-thirds of a million voters", "two-thirds of a million", 666667, 666667, None),
    ("a third of a million workers", "a third of a million", 333333, 333333, None),
    ("one sixth of a billion", "one sixth of a billion", 166666667, 166666667, None),
    ("hundreds of women", "hundreds", 100, 100, None),
    # "dozens" is more than one dozen ("a dozen" is twelve)
    ("dozens of bakeries", "dozens", 24, 24, None),
    ("dozens of millions of euros", "dozens of millions of euros", 24e6, 24e6, "EUR"),
    ("tens of millions of dollars", "tens of millions of dollars", 1e7, 1e7, "USD"),
    ("tens of thousands of people", "tens of thousands", 1e4, 1e4, None),
    ("billions of dollars", "billions of dollars", 1e9, 1e9, "USD"),
    ("the 1,\\500 UN troops", "1,\\500", 1500, 1500, None),
    ("a 5,000-strong force", "5,000", 5000, 5000, None),
    ("0.5 percent", "0.5 percent", 0.5, 0.5, "percent"),
    # a currency's hundredth is that much of the currency
    ("closed at 38.5 pence", "38.5 pence", 0.385, 0.385, "GBP"),
    ("between 20 and 30 pence", "20 and 30 pence", 0.2, 0.3, "GBP"),
    ("7 in 10 voters", "7 in 10", 0.7, 0.7, "fraction"),
    ("one in five households", "one in five", 0.2, 0.2, "fraction"),
    # "every" between the two numbers says the same share
    ("one in every 8 bakeries on the high street", "one in every 8", 0.125, 0.125, "fraction"),
    ("three out of every four marathon entrants", "three out of every four", 0.75, 0.75,
     "fraction"),
    # "a" before the numerator of odds is its article, no noun between: the scale stays on
    ("a one in 20 million chance", "one in 20 million", 5e-8, 5e-8, "fraction"),
    ("faces a one in two billion risk", "one in two billion", 5e-10, 5e-10, "fraction"),
    ("a one in 75 shot at the title", "one in 75", 0.0133, 0.0133, "fraction"),
    ("odds of one in 13.98 million per ticket", "one in 13.98 million", 7.153e-8, 7.153e-8,
     "fraction"),
    ("Rs 45 crore", "Rs 45 crore", 450e6, 450e6, "INR"),
    # digits grouped in lakhs, then a punctuation comma
    ("runners numbered 14,52,310, the organisers said", "14,52,310", 1452310, 1452310, None),
    ("a library of 3,25,000, or more", "3,25,000", 325000, 325000, None),
    ("KSh 3.6 trillion", "KSh 3.6 trillion", 3.6e12, 3.6e12, "KES"),
    ("3.4 percentage points", "3.4 percentage points", 3.4, 3.4, "percentage points"),
    ("25 to 50 basis points", "25 to 50 basis points", 25, 50, "basis points"),
    # a scale word glued to its digits, and the two ends of a range written differently
    ("some 40million gallons", "40million gallons", 40e6, 40e6, "gallons"),
    ("2.75bn people", "2.75bn", 2.75e9, 2.75e9, None),
    ("12million to 19 million litres", "12million to 19 million litres", 12e6, 19e6, "litres"),
    ("€1.1bn-€1.6bn", "€1.1bn-€1.6bn", 1.1e9, 1.6e9, "EUR"),
    # local currency prefixes; "P" is the peso only before a decimal or a scale
    ("Tk 310 crore", "Tk 310 crore", 3.1e9, 3.1e9, "BDT"),
    ("TT$75 million", "TT$75 million", 75e6, 75e6, "TTD"),
    ("P41.2 billion", "P41.2 billion", 41.2e9, 41.2e9, "PHP"),
    ("P7bn in repairs", "P7bn", 7e9, 7e9, "PHP"),
    ("₱300 million", "₱300 million", 300e6, 300e6, "PHP"),
    # a prefix that is a currency only in capitals, glued to its digits
    ("a bag now costs MK8,500", "MK8,500", 8500, 8500, "MWK"),
    ("a MK21 billion plan", "MK21 billion", 21e9, 21e9, "MWK"),
    # "K" glued to a decimal, a scale word or a thousands comma is the kwacha
    ("levies of K7.4bn were paid", "K7.4bn", 7.4e9, 7.4e9, "MWK"),
    ("a grant of K120,000 per family", "K120,000", 120000, 120000, "MWK"),
    ("the bread now costs K38.60", "K38.60", 38.6, 38.6, "MWK"),
    ("the Mk 3 tank", "3", 3, 3, None),
    ("fines of R2,500 each", "R2,500", 2500, 2500, "ZAR"),
    ("a R3.2bn bridge", "R3.2bn", 3.2e9, 3.2e9, "ZAR"),
    ("R640 million for schools", "R640 million", 640e6, 640e6, "ZAR"),
    ("row R 45 of the grid", "45", 45, 45, None),
    # the Kenyan shilling glued to its digits; the Peruvian sol's sign and its plural
    ("a grant of Sh2,480 a pupil", "Sh2,480", 2480, 2480, "KES"),
    ("a Sh71.5bn road fund", "Sh71.5bn", 71.5e9, 71.5e9, "KES"),
    ("repairs put at S/ 2.3bn", "S/ 2.3bn", 2.3e9, 2.3e9, "PEN"),
    ("a levy of 640m soles", "640m soles", 640e6, 640e6, "PEN"),
    # the balboa's sign, glued to a leading point ("B/.75m" is 75 million, not .75 million)
    ("a dredging bill of B/.75m", "B/.75m", 75e6, 75e6, "PAB"),
    ("tolls worth B/.1,930 million a year", "B/.1,930 million", 1.93e9, 1.93e9, "PAB"),
    # measures, written out as the guide writes units
    ("310 square miles", "310 square miles", 310, 310, "square miles"),
    ("40 cubic metres", "40 cubic metres", 40, 40, "cubic metres"),
    ("a flow of 4,500 cubic feet", "4,500 cubic feet", 4500, 4500, "cubic feet"),
    ("1.2 million gallons", "1.2 million gallons", 1.2e6, 1.2e6, "gallons"),
    ("90 nautical miles", "90 nautical miles", 90, 90, "nautical miles"),
    ("a reservoir losing 75 megalitres", "75 megalitres", 75, 75, "megalitres"),
    ("pumped 640 Ml overnight", "640 Ml", 640, 640, "megalitres"),
    # the litre's other multiples and parts, and the cubic kilometre
    ("the brewery sold 41,000 hectolitres of lager", "41,000 hectolitres", 41000, 41000,
     "hl"),
    ("a dairy output of 2,300hl last month", "2,300hl", 2300, 2300, "hl"),
    ("the olive presses filled 850 hl of oil", "850 hl", 850, 850, "hl"),
    ("an allocation of 1,450 gigalitres to irrigators", "1,450 gigalitres", 1450, 1450,
     "gigalitres"),
    ("the dam held 3,100 GL at the weekend", "3,100 GL", 3100, 3100, "gigalitres"),
    ("a dose of 5 millilitres of syrup", "5 millilitres", 5, 5, "millilitres"),
    ("a glacier that lost 12 cubic kilometres of ice", "12 cubic kilometres", 12, 12,
     "cubic kilometres"),
    ("a 250 ml bottle", "250", 250, 250, None),  # millilitres are not megalitres
    ("4 million US gallons", "4 million US gallons", 4e6, 4e6, "US gallons"),
    ("9 imperial gallons", "9 imperial gallons", 9, 9, "imperial gallons"),
    ("winds of 185 km/h", "185 km/h", 185, 185, "km/h"),  # the symbol, as written
    ("winds of 185 kilometres per hour", "185 kilometres per hour", 185, 185, "km per hour"),
    # multipliers are ratios
    ("nearly seven times the usual number", "seven times", 7, 7, "ratio"),
    ("a ninefold increase", "ninefold", 9, 9, "ratio"),
    ("a 2.5-fold rise", "2.5-fold", 2.5, 2.5, "ratio"),
    ("20 times higher than", "20 times", 20, 20, "ratio"),
    # a percentage sign written on both ends of a range, after a dash or "between"
    ("a band of 2.75%-3.25%", "2.75%-3.25%", 2.75, 3.25, "percent"),
    ("turnout between 61% and 64%", "61% and 64%", 61, 64, "percent"),
    ("between 1.5 percent and 2 percent", "1.5 percent and 2 percent", 1.5, 2, "percent"),
    # a fraction word after "by", "about" or "than" is a share, though no "of" follows
    ("rents were cut by a third on Monday", "a third", 0.3333, 0.3333, "fraction"),
    ("it fell by about a sixth.", "a sixth", 0.1667, 0.1667, "fraction"),
    ('still "less than half"', "half", 0.5, 0.5, "fraction"),
    # a fraction of a measure, a measure joined to its noun, "one" of a measure
    ("it trimmed the margin by half a percentage point", "half a percentage point", 0.5, 0.5,
     "percentage points"),
    ("a third of a percentage point", "a third of a percentage point", 0.3333, 0.3333,
     "percentage points"),
    ("after a 75 basis-point cut", "75 basis-point", 75, 75, "basis points"),
    ("a margin of one percentage point", "one percentage point", 1, 1, "percentage points"),
    # one-word multipliers that compare are ratios
    ("a debt nearly twice what the treasury forecast", "twice", 2, 2, "ratio"),
    ("thrice as many seats", "thrice", 3, 3, "ratio"),
    # a minus sign written before the digits
    ("| North | -0.7 |", "-0.7", -0.7, -0.7, None),
    ("a low of \u22124.5", "\u22124.5", -4.5, -4.5, None),
    # "as low as X and as high as Y" is one range
    ("as few as 140 and as many as 600 boats", "140 and as many as 600", 140, 600, None),
    # a currency's singular after a scale word; "pound" alone is a weight, left to the grammar
    ("the council took a 90 million pound bridging loan", "90 million pound", 90e6, 90e6, "GBP"),
    ("a 2.5bn pound contract for frigates", "2.5bn pound", 2.5e9, 2.5e9, "GBP"),
    ("a 40 pound sack of oats", "40", 40, 40, None),
    # the naira's "N" only before a decimal, a scale word or a thousands comma, as the peso's "P"
    ("the levy was put at N1.2trn", "N1.2trn", 1.2e12, 1.2e12, "NGN"),
    ("a N45bn bailout for millers", "N45bn", 45e9, 45e9, "NGN"),
    ("kerosene at N1,850 a litre", "N1,850", 1850, 1850, "NGN"),
    ("between N1,400 and N1,600", "N1,400 and N1,600", 1400, 1600, "NGN"),
    ("a voucher worth P1,500 a family", "P1,500", 1500, 1500, "PHP"),
    ("the N7 bridge carried 900 lorries", "900", 900, 900, None),
    # the won's "W" likewise; the other signs of the currency symbols block
    ("creditors are owed W2.7tn", "W2.7tn", 2.7e12, 2.7e12, "KRW"),
    ("a fee of W45,000 a visit", "W45,000", 45000, 45000, "KRW"),
    ("the W9 ring road took 300 cars", "300", 300, 300, None),
    ("savings of up to ₩80 million a saver", "₩80 million", 80e6, 80e6, "KRW"),
    ("a bowl of pho at ₫45,000", "₫45,000", 45000, 45000, "VND"),
    ("a ₴3.4bn grant for the grid", "₴3.4bn", 3.4e9, 3.4e9, "UAH"),
    ("₪120 million for the port", "₪120 million", 120e6, 120e6, "ILS"),
    ("rice at ฿18 a kilo", "฿18", 18, 18, "THB"),
    ("medics kept 20,000 N95 masks", "20,000", 20000, 20000, None),
    # the won's "W" likewise, as financial copy writes it
    ("the shipyard booked a W2.7tn order", "W2.7tn", 2.7e12, 2.7e12, "KRW"),
    ("a levy of W30bn to W55bn on tolls", "W30bn to W55bn", 30e9, 55e9, "KRW"),
    ("the brewer's stock closed at W12,350", "W12,350", 12350, 12350, "KRW"),
    ("losses of W1.2tn-1.5tn at the insurer", "W1.2tn-1.5tn", 1.2e12, 1.5e12, "KRW"),
    ("the W7 coach took 48 pupils", "48", 48, 48, None),
    # the kwacha's "K" likewise: no decimal, scale or thousands comma, no kwacha
    ("the K9 unit searched 40 cars", "40", 40, 40, None),
    ("a K2 climb took 62 days", "62", 62, 62, None),
    # currencies named by a word of their own
    ("the court fined the trader 40 billion rials", "40 billion rials", 40e9, 40e9, "IRR"),
    ("a 2 billion kwanza loan to the port", "2 billion kwanza", 2e9, 2e9, "AOA"),
    # hundredths of a currency
    ("the stock ended at 14.2 pence", "14.2 pence", 0.142, 0.142, "GBP"),
    ("a loaf now costs 85 cents", "85 cents", 0.85, 0.85, "USD"),
    ("diesel at about 71 US cents a litre", "71 US cents", 0.71, 0.71, "USD"),
    # "pc" for percent in lower case only: "Ten PC officers" are police constables
    ("rents rose 40pc in a year", "40pc", 40, 40, "percent"),
    ("a 12.5 pc stake in the mill", "12.5 pc", 12.5, 12.5, "percent"),
    ("Ten PC officers stood by", "Ten", 10, 10, None),
    # what a creditor gets back of each pound or dollar owed is a share of it
    ("suppliers may see 3p in the pound", "3p", 3, 3, "percent"),
    ("between 6p and 11p in the pound", "6p and 11p", 6, 11, "percent"),
    ("lenders recover 35-45 cents on the dollar", "35-45 cents", 35, 45, "percent"),
    # a temperature's scale named alone after the number, as a conversion in brackets gives it
    ("(111.4 Fahrenheit)", "111.4 Fahrenheit", 111.4, 111.4, "degrees Fahrenheit"),
    ("a low of 3 Celsius overnight", "3 Celsius", 3, 3, "degrees Celsius"),
    # the kilogram by its short name and its other spellings
    ("traders hold 300 kilos of cardamom", "300 kilos", 300, 300, "kg"),
    ("a 25 kilogram sack", "25 kilogram", 25, 25, "kg"),
    # shipping's own measures: a ship's tonnage and a port's boxes, in capitals
    ("the terminal moved 4.2 million TEU last year", "4.2 million TEU", 4.2e6, 4.2e6, "TEU"),
    ("a 2,950 GT trawler", "2,950 GT", 2950, 2950, "GT"),
    ("a 160,000 DWT bulk carrier", "160,000 DWT", 160000, 160000, "DWT"),
    ("a mall of 1.2 million square feet", "1.2 million square feet", 1.2e6, 1.2e6,
     "ft2"),
    ("a 2,400 sq ft house", "2,400 sq ft", 2400, 2400, "ft2"),
    # the Swiss franc's abbreviations, in the case written
    ("the council put the bill at Sfr45m", "Sfr45m", 45e6, 45e6, "CHF"),
    ("a SFr. 1.2bn rescue", "SFr. 1.2bn", 1.2e9, 1.2e9, "CHF"),
    ("the SFR 5G network covers 90 towns", "90", 90, 90, None),
    # basis points by markets copy's abbreviation
    ("bond yields fell 18 bps on Friday", "18 bps", 18, 18, "basis points"),
    # a spaced "m" after digits grouped in thousands is metres, a spaced "t" after a scale tonnes
    ("the pass, at 2,475 m, is shut", "2,475 m", 2475, 2475, "metres"),
    ("a harvest of 1.8mn t of maize", "1.8mn t", 1.8e6, 1.8e6, "tonnes"),
    ("imports of 3 million t this year", "3 million t", 3e6, 3e6, "tonnes"),
    # but a currency's amount, a glued "m" or a "t" that starts a word keep their million
    ("a bid of $1,250 m for the mill", "$1,250 m", 1.25e9, 1.25e9, "USD"),
    ("the club spent 4.5m on wages", "4.5m", 4.5e6, 4.5e6, None),
    ("printed 2mn t-shirts", "2mn", 2e6, 2e6, None),
    # the dollar's country after the sign, as Australian copy writes it
    ("a levy of $A45 million", "$A45 million", 45e6, 45e6, "AUD"),
    ("fares rose to $A1,250", "$A1,250", 1250, 1250, "AUD"),
    ("a loss of $US2.1bn", "$US2.1bn", 2.1e9, 2.1e9, "USD"),
    ("a $NZ40m stadium", "$NZ40m", 40e6, 40e6, "NZD"),
    # local prefixes of the renminbi, the Gulf currencies, the ringgit, the lira, the birr...
    ("a RMB 5 billion fund", "RMB 5 billion", 5e9, 5e9, "CNY"),
    ("a Rmb40bn stimulus", "Rmb40bn", 40e9, 40e9, "CNY"),
    ("a RD$450 million loan", "RD$450 million", 450e6, 450e6, "DOP"),
    ("KShs 2.1 billion for roads", "KShs 2.1 billion", 2.1e9, 2.1e9, "KES"),
    ("a SR1.2bn stadium", "SR1.2bn", 1.2e9, 1.2e9, "SAR"),
    ("a QR500 million port", "QR500 million", 500e6, 500e6, "QAR"),
    ("fines of JD1,200", "JD1,200", 1200, 1200, "JOD"),
    ("a BD2.5m grant", "BD2.5m", 2.5e6, 2.5e6, "BHD"),
    ("a RO5mn plant", "RO5mn", 5e6, 5e6, "OMR"),
    ("LE5 billion in subsidies", "LE5 billion", 5e9, 5e9, "EGP"),
    ("a Br5 billion dam", "Br5 billion", 5e9, 5e9, "ETB"),
    ("RM320 million for flood relief", "RM320 million", 320e6, 320e6, "MYR"),
    ("fees of RM1,200 a year", "RM1,200", 1200, 1200, "MYR"),
    ("a TL5bn bond", "TL5bn", 5e9, 5e9, "TRY"),
    ("KD5 million in aid", "KD5 million", 5e6, 5e6, "KWD"),
    ("Shs5 billion for schools", "Shs5 billion", 5e9, 5e9, "KES"),
    # ... but initials before a plain number are no currency
    ("the SR 520 bridge reopened", "520", 520, 520, None),
    ("JD Sports opened 12 stores", "12", 12, 12, None),
    ("Br 5 of the order", "5", 5, 5, None),
    ("RM 5 stores closed", "5", 5, 5, None),
    ("a TL 3 team won", "3", 3, 3, None),
    ("KD 35 points behind", "35 points", 35, 35, "points"),
    # measures the units file gives: the square metre, "kmph", the kilowatt, mega- and gigatonnes
    # (the square metre by its symbol, as the guide writes the square kilometre)
    ("a flat of 64 square metres", "64 square metres", 64, 64, "m2"),
    ("the 1,200 sq m plot", "1,200 sq m", 1200, 1200, "m2"),
    ("a 90m2 shop", "90m2", 90, 90, "m2"),
    ("a 45 m² studio", "45 m²", 45, 45, "m2"),
    ("a yard of 3,500 square meters", "3,500 square meters", 3500, 3500, "m2"),
    # a concentration in air, by its symbol however copy writes it
    ("PM10 averaged 212 micrograms per cubic metre", "212 micrograms per cubic metre", 212, 212,
     "ug/m3"),
    ("ozone peaked at 180 µg/m³ in July", "180 µg/m³", 180, 180, "ug/m3"),
    ("a limit of 40 μg/m3 a year", "40 μg/m3", 40, 40, "ug/m3"),
    ("nitrogen dioxide at 95 ug/m3", "95 ug/m3", 95, 95, "ug/m3"),
    ("a tablet of 400 micrograms", "400 micrograms", 400, 400, "micrograms"),
    # a reading on the air quality index, the index named before or after it
    ("the Air Quality Index was 312 at noon", "312", 312, 312, "AQI"),
    ("Lahore's AQI hit 455 on Friday", "455", 455, 455, "AQI"),
    ("the city's AQI for Tuesday stood at 188", "188", 188, 188, "AQI"),
    ("the air quality index (AQI) reached 276", "276", 276, 276, "AQI"),
    ("it eased to 210 on the AQI scale", "210", 210, 210, "AQI"),
    # a number after the index and a date is the date's; a count after the index is a count
    ("the AQI for March 4 was revised", "4", 4, 4, None),
    ("the AQI in 12 cities was severe", "12", 12, 12, None),
    ("it ran at 96 kmph", "96 kmph", 96, 96, "km per hour"),
    ("a 7kW charger", "7kW", 7, 7, "kW"),
    ("36.8 gigatonnes of carbon dioxide", "36.8 gigatonnes", 36.8, 36.8, "gigatonnes"),
    ("cut by 4 megatonnes a year", "4 megatonnes", 4, 4, "megatonnes"),
    # the dirham glued to its digits, and a code that is a word read only in capitals
    ("grants of Dh35,000 per villa", "Dh35,000", 35000, 35000, "AED"),
    ("a DH2.4bn dam", "DH2.4bn", 2.4e9, 2.4e9, "AED"),
    ("a MAD 75bn port plan", "MAD 75bn", 75e9, 75e9, "MAD"),
    ("loans of 600 million MAD", "600 million MAD", 600e6, 600e6, "MAD"),
    ("the crowd went mad 20 minutes in", "20", 20, 20, None),
    ("about 300 mad cows", "300", 300, 300, None),
    # "and" joins a number's words only after "hundred" or a scale: between two small numbers
    # it is a range's, or a list's
    ("each pupil reads between one and two books a week", "one and two", 1, 2, None),
    ("the court heard between three and four witnesses a day", "three and four", 3, 4, None),
    ("a fleet of two hundred and forty buses", "two hundred and forty", 240, 240, None),
    ("a thousand and one nights of strikes", "a thousand and one", 1001, 1001, None),
    ("three million and six votes were cast", "three million and six", 3000006, 3000006, None),
    # "from" after a verb of spread starts a range of percentages, as "between" does
    ("the rent rises ranged from 4% to 9% across the boroughs", "4% to 9%", 4, 9, "percent"),
    ("pass rates varied from 61.5 percent to 88 percent", "61.5 percent to 88 percent", 61.5, 88,
     "percent"),
    ("tariffs, ranging from 10% to 25%, apply from May", "10% to 25%", 10, 25, "percent"),
    # a word of percent hyphened to its digits, as a compound modifier writes it
    ("the bakery chain took a 12-per-cent stake in the mill", "12-per-cent", 12, 12, "percent"),
    ("a 12.5-per-cent rise in bus fares", "12.5-per-cent", 12.5, 12.5, "percent"),
    ("the marathon announced a 20-percent cut in entry fees", "20-percent", 20, 20, "percent"),
]


@pytest.mark.parametrize(("text", "found", "low", "high", "unit"), VALUES)
def test_value_and_unit(text: str, found: str, low: float, high: float, unit: str | None) -> None:
    assert_scans_to(text, found, low, high, unit)


NOT_NUMBERS = [
    "Call the desk on 0777 318 204.",  # telephone numbers, national and international
    "Press: ACME Aid, +27 2 555 0418, press@acme.example",  # a comma after the last group
    "### 4. Damage to roads",  # a numbered heading
    '3. "Arrivals" means people detected at sea.',  # a numbered note
    "Media enquiries: +44 20 7946 0321 | desk@example.org",
    "Press office: +33 1 40 11 22 33",
    "**Control room:** 0361-2750 4418",  # a trunk code, a dash, the number in two groups
    "Ilyushin Il-76 transport planes",  # model name
    "Bayraktar TB2 drones",
    "the Twenty-fourth report",  # ordinal
    "dated 8/2/19",  # numeric date
    "at 7:25 pm",  # time
    "in the 1990s",  # decade
    "a pre-2016 level",
    "a 9-year-old girl",  # age
    "a two-room house",  # descriptive compound
    "for the third time",  # ordinal, not a fraction
    "a fourth straight day",
    "the 24th of May",
    "a 3-2 vote",  # a score, written high to low
    "the 1990-91 season",
    # digits inside addresses, identifiers, codes and list numbering
    "see https://news.example.com/2024/05/17/flood-toll-4471 for more",
    "write to desk@paper.example.org",
    "doi:10.1234/abc.2021.77",
    "Photo: Reuters, RTX-2024-0517-883",
    "the file IMG_4471 shows",
    "ref AB-12-7781-C",
    "4. Response and recovery",
    "UPDATE 2-Harbour board widens dredging plan",  # a wire headline's version slug
    "REFILE-UPDATE 1-Grain barges held at upper lock",
    "They ask the council to:\n1. publish the audit;\n2. fund the repairs.",
    "Press desk: Ana Ruiz, 021 447 3190, ana@example.org",  # a comma after a national number
    # half of a period, not a share
    "output in the first half of the quarter",
    "in the second half of the season",
    "the ballots were counted twice.",  # how often, not a ratio
]


@pytest.mark.parametrize(("text", "values"), [
    # an "m" alone in brackets after a length is metres; after an amount, or out of brackets,
    # millions
    ("the weir stood at 41.3 feet (12.59 m) on Friday", [(41.3, "feet"), (12.59, "metres")]),
    ("a spillway 300 feet (91m) wide", [(300, "feet"), (91, "metres")]),
    ("it cost 400m ($447m) in all", [(400e6, None), (447e6, "USD")]),
    ("the wall rose 30 feet and 4m was spent", [(30, "feet"), (4e6, None)]),
])
def test_an_m_in_brackets_after_a_length_is_metres(text: str,
                                                    values: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(e.low), e.unit) for e in scan(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    # an "m" that a dimension follows is metres, spaced or glued
    ("the sinkhole is 25 m wide and 9 m deep", [(25, "metres"), (9, "metres")]),
    ("crews dug an 8m-deep trench", [(8, "metres")]),
    ("the new sea wall will be 6 m high", [(6, "metres")]),
    ("the tank is 3.5 m in diameter", [(3.5, "metres")]),
    ("a pier 120m long juts into the bay", [(120, "metres")]),
    # millions where "long" or "high" begins another phrase, or where no dimension follows
    ("the clinic treated 2m patients long after the outbreak", [(2e6, None)]),
    ("some 3m high school pupils sat the exam", [(3e6, None)]),
    ("a further 4m high-income homes were surveyed", [(4e6, None)]),
    ("the ministry spent 45m on the wall", [(45e6, None)]),
])
def test_an_m_that_a_dimension_follows_is_metres(text: str,
                                                 values: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(e.low), e.unit) for e in scan(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    # an "m" that a river, a tide or snow reaches is metres
    ("the canal crested at 3.47m on Monday, above the 3.1m mark", [(3.47, "metres"),
                                                                    (3.1, "metres")]),
    ("on the estuary the spring tide reached 7.9m.", [(7.9, "metres")]),
    ("in the pass snow drifts built to nearly 4m overnight", [(4, "metres")]),
    # ... but a sentence about money, people or an audience keeps its millions
    ("the canal trust's repair budget rose to 3.4m", [(3.4e6, None)]),
    ("spectators of the rowing final on the river reached 1.6m", [(1.6e6, None)]),
    ("viewers of the tide documentary peaked at 2.2m on Sunday", [(2.2e6, None)]),
    ("the lake drew 5m people last year", [(5e6, None)]),
    ("flooding on the river hit 2m homes", [(2e6, None)]),
])
def test_an_m_that_water_or_snow_reaches_is_metres(text: str,
                                                   values: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(e.low), e.unit) for e in scan(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    # a bare decimal listed before a number with a scale is in that scale and unit
    ("boards cut forecasts to 14.1 and 15.2 million tonnes",
     [(14.1e6, "tonnes"), (15.2e6, "tonnes")]),
    ("bids of 2.5, 3.1 and 4 billion euros", [(2.5e9, "EUR"), (3.1e9, "EUR"), (4e9, "EUR")]),
    # a whole number, or one of another order, keeps its own value
    ("grew 1.5 and 300 million", [(1.5, None), (300e6, None)]),
    ("3 and 4 million tonnes", [(3, None), (4e6, "tonnes")]),
])
def test_a_scale_said_once_serves_a_listed_decimal(text: str,
                                                   values: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(e.low), e.unit) for e in scan(text)] == values


def test_a_wire_slug_hides_only_its_own_number() -> None:
    found = scan("UPDATE 3-Kesh port ships 4,200 tonnes of barley\nThe UPDATE 5 of the rules")
    assert [(e.low, e.unit) for e in found] == [(4200, "tonnes"), (5, None)]


def test_a_bracketed_number_that_repeats_the_words_before_it_is_one_figure() -> None:
    assert [e.text for e in scan("Twenty-one (21) boats sank.")] == ["Twenty-one"]
    assert [e.text for e in scan("Six (of 21) boats sank.")] == ["Six", "21"]


@pytest.mark.parametrize(("text", "found"), [
    # a year that names the prices a sum is valued at is no sum of its own
    ("The bridge cost $2.4 billion in 2018 dollars.", ["$2.4 billion"]),
    ("Losses reached €900 million in constant 2021 euros.", ["€900 million"]),
    ("The fund is worth £3bn at 2010 pounds.", ["£3bn"]),
    # a sum of dollars written as four digits, with no "in" or "at" before it, stays
    ("He gave away 2015 dollars to the shelter.", ["2015 dollars"]),
    # only a basis word may stand between "in" / "at" and the year; with none, a sum goes before
    ("The court fined him at least 2000 dollars.", ["2000 dollars"]),
    ("The tickets were priced at 2000 dollars each.", ["2000 dollars"]),
    ("The family received in all 2000 euros of aid.", ["2000 euros"]),
    ("Output was $1.2 trillion at real 2015 dollars.", ["$1.2 trillion"]),
])
def test_a_year_of_a_price_basis_is_no_figure(text: str, found: list) -> None:
    assert [e.text for e in scan(text)] == found


def test_a_change_then_a_level_is_two_percentages_not_a_range() -> None:
    assert [e.text for e in scan("Fares rose 0.4% to 3.9% in May.")] == ["0.4%", "3.9%"]
    assert [e.text for e in scan("Fares rose from 2% to 3% in May.")] == ["2%", "3%"]


# two percentages joined by "to" right after a verb of change, close together, are one range of
# the change; "from" before the first, a change far smaller than its level, or no verb of change
# leave them two figures
CHANGE_RANGES = [
    ("Water bills could rise 20% to 30% next year.", ["20% to 30%"]),
    ("Exports are expected to fall 8% to 12% this season.", ["8% to 12%"]),
    ("Tuition may go up 5 per cent to 9 per cent.", ["5 per cent to 9 per cent"]),
    ("Ridership grew 15% to 25% on the new lines.", ["15% to 25%"]),
    # "by" between the verb and the pair changes nothing
    ("Cinema ticket prices rose by 30% to 40% over the summer.", ["30% to 40%"]),
    ("The harbour's jobless rate rose by 0.5% to 5.5%.", ["0.5%", "5.5%"]),
    ("Ferry fares increased by 4% to 6.2% last year.", ["4%", "6.2%"]),
    # a verb that moves its object, then "by": the pair is the move's range, unless the object
    # is a rate (its move, then its level)
    ("The closure has pushed up bread prices in Elmford by 30% to 40%.", ["30% to 40%"]),
    ("The strike drove ticket prices up by 10% to 15% last month.", ["10% to 15%"]),
    ("The bank cut the lending rate by 0.5% to 1% on Tuesday.", ["0.5%", "1%"]),
    ("Bus fares rose from 20% to 30% of a day's wage.", ["20%", "30%"]),
    ("Inflation climbed 0.6% to 5.1% in June.", ["0.6%", "5.1%"]),
    ("The levy is 20% to 30% of turnover, or 40%.", ["20%", "30%", "40%"]),
    # a comparative right after the pair: by how much more or less, one range
    ("The new wing will cost 47% to 58% more than planned.", ["47% to 58%"]),
    ("Rents in the old town are 10% to 15% higher than in 2019.", ["10% to 15%", "2019"]),
    ("Generic pills are 5 per cent to 9 per cent less costly than the brand.",
     ["5 per cent to 9 per cent"]),
    ("Turnout went from 40% to 60% more than once.", ["40%", "60%"]),
    # after a form of "be", a comparative after the pair, its "than" later or never
    ("Bus ridership is forecast to be 6% to 9% lower in the winter than last year.",
     ["6% to 9%"]),
    ("Seat prices at the opera will be 3% to 5% higher from June.", ["3% to 5%"]),
    ("The bakery's rye share was 30% to 45% of sales.", ["30%", "45%"]),
    ("Turnout fell from 40% to 60% over the decade.", ["40%", "60%"]),
    # a rate's or share's move then its level; a past move and its level, written to other
    # precisions
    ("The jobless rate fell 5% to 8.1% in March.", ["5%", "8.1%"]),
    ("Its market share rose 12% to 20% over the year.", ["12%", "20%"]),
    ("Rail fares increased 4% to 6.2% last year.", ["4%", "6.2%"]),
    ("Rail fares could increase 4% to 6.5% next year.", ["4% to 6.5%"]),
    # a past move estimated or hedged is a range, whatever the precision of its ends
    ("Economists estimate the economy grew 1.5% to 2% last year.", ["1.5% to 2%"]),
    ("Analysts reckon exports fell 2.5% to 3% in the spring.", ["2.5% to 3%"]),
    ("Output probably shrank 0.5% to 1% in May.", ["0.5% to 1%"]),
    # a word of estimating used as a noun leaves a past move and its level two figures
    ("Spending on the project rose 4% to 6.5% of the budget last year.", ["4%", "6.5%"]),
    ("After an estimate of costs, fees increased 3% to 4.5% in May.", ["3%", "4.5%"]),
    # a noun of spread names the pair as one range's limits, however wide
    ("The poll's confidence interval was 52% to 61% in the capital.", ["52% to 61%"]),
    ("Forecasters gave a range of 3% to 11% for the harvest.", ["3% to 11%"]),
    ("Fees sit in a band from 8 per cent to 14 per cent.", ["8 per cent to 14 per cent"]),
    ("The clinic's range: 20% to 35% of patients.", ["20% to 35%"]),
    # not right before the pair, or a pair that falls: two figures
    ("Its range was cut from 9% to 6%.", ["9%", "6%"]),
    ("The band's share rose 12% to 20% in a year.", ["12%", "20%"]),
    ("A range of 45% to 30% is no range.", ["45%", "30%"]),
]


ALTERNATIVES = [
    # two number words joined by "or", close together: a vague count, one range
    ("The marathon usually needs four or five ambulances.", [("four or five", 4, 5)]),
    ("Two or three buses ran late.", [("Two or three", 2, 3)]),
    ("The chess club meets twenty or thirty times a year.", [("twenty or thirty", 20, 30)]),
    # far apart, or digits: two values
    ("Pick two or ten pastries.", [("two", 2, 2), ("ten", 10, 10)]),
    ("Take gate 3 or 4 to the ferry.", [("3", 3, 3), ("4", 4, 4)]),
]


@pytest.mark.parametrize(("text", "found"), ALTERNATIVES)
def test_number_words_joined_by_or_are_one_range(text: str, found: list) -> None:
    assert [(e.text, e.low, e.high) for e in scan(text)] == found


@pytest.mark.parametrize(("text", "found"), CHANGE_RANGES)
def test_a_change_given_as_a_range_of_percentages_is_one_range(text: str, found: list) -> None:
    assert [e.text for e in scan(text)] == found


@pytest.mark.parametrize(("text", "units"), [
    # a gallon's system named once serves the bare gallons of the text
    ("It holds 90 US gallons; the old tank held 60 gallons.", ["US gallons", "US gallons"]),
    ("A 4 gallons jug, or 15 imperial gallons a week.", ["imperial gallons", "imperial gallons"]),
    # named neither way, or both ways, a bare gallon stays bare
    ("It holds 90 gallons.", ["gallons"]),
    ("90 US gallons, 70 imperial gallons and 60 gallons", ["US gallons", "imperial gallons",
                                                          "gallons"]),
])
def test_a_units_system_said_once_serves_the_text(text: str, units: list[str]) -> None:
    assert [e.unit for e in scan(text)] == units


@pytest.mark.parametrize(("text", "found"), [
    # three capitals the units file does not know are a currency's code where the article says
    # so: named in brackets after a currency's noun, restated in a known currency, set against
    # one as a rate, or before amounts twice, once scaled as money is
    ("The Ostrian florin (OSF) fell again; a loaf now costs OSF 4.20.", [("OSF 4.20", "OSF")]),
    ("The bakery chain paid OSF 38 million (about \u20ac3.3 million) for the mill.",
     [("OSF 38 million", "OSF"), ("\u20ac3.3 million", "EUR")]),
    ("A baker's rate of OSF 11.5 to the euro held.", [("OSF 11.5", "OSF")]),
    ("The club set aside OSF 12m for the pitch and pays OSF 1,200 a week in rent.",
     [("OSF 12m", "OSF"), ("OSF 1,200", "OSF")]),
    # capitals before plain numbers, or a unit's initials named in brackets, are no currency
    ("The marathon passes gates OSF 12 and OSF 14 at dawn.", [("12", None), ("14", None)]),
    ("Nurses in the intensive care unit (ICU) said ICU 4 was full.", [("4", None)]),
])
def test_a_code_the_article_defines_is_its_currency(text: str,
                                                    found: list[tuple[str, str | None]]) -> None:
    with reading_codes(codes_defined(text)):
        assert [(e.text, e.unit) for e in scan(text)] == found
    assert all(e.unit != "OSF" for e in scan(text))  # in its own article only


@pytest.mark.parametrize(("text", "found"), [
    # a bare "degrees" in an article about the weather is a temperature, in Celsius unless the
    # article names only Fahrenheit
    ("Vents were opened as the heatwave pushed the gauge in Tartu to 33.4 degrees.",
     [("33.4 degrees", "degrees Celsius")]),
    ("The frost lasted a week; lows of 4 degrees are forecast.",
     [("4 degrees", "degrees Celsius")]),
    ("The frost deepened and the marathon started at minus 9 degrees.",
     [("minus 9 degrees", "degrees Celsius")]),
    ("In the cold snap Fargo saw -20 degrees Fahrenheit, and 5 degrees by Friday.",
     [("-20 degrees Fahrenheit", "degrees Fahrenheit"), ("5 degrees", "degrees Fahrenheit")]),
    # no weather named, or an angle, a latitude or "degrees of": the word is left to the noun
    ("The ramp rises at 12 degrees.", [("12", None)]),
    ("In the heatwave crews cut a trench at 40 degrees north of the pier.", [("40", None)]),
])
def test_bare_degrees_of_the_weather_are_a_temperature(text: str,
                                                       found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.unit) for e in scan(text)] == found


def test_pence_glued_to_digits_are_recoveries_where_the_article_says_so_once() -> None:
    said = scan("Suppliers may see 6p to 11p in the pound. The receivers later cut that to 3p-8p.")
    assert [(e.text, e.unit, e.low, e.high) for e in said] == [
        ("6p to 11p", "percent", 6, 11), ("3p-8p", "percent", 3, 8)]
    # elsewhere pence glued to their digits are money, but a range the grammar cannot join
    # is left unread rather than read as its first end
    assert [(e.text, e.unit, e.low) for e in scan("A pint costs 40p more, and a pie 3p-8p more.")
            ] == [("40p", "GBP", 0.4)]


@pytest.mark.parametrize(("text", "found"), [
    ("The bakery raised a loaf by 15p to \u00a31.95.", [("15p", 0.15), ("\u00a31.95", 1.95)]),
    ("A swim now costs 60p more than in spring.", [("60p", 0.6)]),
    ("The ferry's shares closed at 212.5p.", [("212.5p", 2.125)]),
    ("At 4p.m. the kiosk shut.", []),
    ("The stream is offered in 1080p.", []),
    # digits grouped by a comma: a share price in pence, no screen's lines
    ("The bus operator's shares jumped 9% to 1,480p on Friday.", [("1,480p", 14.8)]),
    ("The baker's stock ended the week at 10,250p.", [("10,250p", 102.5)]),
])
def test_pence_glued_to_digits_are_money(text: str, found: list[tuple[str, float]]) -> None:
    assert [(e.text, e.low) for e in scan(text) if e.unit in ("GBP", None)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a guarded symbol glued to plain digits is money where the text writes its currency as
    # money in another form: a thousands comma, the sign, the code or the currency's name
    ("Garri sold for N1,250 a bag in Ilorin, up from N940 in March and N815 last year.",
     [("N1,250", "NGN"), ("N940", "NGN"), ("N815", "NGN")]),
    ("The levy is \u20a6300 a crate; in Onitsha traders paid N340, in Jos N295.",
     [("\u20a6300", "NGN"), ("N340", "NGN"), ("N295", "NGN")]),
    ("A bus pass rose to W980 in Daegu; the city spent W4.1bn on the routes.",
     [("W980", "KRW"), ("W4.1bn", "KRW")]),
    ("Onions hit P180 a kilo in Iloilo after the P2.5bn import plan stalled.",
     [("P180", "PHP"), ("P2.5bn", "PHP")]),
    # no such currency written: a letter and digits are a name, a road or a mask
    ("Queues on the N7 stretched 900 metres past kiosk N12.", [("900 metres", "metres")]),
    # the currency written, but a name's letter: before a plural noun it names, after an
    # article, in a range of codes or glued to more letters
    ("Clinics bought N95 masks at N2,400 each; the N4 road and an N50 gate stayed shut.",
     [("N2,400", "NGN")]),
    ("Bays N12-N14 cost N3,000 a night; ward N9C held 18,000 litres of N1,200 diesel.",
     [("N3,000", "NGN"), ("18,000 litres", "litres"), ("N1,200", "NGN")]),
])
def test_a_guarded_symbol_on_plain_digits_is_money_where_its_currency_is_written(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(e.text, e.unit) for e in scan(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # an end with a scale, then a bare number below it, is an amount and a count, no range
    ("The board paid its \u20b93 lakh to 57 families.", [("\u20b93 lakh", "INR"), ("57", None)]),
    ("The fund gave $4m to 18 clinics.", [("$4m", "USD"), ("18", None)]),
    # one scale for both ends, or each with its own, is a range
    ("Damage is put at Rs 35-40 crore.", [("Rs 35-40 crore", "INR")]),
    ("Bids of 2 to 3 million euros came in.", [("2 to 3 million euros", "EUR")]),
])
def test_a_scaled_amount_then_a_smaller_bare_number_is_no_range(
        text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(e.text, e.unit) for e in scan(text)] == found


def test_a_year_after_in_then_to_is_a_date_then_a_figure() -> None:
    exprs = scan("the harvest rose in 2024 to 310,000 tonnes")
    assert [(e.text, e.is_range) for e in exprs] == [("2024", False), ("310,000 tonnes", False)]


@pytest.mark.parametrize(("text", "found"), [
    # "as" that starts a clause or an idiom after "twice" or "N times" compares nothing
    ("Eleven crates were weighed twice as they left the quay.", [("Eleven", None)]),
    ("The siren sounded four times as the river rose.", [("four", None)]),
    # "as" before what is compared makes a ratio
    ("Ferries carried twice as many cars in May.", [("twice", "ratio")]),
    ("Rents rose three times as fast as pay.", [("three times", "ratio")]),
])
def test_as_after_a_multiplier_compares_only_before_what_is_compared(
        text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(e.text, e.unit) for e in scan(text)] == found


def test_times_that_count_events_are_not_ratios() -> None:
    assert [(e.text, e.unit) for e in scan("The town was shelled three times in May.")] == [
        ("three", None)]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_names_codes_dates_and_ordinals_are_not_number_expressions(text: str) -> None:
    assert scan(text) == []


# --- with the parse ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def extract():
    from store.extract.figures import extract_figures
    from store.extract.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str, date: str | None = "2019-03-24", armed: frozenset[str] = frozenset(),
            body_start: int = 0):
        return extract_figures(nlp(text), article_date=date, armed_groups=armed,
                               body_start=body_start)

    return run


# an age is no figure: a span of ages, an age set off by commas after a superlative of age (but
# a count after a noun with such a superlative, not set off, is one)
AGES = [
    ("The divers are aged between 24 and 57, the firm said.", "24 and 57", False),
    ("The eldest, 83, was carried out on a stretcher.", "83", False),
    ("The youngest pupil, 6, was the first to leave.", "6", False),
    ("The oldest vines, 90 in all, were pulled up.", "90", True),
    ("Of the 212 passengers, 40 were older than 75.", "75", False),
    ("Most of the 64 deaths were among people aged over 80.", "80", False),
    ("She began rowing at the age of 11 on the Tarn.", "11", False),
    ("Of the 212 passengers, 40 were older than 75.", "40", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "figure"), AGES)
def test_an_age_is_no_figure(extract, sentence: str, text: str, figure: bool) -> None:
    assert (text in {f.text for f in extract(sentence)}) is figure


QUALIFIED = [
    ("The raids killed an estimated 27 rebels.", "27", "exact"),
    ("Roughly 100 fighters remain.", "100", "about"),
    ("About 17,500 members joined.", "17,500", "about"),
    ("Nearly 500 strikes were conducted.", "500", "about"),
    ("Almost eight million people lived there.", "eight million", "about"),
    ("Up to 1,500 volunteers were among them.", "1,500", "up_to"),
    ("As many as 200 troops stayed.", "200", "up_to"),
    ("More than 1,800 pupils live in hostels.", "1,800", "more_than"),
    ("Over 600 people died.", "600", "more_than"),
    ("The orders are in excess of $7 billion.", "$7 billion", "more_than"),
    ("At least 40 homes were destroyed.", "40", "at_least"),
    # a comparative of nearness is "about"; the mirror of "as many as" is "at least"
    ("A think tank puts the bill closer to 80bn pesos.", "80bn pesos", "about"),
    ('She said the fare was "nearer £70" in the end.', "£70", "about"),
    ("Lenders expect to get as little as 3p in the pound.", "3p", "at_least"),
    ("The boats carried as few as 140 and as many as 600 people.", "140 and as many as 600",
     "range"),
    ("The fund holds around $20-$80 million.", "$20-$80 million", "range"),
    ("There were between 10,000 and 13,000 rebels.", "10,000 and 13,000", "range"),
    ("Officials counted 1,000 or more arrivals.", "1,000", "at_least"),
    # a speaker's hedge after the figure and what it counts leaves that side open
    ('The grower said he lost "60% of his olives, maybe more" to the frost.', "60%",
     "at_least"),
    ("The strike cost the airline $4m, perhaps more, its chief said.", "$4m", "at_least"),
    ("The court heard 30 witnesses, possibly fewer, in a week.", "30", "up_to"),
    ("The shop sold 40 radios, maybe more than last year.", "40", "exact"),
    # a hedge that goes on to another place or time is that one's, not the figure's
    ("The storm destroyed 300 homes in Florida, maybe more in Georgia.", "300", "exact"),
    ("Sales rose 12% in March, perhaps higher in April.", "12%", "exact"),
    ("The flu kept 80 pupils home, possibly fewer by Friday.", "80", "exact"),
    ("The death toll passed 300 on Monday.", "300", "more_than"),
    # a bare "pass" or "top" after a determiner and a word is a noun, no bound
    ("A day ticket costs $60 and a three-day pass $150.", "$150", "exact"),
    ("The bronze ticket is €40 and the all-access pass €120.", "€120", "exact"),
    ("A season pass £300 was on sale.", "£300", "exact"),
    # a determiner phrase after a preposition is inside the plural subject's phrase: the bare
    # form after it is its verb
    ("Deaths from a fever top 2,000 in the province.", "2,000", "more_than"),
    ("Ballots for a challenger pass 60,000 in the count.", "60,000", "more_than"),
    ("Suits against a carmaker top 500 this year.", "500", "more_than"),
    ("Sales could pass 3,000 units by Friday.", "3,000", "more_than"),
    ("Losses may top $2 billion.", "$2 billion", "more_than"),
    ("Only 5 percent was lost.", "5 percent", "exact"),
    ("Nearly 7 in 10 voters backed it.", "7 in 10", "about"),
    # "about" said of the first of two coordinated figures, or of the
    # figure a conversion restates, is said of the other too
    ("Officials said about 350 nurses and 20 ambulances were on duty.", "20", "about"),
    ("Around 1,900 volunteers and 140 trucks are now involved.", "140", "about"),
    ("The fire covered about 130 square kilometres, or 50 square miles.", "50 square miles",
     "about"),
    # ... but a conversion in brackets keeps its own qualifier, exact when it says none
    ("The fire covered about 130 square kilometres (50 square miles).", "50 square miles",
     "exact"),
    ("The ferry sank about 4 nautical miles (7.4 km) offshore.", "7.4 km", "exact"),
    ("The firm owes about R$23.3mn (US$4.2mn) in refunds.", "US$4.2mn", "exact"),
    ("The firm owes about R$23.3mn (about US$4.2mn) in refunds.", "US$4.2mn", "about"),
    ("The ministry counted 350 nurses and 20 ambulances.", "20", "exact"),
    ("About 600 workers arrived on Monday and 45 vessels on Tuesday.", "45", "exact"),
    ("The ship carried some 38,000 tonnes of maize and 17 crew.", "17", "exact"),
    ("Nearly half of them, 52,300, work abroad.", "52,300", "exact"),
    # "plus" before a sum or another thing adds it; after a number alone it is "more than"
    ("The club sold him for 80 million euros plus 15 million euros in add-ons.",
     "80 million euros", "exact"),
    ("She is paid £90,000 plus a car allowance.", "£90,000", "exact"),
    ("The march drew 50,000 plus, organisers said.", "50,000", "more_than"),
    ("The show drew 20,000-plus fans.", "20,000", "more_than"),
    # "and over" closing an age bracket bounds the age, not the share after it
    ("Those aged 15 to 64 are 66 percent and those aged 65 and over 9.2 percent.",
     "9.2 percent", "exact"),
    ("The storm wrecked 40 homes and over 300 people fled.", "300", "more_than"),
    # without an age word before it the bound is the next figure's own
    ("The flood killed 9 and over 200 were hurt.", "200", "more_than"),
    ("The firm cut 1,500 jobs in 2022 and over 4,000 this year.", "4,000", "more_than"),
    ("Support was 41 percent in 2018 and above 55 percent in 2023.", "55 percent", "more_than"),
    ("Patients aged 70 or under 14 percent.", "14 percent", "exact"),
    ("Estimates ran from 15 or under 20 boats.", "20", "up_to"),
    ("Nearly 9,000 or fewer than 7,500? Nobody knows.", "7,500", "up_to"),
    # a verb of passing a number, negated, bounds it from above
    ("The ministry said the final cost will not exceed 40 billion rand.", "40 billion rand",
     "up_to"),
    ("The club insists wages won't top £90m this season.", "£90m", "up_to"),
    ("Turnout in the north never passed 40% in that decade.", "40%", "up_to"),
    ("Turnout in the north passed 40% in that decade.", "40%", "more_than"),
    # "cross" a level: to go past it
    ("Fines under the clean-air rules crossed Rs 38 crore on Friday.", "Rs 38 crore",
     "more_than"),
    ("Ticket sales for the final cross 60,000 as the gates open.", "60,000", "more_than"),
    ("Pilgrims raised a cross 30 metres high on the hill.", "30 metres", "exact"),
    ("Turnout crossed 60% in the capital.", "60%", "more_than"),
    # things gone over, or a distance, are no level
    ("The storm crossed 3 islands before dawn.", "3", "exact"),
    ("The convoy crossed 400 km of desert.", "400 km", "exact"),
    ("Strikers crossed 12 picket lines that week.", "12", "exact"),
    ("The refugees crossed 2 borders in a month.", "2", "exact"),
    # a minimum or a maximum before a measure is the reading or the standard itself, not a
    # bound; before a count or a sum it bounds it
    ("The airport's weather station logged a minimum of -11.4°C at dawn.", "-11.4°C", "exact"),
    ("Every school must supply a minimum of 20 litres of water per pupil.", "20 litres",
     "exact"),
    ("The gauge at the dam recorded a maximum of 96 millimetres in one hour.", "96 millimetres",
     "exact"),
    ("Officials said a minimum of 40 miners were still underground.", "40", "at_least"),
    ("The strike will cost the carrier a minimum of 30 million euros.", "30 million euros",
     "at_least"),
    # "near" before a number is "nearly"
    ("The peso traded near 19.4 to the dollar on Friday.", "19.4", "about"),
    # "just over" is more than the figure, as "over" is; "just under" stays near it
    ("The bakery sold just over 9,000 loaves at the fair.", "9,000", "more_than"),
    ("Just over a third of the chess clubs lost members.", "a third", "more_than"),
    ("The bus company carried just under 40,000 riders.", "40,000", "about"),
    # "no" before a comparative of size is "at most"; its mirror "at least"
    ("The federation wants a field no larger than 64 players.", "64", "up_to"),
    ("Organisers kept the marathon no bigger than 8,000 runners.", "8,000", "up_to"),
    ("The rebate will be no higher than 6 percent.", "6 percent", "up_to"),
    ("The bakers want a wage rise no lower than 4 percent.", "4 percent", "at_least"),
    # "as high as", "as deep as" ... bound a figure from above, as "as many as" does
    ("Drifts on the pass were as deep as four metres.", "four metres", "up_to"),
    ("Fares on the night buses could rise as high as 9 percent.", "9 percent", "up_to"),
    ("The crack in the dam wall was as wide as 30 centimetres.", "30 centimetres", "up_to"),
    ("Queues at the border stretched as far as 11 km.", "11 km", "up_to"),
    ("The sinkhole's rim was as long as 70 metres.", "70 metres", "up_to"),
    # ... but "as long as" and "as far as" before no measure are conjunctions
    ("The tournament goes ahead as long as 20 clubs enter.", "20", "exact"),
    ("The levy passes as long as 55 percent of bakers vote for it.", "55 percent", "exact"),
    ("Near 3,000 nurses walked out on Monday.", "3,000", "about"),
    # "at most" and "at least" written after the figure bound it as they do before it
    ("The marathon's entry fee will rise 8 percent at most.", "8 percent", "up_to"),
    ("A repair of the bakery oven costs 900 euros at the most.", "900 euros", "up_to"),
    ("The chess federation expects 12 percent at least of clubs to fold.", "12 percent",
     "at_least"),
    ("The bus company was fined 700 euros, at least by its own account.", "700 euros", "exact"),
    ("The bank's shares closed near $41 after the results.", "$41", "about"),
    # a verb of rising with "past" goes beyond the number, as "passed" does; walking past does not
    ("Marathon entries climbed past 9,000 on the last day.", "9,000", "more_than"),
    ("Ticket sales for the chess final have edged past 4,500.", "4,500", "more_than"),
    ("The bus company's fleet rose past 700 vehicles in May.", "700", "more_than"),
    ("The parade moved past 40 bakeries on its way to the square.", "40", "exact"),
    ("The runners walked past 300 supporters at the finish.", "300", "exact"),
    # "under" after a verb of lying or covering places the thing, the measure is the depth
    ("The old ferry lay under 12 metres of water for a century.", "12 metres", "exact"),
    ("The bakery's van was buried under 90 centimetres of snow.", "90 centimetres", "exact"),
    ("The marathon route was buried deep under 30 cm of slush.", "30 cm", "exact"),
    ("The canal stayed under 2 metres all week.", "2 metres", "up_to"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "approx"), QUALIFIED)
def test_qualifiers(extract, sentence: str, text: str, approx: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert figures[text].approx == approx


COUNTED = [
    # sentence, figure text, counted head word, unit
    ("A series of three airstrikes hit the port.", "three", "airstrikes", "strikes"),
    ("They destroyed two transport planes.", "two", "planes", "aircraft"),
    # a helicopter keeps its own noun, beside the planes of one sentence
    ("The marathon was filmed from three helicopters.", "three", "helicopters", "helicopters"),
    ("The bakery fire drew four planes and two helicopters.", "two", "helicopters",
     "helicopters"),
    ("The bakery fire drew four planes and two helicopters.", "four", "planes", "aircraft"),
    ("The army sent 400 peacekeepers.", "400", "peacekeepers", "troops"),
    # a noun whose plural is the singular keeps it, never "-s"
    ("Thousands of trout died when the weir failed.", "Thousands", "trout", "trout"),
    ("Hundreds of escaped cod were netted by anglers.", "Hundreds", "cod", "cod"),
    ("The storm killed thousands of farmed salmon off the coast.", "thousands", "salmon",
     "salmon"),
    ("Tens of thousands of fish died in the canal.", "Tens of thousands", "fish", "fish"),
    # passengers are reported as such, beside the total of people
    ("The launch had 318 passengers aboard.", "318", "passengers", "passengers"),
    ("Among the dead were 27 children.", "27", "children", "people"),
    ("The ward treated 64 residents.", "64", "residents", "people"),
    # the people in a crowd, by who they are
    ("The derby drew 31,400 spectators.", "31,400", "spectators", "people"),
    # an attendance is the people present; attendances, visits, keep their own noun
    ("The chess final's attendance rose to 2,300.", "2,300", "attendance", "people"),
    ("Walk-in clinics recorded 52,000 attendances in May.", "52,000", "attendances",
     "attendances"),
    ("Attendances at the bakery school totalled 9,400 in March.", "9,400", "Attendances",
     "attendances"),
    ("Some 9,800 fans filled the hall.", "9,800", "fans", "people"),
    # a crew is the people aboard; crews, teams of several people each, keep their own noun
    ("All 18 crew of the dredger were rescued.", "18", "crew", "people"),
    ("The county sent 36 ambulance crews to the stadium.", "36", "crews", "crews"),
    ("Nine fire crews fought the warehouse blaze overnight.", "Nine", "crews", "crews"),
    ("It commanded between 9,000 and 12,000 militants, including up to 1,500 foreigners.",
     "1,500", "foreigners", "fighters"),
    ("Nine strikes were conducted in 2021, and five in 2020.", "five", "strikes", "strikes"),
    ("Officials put the number of rebels at anywhere from 4,000 to 6,000.", "4,000 to 6,000",
     "rebels", "fighters"),
    ("It wounded roughly one-third of the unit's personnel.", "one-third", "personnel",
     "fraction"),
    ("Measles cases had reached 143 by Friday.", "143", "cases", "cases"),
    # modifiers joined by "and" before the noun they describe
    ("The ministry reported 2,140 suspected and confirmed measles cases, including 45 deaths.",
     "2,140", "cases", "cases"),
    ("It opened a 120-bed treatment centre.", "120", "bed", "beds"),
    # an adjective of frequency the tagger reads as a date is part of the counted noun
    ("The app had 52 million monthly active users in May.", "52 million", "users", "users"),
    ("The service ended the year with 8 million MAUs.", "8 million", "MAUs", "users"),
    # a plural written like its singular stays as written
    ("The charity has 96 staff in the region.", "96", "staff", "staff"),
    # a vague head counts with the noun that says which kind
    ("Families stayed in 240 evacuation centres.", "240", "centres", "evacuation centres"),
    # a station is one only for what it serves: the noun before it says which
    ("Inspectors sealed 37 petrol stations in Ostrava.", "37", "stations", "petrol stations"),
    ("Flooding cut power to 12 pumping stations.", "12", "stations", "pumping stations"),
    ("Engineers checked 21 seismic stations.", "21", "stations", "stations"),
    ("The chain closed 8 stations.", "8", "stations", "stations"),
    # health workers are a workforce of their own
    ("The ministry sent 2,300 health workers to the border camps.", "2,300", "workers",
     "health workers"),
    ("The quarry hired 300 workers.", "300", "workers", "workers"),
    # volunteers and officers are a workforce of their own; police officers count with the police
    ("Some 85 volunteers ran the bakery fair stalls.", "85", "volunteers", "volunteers"),
    ("The bus company now has 62 officers on its night routes.", "62", "officers", "officers"),
    ("The marathon drew 1,200 police officers to the route.", "1,200", "officers", "people"),
    # soldiers and vessels keep their own noun (one measure with troops and ships)
    ("The chess final was guarded by 40 soldiers.", "40", "soldiers", "soldiers"),
    ("The ferry line now runs 14 vessels between the islands.", "14", "vessels", "vessels"),
    ("The ferry line now runs 14 merchant vessels between the islands.", "14", "vessels",
     "ships"),
    # two words that name one kind of thing are its unit whole
    ("The brigade sent 45 fire engines up the valley.", "45", "engines", "fire engines"),
    ("The lifeboat carried 120 life jackets to the wreck.", "120", "jackets", "life jackets"),
    ("The blaze burned an area of 300 football fields.", "300", "fields", "football pitches"),
    ("The estate is the size of 40 soccer pitches.", "40", "pitches", "football pitches"),
    # names joined by "and" before the noun they describe
    ("The survey used 61 Landsat and Sentinel scenes of the delta.", "61", "scenes", "scenes"),
    ("The carrier ordered 40 Airbus and Embraer jets for its regional routes.", "40", "jets",
     "aircraft"),
    # a day counted is a day of something: the days, not the school or the strike
    ("Pupils lost 26 school days to the teachers' walkout.", "26", "days", "school days"),
    ("Farm hands lost 1,400 harvest days to the floods.", "1,400", "days", "harvest days"),
    ("The 300 school buses ran on time.", "300", "buses", "buses"),
    # a plural noun of a period that a count may have for its thing, which the tagger makes
    # part of a time
    ("Guests in the resort's hotels spent 2.4 million nights in August, the bureau said.",
     "2.4 million", "nights", "nights"),
    ("The agency counted 61.2mn nights spent in campsites in the second half.", "61.2mn",
     "nights", "nights"),
    ("Retailers reported 318 data breaches to the watchdog.", "318", "breaches",
     "data breaches"),
    ("The dam showed 3 breaches after the storm.", "3", "breaches", "breaches"),
    ("Traffic was halted on 11 sections of motorway.", "11", "sections", "motorway sections"),
    ("It opened 5 new centres.", "5", "centres", "centres"),
    ("The task force ran two escorted groups a day.", "two", "groups", "escorted groups per day"),
    ("Four groups of vessels sailed.", "Four", "groups", "groups"),
    # a unit glued by a hyphen measures the noun after it, in that unit, past a conversion in
    # brackets; a currency glued so is the sum of the noun after it
    ("The ship, with its 38,000-tonne maize cargo, was towed to port.", "38,000", "cargo",
     "tonnes"),
    ("Wardens set a 15-kilometre (9.3-mile) no-fly ring around the nests.", "15", "ring", "km"),
    ("About 80,000 tenants can claim the 250-euro heating grant.", "250", "grant", "EUR"),
    ("The 30m-euro (£26m) penalty handed to Vantor was upheld.", "30m", "penalty", "EUR"),
    ("More than 3,200 had gone back to their home villages.", "3,200", "people", "people"),
    ("Officials say 50 refugees arrive per month.", "50", "refugees", "people per month"),
    ("The defence contracts are in excess of $7 billion.", "$7 billion", "contracts", "USD"),
    ("The death toll rose to 1,234, officials said.", "1,234", "deaths", "deaths"),
    ("Turnout was 58.6 percent of registered voters.", "58.6 percent", "Turnout", "percent"),
    ("ALF lost control of 60 percent of its territory.", "60 percent", "territory", "percent"),
    # a kind of administrative area the number counts is counted, though "the region" is not
    ("A state of emergency was declared in five regions on Friday.", "five", "regions",
     "regions"),
    # a participle the tagger leaves a verb still names who: "of the displaced"
    ("The charity said two-thirds of the injured were children.", "two-thirds", "injured",
     "fraction"),
    # money "in" a bare noun is that, a plural too; "in a statement" is where it was said, "in two
    # instalments" how it was paid, "in large sites" where
    ("The storm caused $1.2 billion in damage.", "$1.2 billion", "damage", "USD"),
    ("By June the fund had paid £41m in refunds to its members.", "£41m", "refunds", "GBP"),
    ("It paid the growers $2 million in two instalments.", "$2 million", "payments", "USD"),
    ("A hostel bed cost £88 a night, against £31 in large sites.", "£31", "price", "GBP per night"),
    ("The insurer put the total cost at 1.4 billion dollars in a statement.", "1.4 billion dollars",
     "cost", "USD"),
    # an agency's personnel are its own word, not troops
    ("The flood agency had 2,600 personnel and 31 boats on the river.", "2,600", "personnel",
     "personnel"),
    ("Rescuers numbered 740 personnel by Monday.", "740", "personnel", "personnel"),
    # ... while military personnel are troops
    ("The ministry flew 420 military personnel to the border post.", "420", "personnel",
     "troops"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head", "unit"), COUNTED)
def test_counted_noun_and_unit(extract, sentence: str, text: str, head: str, unit: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    fig = figures[text]
    assert fig.counted is not None and head in fig.counted.split()
    assert fig.unit == unit


CLAUSE_COUNTED = [
    # sentence, figure, a word of the counted phrase, unit
    # a toll counts deaths, whoever states it
    ("The coroner put the toll at 63.", "63", "deaths", "deaths"),
    ("The toll stood at 401 on Friday.", "401", "deaths", "deaths"),
    # a toll's "of" names the event it belongs to, not what it counts
    ("The landslide raised the death toll of the storm to seventeen.", "seventeen", "deaths",
     "deaths"),
    ("Rescuers put the toll of the tremor at 318 by nightfall.", "318", "deaths", "deaths"),
    # a number noun whose compound names what it counts
    ("The discharge rate was 2,400 tonnes a day.", "2,400 tonnes", "discharge", "tonnes per day"),
    ("The party's vote total rose to 88,210 overnight.", "88,210", "vote", "votes"),
    # what a verb of flow moves
    ("Oil escaped at 700 barrels a day.", "700 barrels", "Oil", "barrels per day"),
    # money a verb of spending or setting aside moves
    ("The council spent $4.5 million on the clean-up.", "$4.5 million", "spending", "USD"),
    ("The insurer set aside $800 million for claims.", "$800 million", "provision", "USD"),
    ("The reform will save 3 billion euros a year.", "3 billion euros", "savings",
     "EUR per year"),
    ("The kingdom will put $400 million into the fund.", "$400 million", "contribution", "USD"),
    # the scale letter of "EUR 400m", split off by the tagger, is never what money counts
    ("The stoppage cost the economy EUR 200-350 million, according to Brightwater, which sets "
     "its central estimate at EUR 280m, or about $300m at last week's rate.", "EUR 280m",
     "stoppage", "EUR"),
    # a bare number harmed or moved counts people
    ("The landslide killed 19 near the pass.", "19", "killed", "people"),
    ("Floods leave 2,300 displaced in the valley", "2,300", "displaced", "people"),
    # a bare number a verb of infecting takes counts the people infected, not its neighbour's
    ("The outbreak has killed 12 people and infected 640, officials said.", "640", "infected",
     "people"),
    ("An outbreak has killed six people and sickened 230 since the first case.", "230",
     "sickened", "people"),
    # people a verb of harm takes as its object count what it did to them
    ("The storm killed 3,870 people in the province.", "3,870", "killed", "people"),
    # a participle or adjective alone after the number says who ("31 missing" in a headline)
    ("31 missing, feared dead after ferry sinks", "31", "missing", "people"),
    # a volume or mass nobody names: a rate of it is a flow, a total emitted what was released
    ("Estimates now put it at 3,000 barrels a day.", "3,000 barrels", "flow", "barrels per day"),
    ("The well released 27 million gallons before it was capped.", "27 million gallons",
     "released", "gallons"),
    # the subject of a passive of harm or moving counts people, whatever stands beside it
    ("Nine people died in the north and nearly 4,000 were evacuated.", "4,000", "evacuated",
     "people"),
    # a share of the clause's subject, and the figure it is compared with
    ("Turnout was 48.2 percent, up from 44.9 percent.", "44.9 percent", "Turnout", "percent"),
    # the counted noun's plural as written, unless a unit class holds it
    ("Rescuers found 80 bodies.", "80", "bodies", "bodies"),
    ("Officials reported 1,450 deaths.", "1,450", "deaths", "deaths"),
    ("The outage left 3,100 households in the dark.", "3,100", "households", "households"),
    ("The clinic admitted 260 patients.", "260", "patients", "patients"),
    ("The ship lost 4 crew members.", "4", "crew", "people"),
    # people more than expected who died are excess deaths; people who died are deaths
    ("The study found that 1,300 more people died than expected.", "1,300", "deaths", "deaths"),
    ("The study found that 1,300 more people arrived than expected.", "1,300", "arrivals",
     "people"),
    ("In 2021 more than 2,900 people died.", "2,900", "deaths", "people"),
    # persons named by what they do or are count as people: marchers, police, arrests made
    ("About 5,000 demonstrators gathered in the square.", "5,000", "demonstrators", "people"),
    ("Some 900 police and soldiers had been deployed.", "900", "police", "people"),
    ("Six police officers were hurt.", "Six", "officers", "people"),
    ("The prefect put the number of arrests at 18.", "18", "arrests", "people"),
    ("Elsewhere the mobilisation was strong: 6,000 in Lille, 4,000 in Metz.", "4,000",
     "mobilisation", "people"),
    # a number set against the figure before it counts what that one counts, not the list after
    ("Police arrested 30 people, against 52 on the first day, and 9 officers were hurt.", "52",
     "arrested", "people"),
    ("Police arrested 30 people on Tuesday.", "30", "arrested", "people"),
    ("About 40,000 people marched in Lyon on Thursday.", "40,000", "demonstrators", "people"),
    # "according to" after a part names who says it, not what the people do
    ("Police counted 7,000 marchers, against 25,000 according to the union.", "25,000",
     "marchers", "people"),
    # a turnout, a crowd or an attendance counted in heads counts people
    ("The federation put the turnout at nearly 1.8 million.", "1.8 million", "turnout", "people"),
    ("The navy escorted 26 merchant vessels.", "26", "vessels", "ships"),
    ("Transits through the strait averaged roughly 44 a day in May.", "44", "Transits",
     "ships per day"),
    # a rate of what a verb of flow moves is its flow, whatever noun the rate is "of"
    ("Diesel escaped at a rate of 400 to 600 cubic metres per day.", "400 to 600 "
     "cubic metres", "flow", "cubic metres per day"),
    ("Water was leaving the main at 450 cubic metres a day.", "450 cubic metres", "flow",
     "cubic metres per day"),
    # a rate of the release, or of what a total before it released, is the flow
    ("The regulator revised its figure for the rate of release from 650 barrels per day to "
     "1,150 barrels per day.", "1,150 barrels", "flow", "barrels per day"),
    ("The well released 27 million gallons in all. The agency revised its figure from 900 "
     "barrels a day to 1,600 barrels a day.", "900 barrels", "flow", "barrels per day"),
    # a measure of what a verb of flow let out counts the release
    ("About 310,000 barrels were released between 9 June and 2 July.", "310,000 barrels",
     "released", "barrels"),
    ("The estimate: about 310,000 barrels released between 9 June and 2 July.",
     "310,000 barrels", "released", "barrels"),
    # a verb of directed motion moves a substance but names no release: what it leaves remains
    ("The cut leaves the mill with 420 cubic metres of timber.", "420 cubic metres", "timber",
     "cubic metres"),
    # a total, a conversion of it ("that is ...") or "its own total of" points back to the total
    # of that measure the article named, a paragraph before if need be
    ("The estimate: 310,000 barrels released in all. That is 49.3 million litres.",
     "49.3 million litres", "released", "litres"),
    ("The estimate: 310,000 barrels released in all.\n\nThe team put the total at 640,000 "
     "barrels.", "640,000 barrels", "released", "barrels"),
    ("The estimate: 310,000 barrels released in all.\n\nTolland kept its own total of 37,000 "
     "barrels.", "37,000 barrels", "released", "barrels"),
    # a total a verb of emission moved is known before a later total points back at it
    ("Engineers say it may have released 8 million to 11 million gallons.\n\nThe owner "
     "puts the total at 1.3 million gallons.", "1.3 million gallons", "released", "gallons"),
    # what a verb sets to or at a figure is what it measures, over a parallel amount before it;
    # "them" is the plural noun named before
    ("The bank's $28.6 million grant was the biggest pledge and Japan had raised its "
     "contribution to US$45 million.", "US$45 million", "contribution", "USD"),
    ("Crop losses are far larger: an economist estimated them at €20m-30m.", "€20m-30m",
     "losses", "EUR"),
    # the subject of "mean" (be equivalent to) or "pass" (surpass) is what the figure measures
    ("For a tanker, a 0.7 percent surcharge still means $210,000 for a single voyage.",
     "$210,000", "surcharge", "USD"),
    ("Summit pledges aid as ship attacks pass 30", "30", "attacks", "attacks"),
    # a measure of a substance per head and per period is a rate of both
    ("Pupils get a mean of 7 litres of drinking water per person each day.", "7 litres",
     "water", "litres per person per day"),
    # the figure a comparison sets another against may itself have taken its noun from its clause
    ("For a tanker, a 0.7 percent surcharge still means $210,000 for a single voyage, she said, "
     "against $20,000 before April.", "$20,000", "surcharge", "USD"),
    # "the number of X" names its own quantity, whatever the sentence before counted
    ("The further 11 deaths occurred in homes. The total number of cases as of that "
     "date (2,017) is unchanged.", "2,017", "cases", "cases"),
    # a bare number a self-counting noun is "of" counts what that noun counts
    ("The district had 900 cases in a population of about 250,000.", "250,000", "population",
     "people"),
    # "the estimate" with no figure before it is of what the sentence before counted
    ("Storms in the hills drove people out of their homes. The county's own estimate is about "
     "8,500.", "8,500", "people", "people"),
    # a bare number in a labelled list item counts what the item above it counts
    ("The key numbers:\n\n- Peak outage (Sunday): 1.4 million households\n- Tuesday: nearly 1 "
     "million\n", "1 million", "households", "households"),
    # a bare number a town or city is "of" is its population
    ("Pine Bluff, a town of about 41,000, has sent many of its sons into the army.", "41,000",
     "population", "people"),
    # a part of a count of people that a present participle follows counts those doing it
    ("The agency said 90,000 people had been displaced, including more than 15,000 staying in "
     "240 evacuation centres.", "15,000", "staying", "people"),
    ("The agency said 60,000 people remained homeless, among them 7,500 still living in 112 "
     "evacuation centres.", "7,500", "living", "people"),
    # a state "people" remain in names what they count
    ("The agency said 85,000 people remained displaced.", "85,000", "displaced", "people"),
    ("Forty people are still missing.", "Forty", "missing", "people"),
    ("About 5,000 people were left homeless.", "5,000", "homeless", "people"),
    # what befell "people" names what they count, even when "were" is parsed as their head
    ("Close to 250,000 people were pre-emptively evacuated.", "250,000", "evacuated", "people"),
    # a count restated as a share of something counts that something
    ("By Thursday 3.4 million, or 43 percent of the homes served, had no water.",
     "3.4 million", "homes", "homes"),
    # a bare number in a list after a colon counts what the clause before the colon is about
    ("The remaining seats are distributed as follows: Unidad Costera (UC) 11, UPD 3.", "11",
     "seats", "seats"),
    # a share the subject of "be" is: "the plan was only 38 percent funded"
    ("On 9 June the response plan was only 38 percent funded.", "38 percent", "plan",
     "percent"),
    # a percentage given to a named party or body is its share; a time or place names none
    ("The final count gives the Green Alliance (GA) 23.5 percent and the Labour Party 29.4 "
     "percent.", "29.4 percent", "share", "percent"),
    ("A poll had the Greens on 14.5 percent.", "14.5 percent", "Greens", "percent"),
    ("The survey had put the two largest parties level, with the Greens on 26.5-28.5 percent.",
     "26.5-28.5 percent", "share", "percent"),
    ("The exit poll put the Greens at between 11.5 and 13.5 percent.", "11.5 and 13.5 percent",
     "share", "percent"),
    ("The Green Party's final share was 12.5 percent.", "12.5 percent", "share", "percent"),
    # "it" of a verb of measure is the quantity the sentence before named
    ("Turnout reached 58.6 percent at the close. At 5 p.m. it had stood at 47.8 percent.",
     "47.8 percent", "Turnout", "percent"),
    # the participle after a list of people says what befell them all
    ("The office raised the number of police and soldiers injured to 31.", "31",
     "injured", "people"),
    # "the number of" a participle naming people by what befell them
    ("Officials set the number of displaced near 62,000.", "62,000", "displaced",
     "people"),
    # a figure a number noun is "of" counts what the noun's compound names
    ("It gave a seat projection of 18 to 21 for each party.", "18 to 21", "seat", "seats"),
    ("Officials gave a casualty count of 300 on Monday.", "300", "casualty", "casualties"),
    # of compounds before a number noun the one nearest it heads the others
    ("Its 14 deaths mean a case fatality rate of 2.3 percent.", "2.3 percent", "fatality",
     "percent"),
    ("It would put the case fatality rate at 3 percent.", "3 percent", "fatality", "percent"),
    # a figure a comparison sets against an earlier one of its sentence counts what that one does
    ("Traffic averaged about 45 ships a day in April, down from more than 90 a day in 2021.",
     "90", "ships", "ships per day"),
    ("The agency counted 1,200 homes destroyed, against 900 in the first report.", "900", "homes",
     "homes"),
    # a number right after a colon counts what "the tally of" before the colon names, not a
    # noun said later in its list
    ("The tally of rescues has climbed since the storm: 58 on Sunday, against 37 a week "
     "before, and 19 boats lost, against 6.", "58", "rescues", "rescues"),
    ("The tally of rescues has climbed since the storm: 58 on Sunday, against 37 a week "
     "before, and 19 boats lost, against 6.", "19", "boats", "boats"),
    # a bare object after the same subject's earlier object in its sentence counts the same
    ("The bakery, which once baked 4,000 loaves a day, now bakes about 3,000.", "3,000",
     "loaves", "loaves per day"),
    ("The quarry, which once shipped 900 tonnes of slate a week, is moving about 600.", "600",
     "slate", "tonnes per week"),
    # a bare number after a fronted "of" phrase counts a part of what it names
    ("The roll had 1,800,000 voters. Of those voters, 160,000 are registered abroad.", "160,000",
     "voters", "voters"),
    # a share set against a share in the other notation counts the same
    ("Nearly a third of hospital nurses walked out, against 55% according to the union.", "55%",
     "nurses", "percent"),
    # a count that only says where is not what a comparison is about
    ("Some 6,500 people remain homeless in 9 shelters, down from 27,000 in March.", "27,000",
     "homeless", "people"),
    # a percentage in brackets after a count restates it as a share of what it counts
    ("Of the 80 deaths reported, 18 (22%) occurred at home.", "22%", "deaths", "percent"),
    ("It was confirmed in 18 of 24 samples tested (75%).", "75%", "samples", "percent"),
    # "N of them" counts the plural noun the clause named last, when no figure stands after it
    ("The council counted 23 dead and later 468. The revised count covers deaths from the flood to "
     "May, and about 190 of them were caused by drowning.", "190", "deaths", "deaths"),
    ("Engineers inspected 400 homes in the districts, and 120 of them were condemned.", "120",
     "homes", "homes"),
    # "the frequency of X" is a number of X in a time, like "the number of X"
    ("The army would raise the frequency of escorted convoys from two to three per day.",
     "three", "convoys", "convoys per day"),
    # a change "to X ... from Y" sets Y against X, rate and all
    ("Traffic through the canal fell to roughly 40 ships a day in May from more than 90 in 2022.",
     "90", "ships", "ships per day"),
    # a sum is what the noun it is "of" names, not what a sum before it in the sentence is
    ("The bakery made €4.2m in net profit last year on revenue of about €31m.", "€31m",
     "revenue", "EUR"),
    ("The chess federation paid $2m in prizes, against a budget of $3m.", "$3m", "budget", "USD"),
    # ... but the clause's own noun wins over the "of" noun
    ("The bakery's fire insurance, with a limit of $20 million, covers the ovens.", "$20 million",
     "insurance", "USD"),
    # a share or a sum "of which" names is a part of the sum before it, and counts what it counts
    ("The marathon said it spent $38.4 million ($31.5 million), of which 61% went on security.",
     "61%", "spending", "percent"),
    ("The bakery reported revenue of $1.2m, of which its cafe, the Corner Room, earned about a "
     "fifth.", "a fifth", "revenue", "fraction"),
    ("Repair costs will be $640,000, of which $185,000 was booked in the spring.", "$185,000",
     "costs", "USD"),
    # a comparison sets a sum against the sum a conversion in brackets restates, in its currency
    ("The marathon says the closure cost it €13m ($14.6m) a day, up from the €11m it gave last "
     "week.", "€11m", "cost", "EUR per day"),
    # a change after a sum whose noun is found late (the price of a sum per tonne and of its
    # conversion) is the change of what that sum counts
    ("Imported fertiliser landed at the quay was offered at $398 a tonne (about €366) last week, "
     "up 6% from a week earlier, traders said.", "6%", "price", "percent"),
    # a second clause's subject the parser joins to the first clause's last noun
    ("For the year, the bakery's sales rose to $30.6m and net profit was $4.2m.", "$4.2m",
     "profit", "USD"),
    # a measure on a verb chained to the first verb, with no subject of its own, measures what
    # the first verb's figure does, in its own unit as in a bare number
    ("The marathon route was set at 42 km, then cut to 21km after the storm.", "21km", "route",
     "km"),
    ("The ferry ban zone was first drawn at three kilometres, widened to five on Friday, then "
     "brought back to 3km on Sunday.", "3km", "zone", "km"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word", "unit"), CLAUSE_COUNTED)
def test_counted_noun_from_the_clause(extract, sentence: str, text: str, word: str,
                                      unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and word.lower() in fig.counted.lower().split(), fig.counted
    assert fig.unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), [
    ("The new quota leaves each trawler with 310 tonnes for the season.", "310 tonnes"),
    ("That leaves the reservoir with 12 million cubic metres.", "12 million cubic metres"),
    ("The tanker will enter the strait with 80,000 tonnes aboard.", "80,000 tonnes"),
])
def test_a_total_a_verb_of_directed_motion_governs_is_no_release(extract, sentence: str,
                                                                  text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head not in ("released", "leaved", "entered"), fig.counted


HEADS = [
    # sentence, figure, the counted noun's head word (what the quantity classes read)
    ("The estimate: about 310,000 barrels released between 9 June and 2 July.",
     "310,000 barrels", "released"),
    ("Floods left 412,000 displaced.", "412,000", "displaced"),
    ("Rescuers found 80 bodies.", "80", "body"),
]


MEASURE_OF_THE_SUBJECT = [
    # sentence, a bare number, its unit: a clause whose subject is a unit word ("cubic metres")
    # is in that measure, never a count of the word
    ("Geologists think 4.6 million cubic metres came down, far above the agency's 3 million.",
     "3 million", "cubic metres"),
    ("In March 18 million litres flowed into the bay, well above the utility's 11 million.",
     "11 million", "litres"),
    # a percentage "of" a whole: the whole and the part are in the whole's unit, never percent
    ("He said: \"Twenty percent of 60 million was 12 million.\"", "12 million", "count"),
    ("He said: \"Twenty percent of 60 million was 12 million.\"", "60 million", "count"),
    # a part that "of which" or "including" names right after a measure is in that measure
    ("The storm struck 1,180 hectares of orchards, of which 810 had already been frosted.",
     "810", "hectares"),
    ("The mill stores 40 tonnes of flour, including about 12 from local farms.", "12", "tonnes"),
    ("The mill bought 40 tonnes of flour, including 12 bags of rye.", "12", "bags"),
    # ... but a count "of which" the verb "be" names by a plural noun counts that noun
    ("The mill employs 40 people, of which 12 are bakers.", "12", "bakers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), MEASURE_OF_THE_SUBJECT)
def test_a_bare_number_of_a_measured_subject_is_in_its_measure(extract, sentence: str, text: str,
                                                                unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


UNIT_TOKENS = [
    # sentence, a token of it, whether it is a unit word (never what a figure counts)
    # a scale suffix the tokenizer split from the digits it is glued to
    ("The ward's count of 63.2M could be cut by 90,000.", "M", True),
    ("Sales reached 3.2K units.", "K", True),
    # a letter standing apart is a name, not a scale
    ("Block M of the estate holds 400 flats.", "M", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "unit"), UNIT_TOKENS)
def test_unit_words(sentence: str, word: str, unit: bool) -> None:
    from store.extract.figures.counted import is_unit_noun
    from store.extract.nlp import load_nlp

    tok = next(t for t in load_nlp()(sentence) if t.text == word)
    assert is_unit_noun(tok) is unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), HEADS)
def test_a_participle_head_keeps_its_form(extract, sentence: str, text: str, head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head


@pytest.mark.slow
def test_a_percentage_after_a_time_or_a_place_is_nobody_s_share(extract) -> None:
    fig = extract("By Friday 40 percent had it back.")[0]
    assert fig.counted is None or "share" not in fig.counted


@pytest.mark.slow
def test_a_number_that_points_back_counts_what_it_points_at(extract) -> None:
    text = "The agency confirmed 640 deaths. Of the 640, 212 were in the capital."
    figures = extract(text)
    assert [(f.text, f.unit) for f in figures] == [("640", "deaths"), ("640", "deaths"),
                                                   ("212", "deaths")]
    part = extract("Of the 845 deaths recorded, about 260 of them were drownings.")[-1]
    assert (part.text, part.unit, part.counted) == ("260", "deaths", "deaths")


@pytest.mark.slow
def test_points_among_percentages_are_percentage_points(extract) -> None:
    figures = extract("The poll had the mayor on 37.1 percent and her rival on 31.4 percent, "
                      "a gap of 5.7 points.")
    assert figures[-1].unit == "percentage points"
    assert extract("The index fell 310 points on Monday.")[0].unit == "points"


@pytest.mark.slow
def test_members_of_an_armed_group_count_as_fighters(extract) -> None:
    text = "Estimates of ALF strength vary. There were 9,000-12,000 members in Velmora and Ostland."
    fig = extract(text, armed=frozenset({"ALF"}))[0]
    assert fig.unit == "fighters"


NOT_FIGURES = [
    "| Town | Deaths per 1,000 |\n|---|---|\n",  # the base of a column's rate per head
    "The ferry left at 0615 from the north quay.",  # a clock time with a leading zero
    "The storm hit land at 2240 local time.",
    "Gallery: the flooded valley | Picture 4 of 19",  # the length of a page's sequence
    "Write to us at 48 Quayside Road, Lowport.",  # a house number
    "Office: 17 rue des Tanneurs, 69002 Lyon",  # a house number and a postal code
    "This note is for clients only. Hanul Capital, 41 Sejong-daero, Jung-gu, Seoul.",
    "Bureau de presse, 41088 Vellmar\nAll rights reserved.",
    "Tarn Institute | Kade 4, 3511 Harlem | www.tarn.example.org",  # a footer's cells
    # a running story's day and its numbered statements
    "Dock strike day 23: ferries idle as talks stall",
    "Flood response: update 9\n\nThe council met again.",
    "See Okafor B. Counting the missing. Flood Stud. 2024;9(2):117-131.",  # a cited article's pages
    "If you are in danger, call 17 (police) or 15 and give your address.",  # numbers to call
    "Residents said they rang 911 that night.",
    "To donate, text RELIEF to 70123 from any network.",
    "Read the full survey (PDF, 3.4 MB) on our site.",  # a file's size
    "All totals are rounded to the nearest 50.",  # a step of rounding
    # another article's headline: in a page's list of links, or cited by its quoted title
    "Most viewed\n1. Ferry strike strands 2,000 at Brill\n2. Mayor pledges 40 new buses\n",
    "MOST POPULAR\n\n1. Tin price hits $31,000\n2. Smelter to shed 300 jobs",
    "Read more: Dock union wins 6% pay rise",
    'A report on 3 May ("Strike idles 80 trawlers") misstated the levy.',
    "In a story headlined \u201cFerry line hires 12 crew\u201d, we gave the wrong date.",
    "The network logged tremors of magnitude 3.5 or greater.",  # a threshold on a scale
    "None of the shocks was above magnitude 6.2 this week.",
    "The bill would lift the legal retirement age from 65 to 67.",  # an age a rule sets
    "Nurses say no to retirement at 67.",
    "It lowered the voting age to 16.",
    "The rebels could regroup within four to 9 months.",  # duration
    "He died almost five years ago.",
    "Swapping the valve took 14 hours in all.",  # a duration, with no "per"
    "The report, dated 15 July 2019, was late.",  # date
    "It was published on Apr 21.",
    "The levy was set on Aug. 14 and lifted on Sept. 3.",  # an abbreviation's stop is no end
    "The fair ran between June 4 and 19 in Ostrava.",  # the last day of a span of days
    "Ferries were held from Oct. 2 to 9 at Brill.",
    "In 2016 the group lost Sirte.",  # year
    "One of its slogans is to persist.",  # "one of"
    "The two factions met.",  # determiner + small word number
    "Norland's three main parties agreed.",  # a possessive, then a word of rank
    "Peru and Chile, the world's two biggest tin producers, met.",
    "Resolution 2368 was adopted.",  # document number
    "A Category 4 storm hit the coast.",
    "She was aged 25 when she left.",  # age
    "A Boeing 737 flew low over Route 66.",  # names with numbers
    "Analysts at the (TR)3 laboratory mapped the dunes.",
    "Between 2010 and 2015 the town grew.",  # a span of years
    "Call 555-1234 for details.",  # a phone number
    # time stamps, telephone lines, exchange-rate notes, confidence levels
    "Last updated Tue 4 Jun 2024 16.20 BST",
    "Published 11:05 AM GMT+2",
    "Media line: tel. (044) 731-2200.",
    "Press office, +33 (0)1 44 55 66 77, press@example.org",
    "Questions? Call us: 55 4412 9080",
    "Switchboard +44 20 7946 0321 ext. 5521, press@example.org",
    # a step on a scale of alert or restriction, whatever plural follows
    "Level 2 restrictions began in May.",
    "The utility brought back Stage 6 power cuts.",
    # a class, a grade or a route by its number, whatever plural follows
    "Results of the grade 8 and grade 9 maths papers came out.",
    "Most of the class 10 pupils passed the chess exam.",
    "The route 9 buses ran late all week.",
    # the later items of a list of document parts
    "It breached Articles 12(3)(b), 40, 41 and 44 of the code.",
    "It found breaches of Articles 12(3)(b) and 40 of the code.",
    # a year after the name of a quarter or a half
    "The Q3 2025 earnings slides were late.",
    # a year before a singular noun, a plural between; a baseline's year before "levels"
    "Pensioners still speak of the 1998 savings bank collapse.",
    # the people a claim is attributed to
    "The kiln ran day and night, two union sources said.",
    "The vault was emptied, three people familiar with the inquiry said.",
    "The lot sold early, according to two dealers.",
    "Four officials told the Courier so.",
    "The firm survived the 2008 commodities crash.",
    "Ferry traffic has yet to climb back to 2018 levels.",
    "Wages are lower in 2012 terms than a decade ago.",
    "In the 14 quarters since then, prices rose.",  # a duration
    "One of the banks held its rate.",  # "one" of nothing measured stays a determiner
    # the unit a table or a chart is written in
    "## Harbour spending by item (A$ millions)",
    "Chart: arrivals by port and by month (thousands).",
    "Only the last four digits of the code were shown.",  # a determiner with a word of position
    "Sales by region, in millions of dollars:",  # the unit of a list
    "| Ward | 2025 (£ million) | 2026 (NOK million) |",  # a scale word alone in a header
    "Bakery sales by shop (€ billion)",
    "Turnover of the chess federation, in US$ million:",
    "The forecast came from its chief economist, Ana Ruiz, 51.",  # an age closing the sentence
    # telephone numbers written without a "+" or with a dash after the trunk "0"
    "Owners can apply at the offices or by calling 22841 60 317.",
    "For news, call 01816-440219.",
    "Press desk: +30 22410 55 190",
    "Listen for alerts on the 166 emergency number before you go.",  # a number to call
    "VALLEY NEWS | Friday 24 July 2026 | Edition 7,903",  # a masthead's issue number
    "It rained hard at one point or another.",  # an idiom
    "It published a 214-page report (PDF, 46 pages).",  # the length of a document
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Analysts put the bill closer to 80bn rand.",  # the tagger: an ordinal
    "Getting by on 40 litres a day: a town adapts",  # the tagger: a time
])
def test_a_number_with_a_unit_is_a_figure_whatever_the_tagger_calls_it(extract,
                                                                        sentence: str) -> None:
    assert len(extract(sentence)) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "low"), [
    # the tagger calls "Three quarters" a date; a fraction of a scale word is a number
    ("Three quarters of a million voters cast ballots early.", 750e3),
    ("Three quarters of a billion dollars was raised.", 750e6),
    ("Half of a million tourists came.", 500e3),
])
def test_a_fraction_of_a_scale_is_no_date(extract, sentence: str, low: float) -> None:
    assert [f.low for f in extract(sentence)] == [low]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "found"), [
    # a comma closes a date or a name before a count
    ("At the peak, on 17 July, 1,340 firemen were at work.", ["1,340"]),
    ("Since 3 May, 12,900 residents have fled.", ["12,900"]),
    ("Some 1,040 homes burned this season, 287 of them in one fire.", ["1,040", "287"]),
    # a scale glued to the digits, which the tagger may call an ordinal
    ("The firm's 2bn green bond is trading below par.", ["2bn"]),
])
def test_a_count_after_a_date_or_a_name_and_a_comma_is_a_figure(extract, sentence: str,
                                                                found: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == found


@pytest.mark.slow
def test_a_count_after_a_single_document_part_is_still_a_figure(extract) -> None:
    assert [f.text for f in extract("Under Article 5, 300 people were detained.")] == ["300"]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_figures(extract, sentence: str) -> None:
    assert [f.text for f in extract(sentence)] == []


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a number word with "a" in the subject of a verb of price is the quantity priced
    ("In March a dozen limes cost 4.20 euros.", ["4.20 euros"]),
    ("By May a dozen sold for 3 euros at the quay.", ["3 euros"]),
    ("A dozen crates were lost in the storm.", ["A dozen"]),
])
def test_the_quantity_a_price_is_for_is_no_figure(extract, sentence: str,
                                                   figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a day after a month's day and "and" or "or" is a day of the date
    ("Dockers in Tema will walk out on March 9 and 10, their union said.", []),
    ("Farmers call sit-in for July 14 and 15; cocoa prices up 12%", ["12%"]),
    ("The council will meet on Nov. 2 or 3 to set the levy.", []),
    ("Ballots close Oct. 3 or 4; 310 polling stations will open.", ["310"]),
    ("Weavers plan two sit-ins on April 14 and 15 in Kumasi.", ["two"]),
    # a count after it has its noun, or is past any day of a month
    ("By August 2 and 14 more ferries had been impounded.", ["14"]),
    ("On May 6 and 45 were arrested in all.", ["45"]),
])
def test_a_day_added_to_a_months_day_is_no_figure(extract, sentence: str,
                                                  figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a numbered list of the text's own, and a quotation a report gives, keep their figures
    ("Steps agreed:\n1. Hire 400 nurses by May.\n2. Build 12 clinics.", ["400", "12"]),
    ('The survey said "we counted 160 boats" at the quay.', ["160"]),
    ("The study (published in March) found 45 wells dry.", ["45"]),
    # the text's own figures after a cited headline
    ('A report on 3 May ("Strike idles 80 trawlers") said the fund was EUR 9m; it is EUR 6m.',
     ["EUR 9m", "EUR 6m"]),
])
def test_figures_beside_a_headline_are_kept(extract, sentence: str, figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a comma after a day and its month closes the date: a small number after it is a count
    ("On 19 October, 6 trains were cancelled and 4 diverted.", ["6", "4"]),
    ("By 3rd March, 9 ferries had been seized at Brill.", ["9"]),
    ("On 2 June, 14 were still missing in Koria.", ["14"]),
    # a month with no day before it, or a year after the comma, stays a date
    ("It reopened on June 4, and 300 staff returned.", ["300"]),
    ("The depot was sealed on 4 May, 2027 by the army.", []),
])
def test_a_count_after_a_whole_date_and_a_comma(extract, sentence: str,
                                                figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a count said at a time of day, which no clock reads, is a count
    ("The toll in Ostra rose to 64 by night, up from 47 in the morning.", ["64", "47"]),
    ("Rescuers had reached 1,240 by midnight, from 95 in the afternoon.", ["1,240", "95"]),
    # an hour, or the minutes of a time, are the time
    ("The ferry left at 10:45 in the morning.", []),
    ("The last tram leaves at 11 at night.", []),
    ("Checks have slowed lorries by up to 36 hours.\n\nends", []),  # a length of time
])
def test_a_count_at_a_time_of_day_is_a_count(extract, sentence: str,
                                              figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # a "one" whose verb says what befell it counts the dead, the missing or the injured
    ("Forty cabins were buried at Lenk. One woman, a ski guide, is missing.", ["Forty", "One"]),
    ("The dam held overnight; one person drowned.", ["one"]),
    ("Three crew swam ashore and one was killed in the blast.", ["Three", "one"]),
    # which one, or a "one" of no fate, is no count
    ("One of the guides was injured near Lenk.", []),
    ("One official said the pass would reopen.", []),
    ("One answer is more buses.", []),
])
def test_a_one_that_died_or_is_missing_is_a_count(extract, sentence: str,
                                                  figures: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == figures


@pytest.mark.slow
def test_a_time_per_one_thing_measures_time(extract) -> None:
    fig = {f.text: f for f in extract("Repair time is 3.5 hours per pump, the maker says.")}["3.5"]
    assert (fig.unit, fig.counted) == ("hours per pump", "time")


@pytest.mark.parametrize(("entity", "date"), [
    ("300 a month", False),  # a count per a period: a rate
    ("1,100 every year", False),
    ("nine a fortnight", False),  # the number in words
    ("40 per week", False),
    ("six months", True),  # a duration
    ("12 March", True),
    ("a month after the flood", True),
])
def test_a_number_per_a_period_is_no_date(entity: str, date: bool) -> None:
    assert _date_like(entity) is date


@pytest.mark.slow
def test_front_matter_is_never_mined(extract) -> None:
    text = "---\ntitle: 40 boats lost\ndate: 2024-09-20\n---\n\nThe storm sank 12 boats.\n"
    start = text.index("The storm")
    figures = extract(text, body_start=start)
    assert [f.text for f in figures] == ["12"]


@pytest.mark.slow
def test_the_unit_of_an_exchange_rate_is_not_an_amount(extract) -> None:
    assert [f.text for f in extract("(£1 = $1.27)")] == ["$1.27"]
    # one of a currency "to" an amount in another: no range, and no amount of its own
    assert [f.text for f in extract("At €1 to £0.86 and $1.09, the loan is dearer.")] == [
        "£0.86", "$1.09"]


EXCHANGE = [
    # sentence, figure, unit: a bare number "per" a currency, said of another currency
    ("The zloty was barely moved at 4.31 per euro on Tuesday.", "4.31", "PLN per EUR"),
    ("The lira traded at 35.2 per dollar.", "35.2", "TRY per USD"),
    ("Prices rose to 40 per barrel.", "40", "prices"),
    ("The shilling closed at 131.6 per dollar.", "131.6", "KES per USD"),
    ("The rupee weakened to 86.4 per dollar.", "86.4", "INR per USD"),
    # a currency named in the singular as its rate's subject
    ("The cedi traded at 12.4 per dollar on Monday.", "12.4", "GHS per USD"),
    ("The rouble closed at 92.4 per dollar in Moscow.", "92.4", "RUB per USD"),
    ("The forint slid to 402 per euro.", "402", "HUF per EUR"),
    # a sum in one currency per one unit of another: the other's code, not its word
    ("Imports will cost 4 billion rand, at an exchange rate of 18 rand per dollar.", "18 rand",
     "ZAR per USD"),
    ("The bank let the won slide to 1,390 won per dollar on Monday.", "1,390 won", "KRW per USD"),
    ("Tarvo's fare is 40 pesos per litre of diesel.", "40 pesos", "MXN per litre"),
    # "to" or "against" the pound: sterling, which "a pound" or "per pound" after a sum is not
    ("At about 1.16 euros to the pound, the break costs more.", "1.16 euros", "EUR per GBP"),
    ("The bank converted the loan at 29.5 koruna to the pound.", "29.5 koruna", "CZK per GBP"),
    ("Tourists changed money at 22 rand to the pound in Durban.", "22 rand", "ZAR per GBP"),
    ("Greengrocers sold plums at 3 euros a pound.", "3 euros", "EUR per pound"),
    # after a verb of price whose subject is goods, "to the pound" is a weight, no sterling
    ("Beef sold at 4 dollars to the pound.", "4 dollars", "USD"),
    ("Mutton fetched 6 euros to the pound at the fair.", "6 euros", "EUR"),
    ("Sterling sold at 1.16 euros to the pound.", "1.16 euros", "EUR per GBP"),
    # "per" another currency's code, as a note of the rates used gives it
    ("Rates used: CHF 0.94 per EUR (central bank, May average).", "CHF 0.94", "CHF per EUR"),
    ("The ferry line converted its fares at SEK 10.9 per USD.", "SEK 10.9", "SEK per USD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), EXCHANGE)
def test_a_currency_priced_per_another_is_an_exchange_rate(extract, sentence: str, text: str,
                                                           unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


@pytest.mark.slow
def test_a_confidence_level_is_not_a_share(extract) -> None:
    figures = extract("Between 300 and 800 died (90 percent confidence interval).")
    assert [f.text for f in figures] == ["300 and 800"]


REVISIONS = [
    # sentence, old figure, new figure, whether the new one revises the old
    ("The agency revised its count of missing climbers from 14 to 9 on Sunday.", "14", "9", True),
    ("Officials lowered the estimate of damaged homes from 2,300 to 1,750.", "2,300", "1,750",
     True),
    ("The authority updated the number of households without water from 4,000 to 6,500.",
     "4,000", "6,500", True),
    ("The official count rose from 61 to 75 on Monday.", "61", "75", True),
    ("Exports fell from 900 to 600 containers a week.", "900", "600", False),
    # a verb that also changes the world revises only a number
    ("The navy will increase the frequency of convoys from two to three a day.", "two", "three",
     False),
    ("The plant cut output from 900 to 600 tonnes a day.", "900", "600 tonnes", False),
    ("The ministry raised the toll from 38 to 912.", "38", "912", True),
    # "to Y from the provisional count of X": the old figure named as the count it was, and a
    # written date's year before "to" is no end of a range
    ("The bureau has revised the population of the province as of 1 May 2026 to 2,481,300 "
     "from the provisional count of 2,466,950.", "2,466,950", "2,481,300", True),
    ("The ministry raised the toll to 412 from its earlier estimate of 380.", "380", "412",
     True),
    ("Exports rose to 41,000 tonnes from the previous year's total of 36,000 tonnes.",
     "36,000 tonnes", "41,000 tonnes", False),
    # a noun of change before "from", whichever verb the parser hangs it on
    ("The council has priced the expansion of the bakery, from 600 to 1,500 loaves a day, at "
     "€3m.", "600", "1,500", False),
    ("The marathon board approved a cut in the entry fee from £40 to £35.", "£40", "£35", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "old", "new", "revises"), REVISIONS)
def test_from_x_to_y_after_a_verb_of_revising_or_change_is_two_figures(
    extract, sentence: str, old: str, new: str, revises: bool
) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert old in figures and new in figures
    assert figures[old].approx == figures[new].approx == "exact"
    assert figures[new].revises == (figures[old].start if revises else None)
    assert figures[old].revises is None


QUALIFIED_FROM = [
    # a qualifier of the first value between "from" and it leaves a change two figures; a verb
    # of spread or none keeps the range
    ("The number of bakery stalls a fair has gone from an average of three to seven.", "three",
     "seven", "exact"),
    ("Marathon entries grew from about 4,000 to 6,500 runners.", "4,000", "6,500", "about"),
    # a move down: the scanner keeps both values, as it does after a bare "from"
    ("The chess club's membership fell from roughly 300 to 240.", "300", "240", "about"),
    ("The bakery cut its staff from an estimated 1,200 to 950.", "1,200", "950", "exact"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "old", "new", "old_approx"), QUALIFIED_FROM)
def test_from_a_qualified_value_to_another_is_two_figures(extract, sentence: str, old: str,
                                                         new: str, old_approx: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert old in figures and new in figures, list(figures)
    assert figures[old].approx == old_approx and figures[new].approx == "exact"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), [
    ("Estimates of the crowd range from about 4,000 to 6,000.", "4,000 to 6,000"),
    ("The bakery hires from about 40 to 60 people each summer.", "40 to 60"),
])
def test_a_qualified_range_with_no_change_stays_one(extract, sentence: str, text: str) -> None:
    assert [f.text for f in extract(sentence)] == [text]


UP_FROM = [
    # sentence, whether the figure before "up/down from" replaces the one after
    ("The ministry now puts crop losses at $6.8 million, up from an initial $2.3 million.", True),
    ("The commission's final count of valid ballots is 52,417, up from 49,830.", True),
    ("The toll rose to 40 on Friday, up from 38.", True),
    ("Turnout rose to 61 percent, up from 56 percent.", False),
    ("The port handled 420 ships, up from 260 in the previous year.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "replaces"), UP_FROM)
def test_up_from_replaces_a_stage_of_the_same_count(extract, sentence: str,
                                                     replaces: bool) -> None:
    new, old = extract(sentence)[:2]
    assert (new.revises == old.start) == replaces


SURFACES = [
    # an area "of water" measures what lies on it, an area of land is what is held
    ("Surveys showed fuel on less than 130 square kilometres of water.", "fuel"),
    ("The slick covered 260 square kilometres of sea.", "slick"),
    ("A sheen on 50 square kilometres of water was seen.", "sheen"),
    ("The army controls 300 square kilometres of territory.", "territory"),
    # searched or swept over, the area is the water's own
    ("The lifeboats covered about 900 square kilometres of sea on Friday.", "sea"),
    ("The frigates searched 2,600 square kilometres of ocean.", "ocean"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "counted"), SURFACES)
def test_an_area_of_water_measures_what_lies_on_it(extract, sentence: str, counted: str) -> None:
    assert extract(sentence)[0].counted == counted


PARTICIPLES = [
    ("The office revised its tally of people displaced since Friday from 3,200 to 5,100.",
     "people displaced"),
    ("The number of people killed rose to 40.", "people killed"),
    ("The number of people rose to 40 as more were displaced.", "people"),
    # any noun for people, not only "people"
    ("Three crew members were killed.", "crew members killed"),
    ("The missile killed four sailors.", "sailors killed"),
    # "aboard" is no participle: those on board, as any count on board is named
    ("Some 21 seafarers were aboard.", "seafarers on board"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "counted"), PARTICIPLES)
def test_a_participle_after_people_says_what_befell_them(extract, sentence: str,
                                                         counted: str) -> None:
    assert extract(sentence)[-1].counted == counted


@pytest.mark.slow
def test_up_from_after_a_verb_of_revising_names_the_old_figure(extract) -> None:
    figures = extract("The ministry raised its tally of flooded farms to 420, up from 260.")
    new, old = figures
    assert (new.text, old.text) == ("420", "260")
    assert new.revises == old.start
    plain = extract("The city had 420 flooded farms, up from 260 last year.")
    assert all(f.revises is None for f in plain)


FROM_A_RANGE = [
    # "from X-Y to Z-W": a range joined by a dash after "from" is where the change started, one
    # figure, when "to" and a number follow it
    ("The insurer raised its estimate of storm losses from 180m-240m euros to 200m-260m euros.",
     ["180m-240m euros", "200m-260m euros"]),
    ("Organisers raised their estimate of the crowd from 12,000-15,000 to 20,000-25,000.",
     ["12,000-15,000", "20,000-25,000"]),
    ("The council lifted the parking fee from 40-50 euros a month to 60 euros.",
     ["40-50 euros", "60 euros"]),
    # no "to" after it: "from X-Y" after a verb of revising is still "from X to Y"
    ("The ministry raised the toll from 38-41 on Monday.", ["38", "41"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "found"), FROM_A_RANGE)
def test_a_dashed_range_after_from_then_to_is_one_figure(extract, sentence: str,
                                                         found: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == found


@pytest.mark.slow
def test_a_range_without_a_verb_of_change_stays_a_range(extract) -> None:
    fig = extract("Estimates of the crowd ranged from 5,000 to 8,000 people.")[0]
    assert (fig.low, fig.high, fig.approx) == (5000, 8000, "range")


RATES = [
    # sentence, figure, unit
    ("The well leaked 4,100 tonnes a day.", "4,100 tonnes", "tonnes per day"),
    ("Pumps moved 6,000 to 8,500 cubic metres per day.", "6,000 to 8,500 cubic metres",
     "cubic metres per day"),
    # the period of an adjective on the noun a measure or an amount is "of", or modifies
    ("Pensioners in Tarvo get a monthly top-up of 800 pesos from the city.", "800 pesos",
     "MXN per month"),
    ("Trawlers will face a 9-tonne weekly cap on haddock from March.", "9", "tonnes per week"),
    # the object a verb sets to, from or at the figure
    ("The deal lifts the basic monthly wage of a junior porter to 31,000 pesos from 26,000 "
     "pesos.", "31,000 pesos", "MXN per month"),
    ("The deal lifts the basic monthly wage of a junior porter to 31,000 pesos from 26,000 "
     "pesos.", "26,000 pesos", "MXN per month"),
    ("The weekly haddock quota was set at 12 tonnes by the board.", "12 tonnes",
     "tonnes per week"),
    ("The monthly bus trip to 40 villages was cut.", "40", "villages"),
    ("The 64,000-tonne cargo docked on Friday.", "64,000", "tonnes"),
    # a short period: after "per", or after "a" that ends the phrase (else an ordinal)
    ("Meltwater poured over the spillway at 85 cubic metres per second.", "85 cubic metres",
     "cubic metres per second"),
    ("The new borehole pump lifts 40 litres a minute from the aquifer.", "40 litres",
     "litres per minute"),
    ("The sorting line reads 90 parcels per minute.", "90", "parcels per minute"),
    ("Voters in Marlow backed the mayor by 61 percent a second time.", "61 percent", "percent"),
    ("In every second village the council spends $3,000 on wells.", "$3,000", "USD"),
    # "every" or "each" before a short period that ends the phrase; a closing quotation mark
    # ends it too, an apostrophe does not
    ("The claims office logs 30 complaints every minute at its peak.", "30",
     "complaints per minute"),
    ("Fans bought 12 tickets every second, the club said.", "12", "tickets per second"),
    ('The union said members were losing "about 2.5 shifts a minute".', "2.5",
     "shifts per minute"),
    ("The 40 chalets are a minute's walk from the lake.", "40", "chalets"),
    ("The pump moves 40 litres every second day.", "40 litres", "litres"),
    # the season a sport or a fishery is given per, where "a season" ends the phrase
    ("The angling club, which sells about 900 permits a season, met on Monday.", "900",
     "permits per season"),
    ("The chess league pays its coach €40,000 a season.", "€40,000", "EUR per season"),
    ("The stadium sold 4,000 season tickets.", "4,000", "tickets"),
    # a rate said once serves a list
    ("The three wells gave 2,000, 3,500 and 6,000 barrels a day.", "2,000", "barrels per day"),
    ("The three wells gave 2,000, 3,500 and 6,000 barrels a day.", "3,500", "barrels per day"),
    ("The operator's 1,200, the regulator's 2,600 and the scientists' 4,000 barrels a day differ.",
     "1,200", "barrels per day"),
    ("Exports fell from 900 to 600 containers a week.", "900", "containers per week"),
    # a range with a direction: both ends
    ("Output went from 800 to 1,400 barrels per day.", "800", "barrels per day"),
    # a conversion in brackets takes the rate written after it
    ("It spilled 95,000 litres (600 barrels) a day.", "95,000 litres", "litres per day"),
    ("It spilled 95,000 litres (600 barrels) a day.", "600 barrels", "barrels per day"),
    # a conversion after the rate, in brackets or after a comma and "about"
    ("Barges brought 9.2 million litres a week (about 7,300 tonnes) to Tarvo.", "7,300 tonnes",
     "tonnes per week"),
    ("The levy would raise 3 billion pesos a year, about $170 million at today's rate.",
     "$170 million", "USD per year"),
    ("The plant lost 300 cubic metres a day, equivalent to about 1,900 barrels.", "1,900 barrels",
     "barrels per day"),
    # "up from" carries the figure's unit
    ("The leak now releases 5,200 barrels a day, up from 3,100.", "3,100", "barrels per day"),
    # a list of who says what, the rate said for the earlier ones
    ("The agency says 17,000 barrels a day, and Halvorsen 900 to 1,400 barrels.",
     "900 to 1,400 barrels", "barrels per day"),
    ("The pipe leaked 4,000 barrels a day, and Northwind stored 20,000 barrels.",
     "20,000 barrels", "barrels"),
    # a measure per head and per period, with or without the substance between
    ("Families were getting roughly 6 litres per person per day.", "6 litres",
     "litres per person per day"),
    ("The team measured between 3 and 7 litres of clean water per person per day.",
     "3 and 7 litres", "litres per person per day"),
    # a box freight is quoted per, named by its length, is the trade's unit for that box
    ("The ferry line charges £90 per 20-foot container and £150 per 40-foot container.", "£90",
     "GBP per TEU"),
    ("The ferry line charges £90 per 20-foot container and £150 per 40-foot container.", "£150",
     "GBP per FEU"),
    ("The brewery pays a $75 handling fee per 40ft box, up from $60 in March.", "$60",
     "USD per FEU"),
    ("The cost of sending a 40-foot container to the island rose to $2,900.", "$2,900",
     "USD per container"),
    ("The brewery pays $75 per container.", "$75", "USD per container"),
    # "a person a day" says both, as "per person per day" does
    ("The marathon's kitchens serve 2 kilos of pasta a person a day.", "2 kilos",
     "kg per person per day"),
    ("The chess camp budgets £30 a head a night.", "£30", "GBP per person per night"),
    # a conversion in brackets between the figure and its rate per head and period
    ("Each pupil gets 20 litres (5 gallons) per person per day.", "20 litres",
     "litres per person per day"),
    ("Each pupil gets 20 litres (5 gallons) per person per day.", "5 gallons",
     "gallons per person per day"),
    # an adjective of period on what a volume or mass measures makes it a rate
    ("The mill's daily output reached 640 tonnes, from 500 tonnes in June.", "640 tonnes",
     "tonnes per day"),
    ("Annual intake was put at 12 million cubic metres.", "12 million cubic metres",
     "cubic metres per year"),
    ("The annual report says 640 tonnes were lost.", "640 tonnes", "tonnes"),
    # "per person" said once for the sentence, the period written with the figure
    ("Towns upstream use twice as much water per person: 240 litres a day.", "240 litres",
     "litres per person per day"),
    # a noun that points back at the quantity of the sentence before takes its rate
    ("Use rose to 164 litres per person per day in May. The utility put the figure for that "
     "month at 171 litres.", "171 litres", "litres per person per day"),
    # a measure of the size of a ration per head and per period, in the sentence after it,
    # is another level of it; a total in the same unit is not
    ("The marathon allows 3 litres of water per person per day. Runners drank 2.4 litres on "
     "the first stage, against 2.9 litres last year.", "2.4 litres", "litres per person per day"),
    ("The marathon allows 3 litres of water per person per day. Runners drank 2.4 litres on "
     "the first stage, against 2.9 litres last year.", "2.9 litres", "litres per person per day"),
    ("The marathon allows 3 litres of water per person per day. The tanker brought 9,000 "
     "litres on Monday.", "9,000 litres", "litres"),
    # "at that rate" goes on at the pace: what follows is a whole it works through
    ("The bakery bakes 400 loaves a day. At that rate, the 12,000 loaves ordered for the "
     "festival will take a month.", "12,000", "loaves"),
    # a rival's figure for a count given per a period, its noun lent by the count before it:
    # per the same period; a possessive may stand before the noun that points back
    ("The guild says 4,200 travellers a day were turned back in May; the ministry's figure was "
     "3,100.", "3,100", "travellers per day"),
    ("Wardens logged 640 visitors a day at the north gate. The park board's own count is 580.",
     "580", "visitors per day"),
    ("The mill shipped 900 tonnes a day in May. The port authority's estimate was 780 tonnes.",
     "780 tonnes", "tonnes per day"),
    # a rival that holds to its own figure, with no noun: the same quantity, rate and all
    ("One bank puts the loss at €40 million a day; the chamber stands by its €95m.", "€95m",
     "EUR per day"),
    ("The mill shipped 900 tonnes a day; the union sticks to its 1,100 tonnes.", "1,100 tonnes",
     "tonnes per day"),
    ("The mill shipped 900 tonnes a day; the union sold its 1,100 tonnes.", "1,100 tonnes",
     "tonnes"),
    ("The guild says 4,200 travellers a day were turned back in May; in all, the ministry's "
     "figure for the whole year was 610,000.", "610,000", "travellers"),
    # the same amount of the same thing said again, in a headline over the body: the same rate
    ("Porters' 31,000-peso demand rejected\n\nThe porters' union repeated its demand of "
     "31,000 pesos a month on Friday.", "31,000", "MXN per month"),
    ("Porters' 31,000-peso bonus approved\n\nThe porters' union repeated its demand of "
     "31,000 pesos a month on Friday.", "31,000", "MXN"),
    # a paragraph break starts another quantity: a new paragraph's estimate is no rate
    ("Each of the co-op's barges hauls six tonnes of gravel a day.\n\nGeologists cut their "
     "estimate of the quarry's reserve to 52,000 tonnes.", "52,000 tonnes", "tonnes"),
    ("A good barge hauls six tonnes of gravel a day.\n\nThe guild calls that figure low and "
     "puts the reserve at 70,000 tonnes.", "70,000 tonnes", "tonnes"),
    # "the price" after a price per a measure, in the sentence before: per the same
    ("Diesel sold for 24 rand a litre in Osterby on Friday. Dealers said the price could reach "
     "27 rand by May.", "27 rand", "ZAR per litre"),
    ("Diesel sold for 24 rand a litre in Osterby on Friday. In Tarvo, the price was 26 rand.",
     "26 rand", "ZAR per litre"),
    ("Diesel sold for 24 rand a litre in Osterby on Friday. The price of the depot was "
     "9 million rand.", "9 million rand", "ZAR"),
    ("Diesel sold for 24 rand a litre in Osterby. The price tag for the new depot is 9 million "
     "rand.", "9 million rand", "ZAR"),
    ("Diesel sold for 24 rand a litre in Osterby. The price for the new depot is 9 million "
     "rand.", "9 million rand", "ZAR"),
    ("A litre sold for 24 rand at most Osterby garages on Monday, against 22 rand in early May "
     "and 20 rand before the strike, according to the Tarvo Dealers Guild. In Tarvo, the price "
     "was 26 rand.", "26 rand", "ZAR per litre"),
    ("Diesel sold for 24 rand a litre in Osterby.\n\nIn Tarvo, the price was 26 rand.",
     "26 rand", "ZAR"),
    # or in its paragraph, past a sentence in another currency
    ("Diesel sold for 24 rand a litre in Osterby on Friday. In euros that is €1.20 a litre. "
     "The price eased to 23 rand on Monday.", "23 rand", "ZAR per litre"),
    ("Diesel sold for 24 rand a litre in Osterby on Friday. In euros that is €1.20 a litre.\n\n"
     "The price eased to 23 rand on Monday.", "23 rand", "ZAR"),
    # "the going rate" after a sum given per something: per the same, in any currency
    ("Brokers pay crane drivers in Tarvo around EUR90,000 a container; in Orla the going rate "
     "is $15,000-25,000.", "$15,000-25,000", "USD per container"),
    ("Guides charge 40 euros a head. In Orla the usual rate is $50.", "$50", "USD per person"),
    ("Guides charge 40 euros a day.\n\nIn Orla the going rate is $50.", "$50", "USD"),
    ("The firm paid $4m in fines. The going rate is $50.", "$50", "USD"),
    # a sum converted at an exchange rate: "the rate" is the exchange rate's, no rate of the sum
    ("At $1.25 to the pound, the rate on Monday, that is about $2.4m for the bakery chain.",
     "$2.4m", "USD"),
    # a place's or a body's own rate by its possessive name; a total between is passed over
    ("The city raised its parking charge from €2 to €3 an hour. A full day now costs €24. "
     "Nantes's rate stays at €2.", "€2", "EUR per hour"),
    ("Locum doctors bill £110 an hour. The trust spent £2.6m on them last year. "
     "Leicester's rate is £95.", "£95", "GBP per hour"),
    ("Barristers charge $900 a day. The appeal cost the union $40,000.\n\nHarlow's rate is "
     "$700.", "$700", "USD"),
    # "rate" modifying a noun ("a rate cut") names a change, not a rate's sum
    ("Nurses earn $45 an hour. Ohio's rate cut saved the state $3m.", "$3m", "USD"),
    ("Guides charge 40 euros a day. The rate rise brought the guild $90,000.", "$90,000", "USD"),
    # a day's or a month's rate is an exchange rate: no rate of a sum
    ("Rooms cost £90 a night. The club put the fee at €78m, or £66.8m at July's rate, down "
     "from the €80m first announced.", "€80m", "EUR"),
    ("The pit drained 900 tonnes a day. The owner revised its count by 40 tonnes.",
     "40 tonnes", "tonnes"),
    ("The pit drained 900 tonnes a day. Since then it has stored 3,000 tonnes.",
     "3,000 tonnes", "tonnes"),
    # a share's rate per quarter
    ("Rents must rise 2% a quarter to catch up.", "2%", "percent per quarter"),
    # money per one of something: after "per"/"each", a measure after "a", or the subject's "per"
    ("Diesel now costs 31.20 rand a litre.", "31.20 rand", "ZAR per litre"),
    ("The scheme pays $150 per pupil.", "$150", "USD per pupil"),
    # a slash and a measure or a period right after the number
    ("Power cleared at EUR92.40/MWh on Monday.", "EUR92.40", "EUR per MWh"),
    ("Brent traded near $71/barrel.", "$71", "USD per barrel"),
    ("Wells gave 310 tonnes/day at most.", "310 tonnes", "tonnes per day"),
    ("The firm earns $4.10 from each subscriber in Asia.", "$4.10", "USD per subscriber"),
    ("Average spending per visitor was $86 last year.", "$86", "USD per visitor"),
    ("The council spent $86 on repairs.", "$86", "USD"),
    # money for each one of something, an adjective or a conversion in brackets between
    ("The council announced 30,000 rand ($1,600) for each grieving household.", "30,000 rand",
     "ZAR per household"),
    ("The council announced 30,000 rand ($1,600) for each grieving household.", "$1,600",
     "USD per household"),
    ("The union wants Rs 30 lakh for every family of the victims.", "Rs 30 lakh",
     "INR per family"),
    # a floating "each" before a conjunction names no noun at all
    ("Lockout weeks cost the quay up to €4m each as ferry talks stall", "€4m", "EUR"),
    ("The state offered Rs 3 lakh ($3,600) for each of their households.", "Rs 3 lakh",
     "INR per household"),
    ("The firm must pay 2 million rand to the family of each miner.", "2 million rand",
     "ZAR per family"),
    ("The ministry has paid Rs 3,00,000 each to 48 households so far.", "Rs 3,00,000",
     "INR per household"),
    ("They paid $500 each to the fund.", "$500", "USD"),
    ("The fund will give $5m for each of the next three years.", "$5m", "USD"),
    # a total, then its share a day after ", or": the total has no rate; a conversion keeps it
    ("The closure cost shops Rs 30 crore ($3 million), or Rs 3 crore a day, traders said.",
     "Rs 30 crore", "INR"),
    ("The closure cost shops Rs 30 crore ($3 million), or Rs 3 crore a day, traders said.",
     "$3 million", "USD"),
    ("The closure cost shops Rs 30 crore ($3 million), or Rs 3 crore a day, traders said.",
     "Rs 3 crore", "INR per day"),
    ("The well spilled 6,000 litres, or 1,600 gallons a day.", "6,000 litres", "litres per day"),
    # the old level "from" sets against the new one "to" names is in its unit, whatever
    # conversion follows
    ("Brokers see the Kenyan harvest falling to 3.1 million sacks from 3.4 million, or about "
     "190,000 tonnes.", "3.4 million", "sacks"),
    ("Brokers see the Kenyan harvest falling to 3.1 million sacks from 3.4 million, or about "
     "190,000 tonnes.", "190,000 tonnes", "tonnes"),
    # also when a verb of revising sets them ("cut its estimate of the crop"): the crop is what
    # is counted, never the old level's unit
    ("The board cut its estimate of the 2028 tea crop to 27.5 million sacks from 29.2 million.",
     "29.2 million", "sacks"),
    # a number right before a measure a hyphen joins to a noun counts what the measure sizes
    ("Exports reached 1.9 million 60-kilogram sacks in May.", "1.9 million", "sacks"),
    ("The agency trucked 400 20-litre jerrycans to the camp.", "400", "jerrycans"),
    # a conversion in brackets, or the substance, between an amount and its period
    ("The regulator put the cost of the delay at EUR4.2bn ($4.6bn) a year.", "EUR4.2bn",
     "EUR per year"),
    ("The regulator put the cost of the delay at EUR4.2bn ($4.6bn) a year.", "$4.6bn",
     "USD per year"),
    ("The country emits about 40 million tonnes of carbon dioxide a year.", "40 million tonnes",
     "tonnes per year"),
    # a period that each brings the amount, said before it; an adjective of period on money
    ("Every month of delay adds about 2 billion rand to the bill.", "2 billion rand",
     "ZAR per month"),
    ("Average annual flood losses were around EUR400m for the region.", "EUR400m",
     "EUR per year"),
    ("The annual report says the firm lost $5m.", "$5m", "USD"),
    # an adjective of period on a named gathering says when it meets, not per what a sum is
    ("Ministers at the annual Lake Orlo Council set the pike catch at 6,150 tonnes.",
     "6,150 tonnes", "tonnes"),
    ("Delegates at the annual Harbour Trade Summit agreed 3,000 tonnes of quota.",
     "3,000 tonnes", "tonnes"),
    ("Annual output at the mill was 3,000 tonnes.", "3,000 tonnes", "tonnes per year"),
    # "for each" and "for every" say "per" in full; the total before ", or" keeps none
    ("The bakery chain says the bread tax cost it €2.4bn between 2025 and 2031, or about €400m "
     "for each year of the levy.", "€400m", "EUR per year"),
    ("The bakery chain says the bread tax cost it €2.4bn between 2025 and 2031, or about €400m "
     "for each year of the levy.", "€2.4bn", "EUR"),
    ("The chess federation pays £300 for every week of the tournament.", "£300", "GBP per week"),
    # an adjective of period right before the noun a count counts
    ("The city's estimate of daily riders under the old scheme was 47,000.", "47,000",
     "riders per day"),
    ("Some 12,000 daily commuters use the bridge.", "12,000", "commuters per day"),
    # or with nouns between that name their kind (an adjective between names a metric)
    ("The number of daily ferry sailings rose to 14 in May.", "14", "sailings per day"),
    ("Tarn will raise its weekly barge slots from 18 to 22.", "18", "slots per week"),
    ("It had 380 million monthly active users in June.", "380 million", "users"),
    ("The annual meeting drew 4,000 delegates.", "4,000", "delegates"),
    # points of a share named before them are percentage points; of an index, points
    ("Its market share fell 1.5 points in a year.", "1.5 points", "percentage points"),
    # a yield is a percentage of a price
    ("The bakery group's bond yield rose 0.8 points in a week.", "0.8 points",
     "percentage points"),
    ("The index fell 1.5 points on Monday.", "1.5 points", "points"),
    # or of a share named right after them, or given by a poll where no scale is named
    ("The bakery chain lost 2.5 points of market share.", "2.5 points", "percentage points"),
    # a move of points in a share named right after it
    ("A 2.5-point rise in the ferry levy rate is due in May.", "2.5", "percentage points"),
    ("The bank's 0.25-point cut in its lending rate surprised traders.", "0.25",
     "percentage points"),
    ("A 3-point drop in the club's ranking followed.", "3", "points"),
    ("The chess federation's poll overstated the champion by 3 points.", "3 points",
     "percentage points"),
    ("A poll found the bakers' confidence index fell 3 points.", "3 points", "points"),
    # points after a noun that makes each a place are things counted, not a scale
    ("The town now has 2,300 charging points for its buses.", "2,300", "charging points"),
    ("Aid agencies run 120 water points in the valley.", "120", "water points"),
    ("Crews fitted 45 charging points a week at depots.", "45", "charging points per week"),
    ("The ferry line opened 12 boarding points along the river.", "12", "boarding points"),
    ("The chess club's rating fell 12 points in May.", "12 points", "points"),
    # a bare number after "by" in a gapped clause is in the unit of the share that moved "by"
    # as much in the clause before
    ("The chess federation's poll overstated the champion by 3 points; the club's by 1.5.",
     "1.5", "percentage points"),
    ("The bakery's flour cost rose by 12 percent, and the mill's by 9.", "9", "percent"),
    ("Bread prices rose by 12 percent and the bakery sold 9 tonnes more.", "9 tonnes", "tonnes"),
    # "down from" sets a measure against the rate before it: the same rate
    ("Every flat may draw 8 litres per person per day, sharply down from a mean of about "
     "18 litres.",
     "18 litres", "litres per person per day"),
    # a measure whose clause points back at the rate of the sentence before keeps its rate
    ("The plant uses 40 million litres a day. It must bring that below 30 million litres.",
     "30 million litres", "litres per day"),
    ("The plant uses 40 million litres a day. Its tank holds 30 million litres.",
     "30 million litres", "litres"),
    # a measure the tagger reads as a time is still a figure
    ("Getting by on 40 litres a day: a town adapts", "40 litres", "litres per day"),
    # a period the count happened within, not one it is given per
    ("The app lost 3 million users in a quarter.", "3 million", "users"),
    ("The app lost 3 million users in a week.", "3 million", "users"),
    # neither says anything of a count or a share
    ("Daily sales rose to 640 units.", "640", "units"),
    # a rate per head of population: its base is part of the unit, not a figure
    ("The attack rate was 420 cases per 100,000 population.", "420", "cases per 100,000 people"),
    # a base that names its persons keeps their plural; "population" is people
    ("It has 40 doctors per 10,000 inhabitants.", "40", "doctors per 10,000 inhabitants"),
    # a base of any plural noun, past the counted noun's modifiers
    ("The county logged 4.2 burglaries per 1,000 households.", "4.2",
     "burglaries per 1,000 households"),
    ("Trials saw 3.1 serious allergic reactions per 10,000 doses.", "3.1",
     "reactions per 10,000 doses"),
    ("The fleet had 2.2 faults per 1,000 buses in May.", "2.2", "faults per 1,000 buses"),
    # a norm written as a glued measure is a norm of the rate measured before it
    ("Families get 9 litres per person per day, short of the 20-litre emergency standard.", "20",
     "litres per person per day"),
    ("Families get 9 litres per day, and the 14-tonne truck is late.", "14", "tonnes"),
    # a count per one of something: the noun after "per" is part of the unit
    ("Each flat now houses an average of 6.2 people per room.", "6.2", "people per room"),
    ("Vans carried 31 people per van, up from around 18 per van in 2021.", "18",
     "people per van"),
    ("The seat quota is 96,400 voters per ward.", "96,400", "voters per ward"),
    ("The peso traded at 17.9 per dollar on Friday.", "17.9", "MXN per USD"),
    # a count said of the average one of something, or of its size, is per one of it
    ("The average flat now holds 4.6 tenants, up from 4.1.", "4.6", "tenants per flat"),
    ("Mean class size fell to 27 pupils in the district.", "27", "pupils per class"),
    ("The typical barge carries 40 containers.", "40", "containers per barge"),
    ("The barge carries 40 containers.", "40", "containers"),
    # the object a verb sets "at" the figure is said of as a subject is
    ("The census put the average household size at 3.8 persons.", "3.8", "people per household"),
    ("The audit put mean class size at 27 pupils.", "27", "pupils per class"),
    ("Officials put the death toll at 40 people.", "40", "people"),
    # with no average word the object is the whole, no count per one of it
    ("The carrier put its fleet size at 62 aircraft.", "62", "aircraft"),
    ("The club put its squad size at 28 players.", "28", "players"),
    ("The report put the median household size at 4.2 persons.", "4.2", "people per household"),
    # the subject names what its count is given per
    ("By March the number of nurses per ward had fallen to 3.", "3", "nurses per ward"),
    # the average of yearly growth is a percentage per year; one year's growth is a share
    ("The average annual growth rate since 2011 was cut from 2.6 percent to 2.4 percent.",
     "2.4 percent", "percent per year"),
    ("Annual growth in the third quarter was 1.9 percent.", "1.9 percent", "percent"),
    # a growth rate named by its period, with no "average", is the mean per period too
    ("The bureau put the annual growth rate at 1.4 percent, the slowest on record.",
     "1.4 percent", "percent per year"),
    ("The annual population growth rate for 2015-2025 is 2.2 percent.", "2.2 percent",
     "percent per year"),
    ("The annual inflation rate eased to 5.9 percent in April.", "5.9 percent", "percent"),
    ("The average annual inflation for the year is put at 5.2 percent.", "5.2 percent",
     "percent"),
    # "per annum" is per year
    ("The port will handle 18 million tonnes per annum.", "18 million tonnes", "tonnes per year"),
    # "after tax", "before tax" say what a sum is net of, not when
    ("His contract is worth €6m a year after tax.", "€6m", "EUR per year"),
    ("Nurses earn £31,000 a year before tax.", "£31,000", "GBP per year"),
    ("The grant was cut to $900 a month after the audit.", "$900", "USD"),
    # an adverb of period after a measure or money, or after what it measures
    ("The quarry ships 7,300 tonnes of gravel daily.", "7,300 tonnes", "tonnes per day"),
    ("The lottery pays out €4m annually, its accounts show.", "€4m", "EUR per year"),
    ("The quarry shipped 7,300 tonnes daily output.", "7,300 tonnes", "tonnes"),
    # a pronoun subject of the same verb in the next sentence: the same quantity, the same rate
    ("The works cleans 52,000 cubic metres of water a day. Next year it will clean 70,000 cubic "
     "metres.", "70,000 cubic metres", "cubic metres per day"),
    ("The works cleans 52,000 cubic metres of water a day. Its reservoir holds 70,000 cubic "
     "metres.", "70,000 cubic metres", "cubic metres"),
    # a rate said once after measures coordinated with what each measures
    ("Barges bring 65,000 litres of diesel and 12 tonnes of grain a week.", "65,000 litres",
     "litres per week"),
    ("The mill grinds 300 tonnes of wheat, 45 tonnes of maize and 9 tonnes of rice a day.",
     "300 tonnes", "tonnes per day"),
    ("Barges brought 65,000 litres of diesel and will add 12 tonnes of grain a week.",
     "65,000 litres", "litres"),
    # a figure set against the one before it, in the same unit, is given per the same
    ("The town grew 2.9 percent a year, well ahead of its district's mean of 1.4 percent.",
     "1.4 percent", "percent per year"),
    ("Pupils get 4 litres per person per day, well short of the norm of 9 litres.", "9 litres",
     "litres per person per day"),
    ("The mill ground 310 tonnes a day, compared with 270 tonnes in May.", "270 tonnes",
     "tonnes per day"),
    ("The mill ground 310 tonnes a day. Compared with 2020, 45 tonnes is small.", "45 tonnes",
     "tonnes"),
    # past an amount's conversion in brackets, or an amount restated in another currency, the
    # one set against it or the level it will move to is given per the same, and so is its own
    # conversion
    ("The ferry strike cost the line €2m (£1.7m) a day, up from the €1.5m it first gave.",
     "€1.5m", "EUR per day"),
    ("A baker's average wage of €30,000 a year is about $33,000, which will rise to roughly "
     "€32,000 ($35,000) by 2030.", "$33,000", "USD per year"),
    ("A baker's average wage of €30,000 a year is about $33,000, which will rise to roughly "
     "€32,000 ($35,000) by 2030.", "€32,000", "EUR per year"),
    ("A baker's average wage of €30,000 a year is about $33,000, which will rise to roughly "
     "€32,000 ($35,000) by 2030.", "$35,000", "USD per year"),
    ("The bakery paid €30,000 a year in rent, and its new oven will cost $33,000.", "$33,000",
     "USD"),
    ("Maize flour in Tarvo fell to 30 pesos a kilogram on Friday, from a peak of 42 pesos in "
     "June.", "42 pesos", "MXN per kg"),
    ("Diesel in Osterby fell to 21 rand a litre this week, from 24 rand in May.", "24 rand",
     "ZAR per litre"),
    ("The tanker sold diesel at 12 rand a litre, from a stock worth 9 million rand.",
     "9 million rand", "ZAR"),
    ("The Osterby scheme pays 900 rand per boat, from a fund of 4 million rand.",
     "4 million rand", "ZAR"),
    # a bare number set against a rate: the same noun, inherited, and the same rate
    ("The ferry carried about 6,300 riders a day, well above the 4,100 the council expects.",
     "4,100", "riders per day"),
    ("The county logged 212 infections per 100,000 people, far above the regional rate of 31.",
     "31", "infections per 100,000 people"),
    # a number in words given per a period, which the tagger calls a date
    ("Inspectors shut 14 kiosks a week in spring, up from six a week in winter.", "six",
     "kiosks per week"),
    ("Inspectors shut 14 kiosks a week in spring. By July the rate had slowed to one a week.",
     "one", "kiosks per week"),
    # an amount added to one given per something is given per the same
    ("The board pledged R40,000 for each family, on top of the R6,000 paid in May.",
     "R6,000", "ZAR per family"),
    ("The board pledged R40,000 in all, on top of the R6,000 paid in May.", "R6,000", "ZAR"),
    # money per head and per night
    ("A shelter bed cost £62 per person per night last winter.", "£62",
     "GBP per person per night"),
    ("Rooms went for €95 a night in August.", "€95", "EUR per night"),
    # money per one of something said after it without "per": "a" and a noun the amount is hung
    # on, "to each", "each" shared over the plural noun of its verb, "for each of them"
    ("That works out at £42 a pupil, against the £38 the trust planned.", "£42",
     "GBP per pupil"),
    ("That works out at £42 a pupil, against the £38 the trust planned.", "£38",
     "GBP per pupil"),
    ('The inspector said the true bill was "nearer £700 a tourist" in the end.', "£700",
     "GBP per tourist"),
    ("The club gave 800 rand to each player after the final.", "800 rand", "ZAR per player"),
    ("The board offered growers 2.5 million rand each after the frost.", "2.5 million rand",
     "ZAR per grower"),
    ("The three trawlers are listed and could sell for $40m together, or about $4m to $6m "
     "each, brokers said.", "$4m to $6m", "USD per trawler"),
    ("The three trawlers are listed and could sell for $40m together, or about $4m to $6m "
     "each, brokers said.", "$40m", "USD"),
    ("Housing the evacuated tenants cost £12m, £640 for each of them.", "£640",
     "GBP per tenant"),
    ("Housing the evacuated tenants cost £12m, £640 for each of them.", "£12m", "GBP"),
    ("They paid $500 each to the fund.", "$500", "USD"),
    ("The board paid $300m, a small part of its debt.", "$300m", "USD"),
    # ... also when a wire dateline opens the sentence and capitalises the plural past its dash
    ("TAMPERE, May 6 - Bakers in the old town will receive a grant of 900 euros each, the "
     "council said.", "900 euros", "EUR per baker"),
    ("LYON, June 2, 2025 - Runners in the spring marathon will pay a levy of 12 euros each, "
     "organisers said.", "12 euros", "EUR per runner"),
    ("LYON, June 2, 2025 - Siemens will pay 12 euros each to the fund, it said.", "12 euros",
     "EUR"),
    # the subject says what the amount is per: one that "each" or "every" shares it over, or
    # one of a kind a verb of price prices, said as a fact; a number word it is counted in
    ("Every tenant evicted from the block will receive 900 rand ($48), the council said.",
     "$48", "USD per tenant"),
    ("Each club was fined $40,000 for the delay.", "$40,000", "USD per club"),
    # ... but one counted by a number shares it over that many: no price per one
    ("Every 5,000 tonnes of grain is worth about €900,000 to the port.", "€900,000", "EUR"),
    # the pronoun "each" before the amount shares it over the plural it stands for: its "of"
    # phrase, the verb's subject, or the subject of the verb its clause hangs on
    ("Each of the six cyclists took home 2,000 euros.", "2,000 euros", "EUR per cyclist"),
    ("The two bus drivers each received £900 in back pay.", "£900", "GBP per driver"),
    ("Nine chess clubs reached the final, each winning $7,500.", "$7,500", "USD per club"),
    ("Each year the bakery gives 5,000 euros to the food bank.", "5,000 euros",
     "EUR per year"),
    ("A ferry ticket to the island costs $35 in summer.", "$35", "USD per ticket"),
    ("In March a dozen limes cost 4.20 euros at the market.", "4.20 euros", "EUR per dozen"),
    ("A litre of lamp oil now costs 3 euros in the valley.", "3 euros", "EUR per litre"),
    ("A season pass is worth $90 to a regular.", "$90", "USD per pass"),
    # a verb of price in a relative clause prices the one of a kind its pronoun stands for,
    # the subject of the sentence, past the nouns of that noun the clause may hang on
    ("A loaf of rye from the spring harvest, which sold for 3 euros at the market in May, now "
     "costs 4 euros.", "3 euros", "EUR per loaf"),
    ("A loaf of rye that sells for £2.40 in the shop could reach £3 by spring, he said.",
     "£2.40", "GBP per loaf"),
    ("A loaf of rye from a village bakery, which sold for 3 euros in May, is dearer now.",
     "3 euros", "EUR"),
    ("A loaf of rye that would sell for £2.40 in the shop is out of reach.", "£2.40", "GBP"),
    ("The club signed a striker who cost £4m in May.", "£4m", "GBP"),
    # the parser may hang the verb of price on the subject as a clause of its own
    ("A litre sold for 410 rand at most Durban garages on Friday.", "410 rand", "ZAR per litre"),
    ("A gallon sold for $4.10 at most stations, against $3.80 in May.", "$3.80",
     "USD per gallon"),
    ("A crate of limes sold for 30 euros at the Tarvo market.", "30 euros", "EUR per crate"),
    # one of a measure said again ("the same"), or had for an amount in a clause of its own,
    # whatever the verb; a verb of price that sells it on
    ("In Tarvo the same kilo fetches 900 euros.", "900 euros", "EUR per kg"),
    ("A tonne bought for 900 rand in Durban resells for 1,400 rand in Harare.", "900 rand",
     "ZAR per tonne"),
    ("A tonne bought for 900 rand in Durban resells for 1,400 rand in Harare.", "1,400 rand",
     "ZAR per tonne"),
    ("The same company sold $4m of shares in May.", "$4m", "USD"),
    ("A firm bought for $3m in May was sold again.", "$3m", "USD"),
    # "around" the parser makes a preposition, with the amount and the noun after it
    ("Brokers pay crane drivers in Tarvo around EUR90,000 a container.", "EUR90,000",
     "EUR per container"),
    ("Brokers pay dock workers around EUR90,000 a container.", "EUR90,000",
     "EUR per container"),
    ("The town spent around $2m a year ago.", "$2m", "USD"),
    # one of a measure before a verb of price the parser makes no subject of
    ("A gram sells on the street in Tarvo for €40 to €55, police say.", "€40 to €55",
     "EUR per gram"),
    # the gram, a measure the amount is given per
    ("Dealers in Tarvo sold it at EUR40-55 a gram.", "EUR40-55", "EUR per gram"),
    ("A two-day stoppage at the ports would cost EUR 1bn.", "EUR 1bn", "EUR"),
    ("A court fined the club $40,000 for the delay.", "$40,000", "USD"),
    ("A fine of $40,000 is the largest in the league's history.", "$40,000", "USD"),
    # a conversion set off by commas, then the rate of both; a total then its share
    ("The tickets cost 5,000 rand, or about $270, a seat.", "5,000 rand", "ZAR per seat"),
    ("The tickets cost 5,000 rand, or about $270, a seat.", "$270", "USD per seat"),
    ("The airlift will cost around £40 million, or about £450 per tourist.", "£40 million",
     "GBP"),
    ("The airlift will cost about £40m, or just over £450 a seat.", "£40m", "GBP"),
    # "to each of" a count of them, said or bounded
    ("The levy raised £3m, paying £4,200 to each of up to 700 crofts.", "£4,200",
     "GBP per croft"),
    ("The trust gave 12,000 rand for each of the 35 clinics.", "12,000 rand", "ZAR per clinic"),
    # an amount and its conversion alone in brackets share the rate written after them
    ("The minister announced that owners would be paid 120 zloty (28 euros) a pig for herds "
     "culled from May.", "120 zloty", "PLN per pig"),
    ("The minister announced that owners would be paid 120 zloty (28 euros) a pig for herds "
     "culled from May.", "28 euros", "EUR per pig"),
    ("The council sold the land for 4 million rand (200,000 euros) a year ago.",
     "4 million rand", "ZAR"),
    # the conversion of an amount in a currency not known, its rate after the brackets
    ("The minister said ranchers would be paid 45 lorins (4.10 euros) a sheep for flocks culled "
     "after March.", "4.10 euros", "EUR per sheep"),
    ("Ranchers were paid 45 lorins (4.10 euros) a year later.", "4.10 euros", "EUR"),
    # a fact box's label that ends in "per" and a noun is the next amount's, not the one before
    ("Key numbers\nPayout per household: 2.1m rand ($114,000)\nThe payout starts in May.",
     "2.1m rand", "ZAR per household"),
    ("Key numbers\nLevy: 30 million rand Payout per household: 2.1m rand\nIt starts in May.",
     "30 million rand", "ZAR"),
    # a time given per one thing is a measure of time, though the tagger calls it a time
    ("Fitters need about 3.5 hours per pump to swap the valve.", "3.5", "hours per pump"),
    ("Swapping a valve takes two and a half hours per pump.", "two and a half",
     "hours per pump"),
    ("The survey took 40 minutes per household.", "40", "minutes per household"),
    # a number given per a period is a rate, though the tagger calls "300 a month" a date
    ("Smugglers move some 4,000 parrots a year, or 300 a month, the agency says.", "300",
     "parrots per month"),
    # the noun of a rate's base ("per 100,000 people") is never what the rate counts
    ("Some 2,310 confirmed infections have been logged since May, a rate of 41 per 100,000 "
     "people, and 12 patients have died.", "41", "infections per 100,000 people"),
    # "a" and a noun right after an amount that the parse hangs on the amount's verb instead
    ("Orchard owners were paid 18 euros a tree for groves felled before June.", "18 euros",
     "EUR per tree"),
    ("Beekeepers were paid 35 euros a hive for colonies lost before May.", "35 euros",
     "EUR per hive"),
    # a period after "a" is still a rate of time, and "a week ago" none
    ("The co-op paid 250 dollars a month for the silo.", "250 dollars", "USD per month"),
    ("Tobin paid 60 euros a week ago for the permit.", "60 euros", "EUR"),
]

# an amount written with a scale and no currency, in an article that counts money
BARE_MONEY = [
    ("The dam now costs 41bn after its builder revised the estimate from 36bn to 41bn euros.",
     "41bn", "EUR"),
    ("Spending rose from 36bn to 41bn euros, far above the 34bn approved in 2019.", "34bn",
     "EUR"),
    ("The rand budget was R12bn last year; the 14.5bn budget for 2027 is larger.", "14.5bn",
     "ZAR"),
    ("The fund holds $40bn. About 9.5bn comes from oil taxes.", "9.5bn", "USD"),
    ("It spent EUR4bn. The figure is short of the 46-52bn range the auditors gave.", "46-52bn",
     "EUR"),
    ("It spent $5bn on a city of 2.4bn people.", "2.4bn", "people"),
    ("It spent $5bn. The region has a population of 1.4 billion.", "1.4 billion", "people"),
    ("It spent $5bn. The world's population reached 8 billion.", "8 billion", "people"),
    # millions of something are everyday copy: only a noun of money makes them money
    ("It paid $5m in fines; 4.2 million users left.", "4.2 million", "users"),
    ("Profits hit $5m, and 3.2 million marched.", "3.2 million", "people"),
    # a part of a sum named right after it is in its currency, whatever its scale
    ("The board approved 64 million euros in relief, including 18 million for growers and 9 "
     "million for ports.", "18 million", "EUR"),
    ("The board approved 64 million euros in relief, including 18 million for growers and 9 "
     "million for ports.", "9 million", "EUR"),
    ("Donors pledged $2.1 billion, of which about 700 million for housing.", "700 million",
     "USD"),
    # a part that counts its own noun keeps it
    ("The bank lent 9 billion pesos to farmers, including 2 million households.", "2 million",
     "households"),
]


# a count reports in its noun's class where units.toml gives one, else in its own plural
COUNT_CLASSES = [
    ("Brenmoor Motors recalled 340,000 SUVs and 95,000 cars over a faulty latch.", "340,000",
     "vehicles"),
    ("Brenmoor Motors recalled 340,000 SUVs and 95,000 cars over a faulty latch.", "95,000",
     "vehicles"),
    ("Inspectors ordered 48,000 laying hens culled at the Ossory farm.", "48,000", "birds"),
    ("A further 7,500 chickens died on the farm.", "7,500", "birds"),
    # a hospital's outpatients and inpatients are its patients
    ("The Tarvo clinic turned away 640 outpatients a day during the stoppage.", "640",
     "patients per day"),
    # a passenger's journey is a trip
    ("Ferries on the Orvan lake carried 2.1 million journeys last year.", "2.1 million",
     "trips"),
    ("The tram network logged about 64,000 journeys a day in May.", "64,000", "trips per day"),
    # a role cut or created is a job
    ("The bakery chain will cut up to 1,200 roles at its head office.", "1,200", "jobs"),
    ("The ferry line will create 300 new roles in Tarvo.", "300", "jobs"),
    ("The bus company announced 450 job cuts in March.", "450", "jobs"),
    ("The mill closure means 90 job losses.", "90", "jobs"),
    ("The central bank made three rate cuts last year.", "three", "cuts"),
    ("The ward held 38 inpatients on Sunday.", "38", "patients"),
    ("A relief convoy of 26 trucks waited at the border.", "26", "trucks"),
    # "head" after a number counts one of what its "of" phrase names; "heads of state" do not
    ("Herders drove some 900 head of cattle down from the Ustrel pass.", "900", "cattle"),
    ("The Marn cooperative lost 2,300 head of sheep to the blizzard.", "2,300", "sheep"),
    ("The summit in Varnholt drew 40 heads of state.", "40", "heads"),
    # a noun written in its plural already keeps it with its own modifiers before it
    ("The operator sent 1,150 railway staff to the junction.", "1,150", "staff"),
    ("The Tarn cooperative lost 300 dairy cattle in the flood.", "300", "cattle"),
    ("Some 64 new staff joined the Ossory clinic.", "64", "staff"),
    ("The Varn plant hired 12 technicians.", "12", "technicians"),
    # a word hyphened before the noun is part of it, a kind of its own, not the noun's class
    ("The open letter was signed by 96 vice-presidents of the league.", "96", "vice-presidents"),
    ("The airline trained 40 co-pilots this spring.", "40", "co-pilots"),
    ("The charity housed 300 ex-soldiers last winter.", "300", "ex-soldiers"),
    # a number before the hyphen makes a size
    ("The 120-bed ward took 30 patients.", "30", "patients"),
    ("Builders warn of a 2.1-million-home shortfall by 2035.", "2.1-million", "homes"),
    # a people's name in the plural counts people, whatever entity the tagger makes of it
    ("Floods displace an estimated 9,400 Malawians a year.", "9,400", "people per year"),
    ("The embassy flew home 2,300 Kenyans last week.", "2,300", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), COUNT_CLASSES)
def test_a_count_reports_in_its_noun_s_class(extract, sentence: str, text: str,
                                             unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


READINGS = [
    # a decimal that counts a noun a scale is read of is a reading on the scale
    ("A 6.2 earthquake shook the valley.", "6.2", "magnitude"),
    ("The tremor measured 5.4, the observatory said.", "5.4", "magnitude"),
    ("There were 14 earthquakes in May.", "14", "earthquakes"),
    # a bare decimal beside a reading, within the scale, is another reading on it
    ("The observatory says the tremor measured 5.4, but the agency puts it at 5.7.", "5.7",
     "magnitude"),
    ("Some 2.5 million people felt the quake.", "2.5 million", "people"),
    # ... even where the sentence lends it a noun
    ("The survey put the quake at magnitude 6.1. The institute stands by its reading of 6.4 "
     "for the main shock.", "6.4", "magnitude"),
    # a bare decimal a few words after a noun a scale is read of, counting nothing of its own
    ("The tremor, which the agency measured at 5.8 and the observatory at 6.0, hit at dawn.",
     "5.8", "magnitude"),
    ("The tremor, which the agency measured at 5.8 and the observatory at 6.0, hit at dawn.",
     "6.0", "magnitude"),
    ("After the quake, households averaged 4.5 members.", "4.5", "members per household"),
    # a noun that is the subject or object of the figure's own verb was not borrowed: no
    # reading on the scale of the sentence before
    ("The AQI hit 412 on Monday. The central bank raised its policy rate to 6.5 the same day.",
     "6.5", "policies"),
    ("The quake measured 7.1. Separately, inflation eased to 3.8.", "3.8", "inflations"),
    # a scale's noun merely near a decimal, governing nothing of it, makes no reading
    ("After the earthquake, the central bank cut its growth forecast to 2.5.", "2.5", "growths"),
    ("After the earthquake, shops reopened and the consumer confidence score fell to 3.2.",
     "3.2", "scores"),
    ("The tremor forced the airline to cancel flights, and its rating was cut to 3.5 by the "
     "agency.", "3.5", "ratings"),
    # on a scale nothing is counted on, a bare whole number (or one in words) of the order of
    # the reading before, in its sentence or the next, is another reading; a count is not
    ("The agency said the AQI on Saturday was 479. The true figure was 497.", "497", "AQI"),
    ("The agency's AQI for Wednesday was 318, and forecasters expect it to stay between 300 "
     "and 350 until the weekend.", "300 and 350", "AQI"),
    ("The agency revised its reading, to 168 from 197 on the AQI scale. \"One hundred and "
     "sixty-eight is still poor,\" the mayor said.", "One hundred and sixty-eight", "AQI"),
    ("The AQI for Monday was 318. Twelve schools shut and 4 flights were cancelled.", "4",
     "flights"),
    ("The AQI for Monday was 318. Officials counted 12 over the week.", "12", "count"),
    ("The quake measured 6.1 on Monday. Officials counted 5 by Friday.", "5", "quakes"),
    # further on, paragraphs after, a number of its order with no noun of its own still is
    ("The marathon was moved after the city's AQI reached 297 on Saturday.\n\nThe race had "
     "drawn 40 clubs from the region.\n\nA second agency put the day's average at 262.", "262",
     "AQI"),
    ("The marathon was moved after the city's AQI reached 297 on Saturday.\n\nThe race had "
     "drawn 40 clubs from the region.\n\nA second agency put the day's average at 262.", "40",
     "clubs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), READINGS)
def test_a_reading_on_a_scale(extract, sentence: str, text: str, unit: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert figures[text].unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), BARE_MONEY)
def test_a_bare_amount_is_in_the_article_s_currency(extract, sentence: str, text: str,
                                                    unit: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert figures[text].unit == unit


@pytest.mark.slow
def test_the_size_a_price_is_given_for_is_not_a_figure(extract) -> None:
    figures = extract("Potato prices rose 30 percent, to R85 for a 10kg bag.")
    assert [f.text for f in figures] == ["30 percent", "R85"]
    assert [f.text for f in extract("The plant needs 10kg of salt.")] == ["10kg"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "found"), [
    # the size of each thing a number right before it counts is no figure
    ("Exports reached 1.9 million 60-kilogram sacks in May.", ["1.9 million"]),
    ("The agency trucked 400 20-litre jerrycans to the camp.", ["400"]),
    # a size with no count right before it stays a figure
    ("Each 60-kilogram sack sold for 90 euros.", ["60", "90 euros"]),
])
def test_the_size_of_each_thing_counted_is_not_a_figure(extract, sentence: str,
                                                        found: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == found


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), RATES)
def test_rates_and_the_figures_a_rate_serves(extract, sentence: str, text: str, unit: str) -> None:
    figures = {f.text: f for f in extract(sentence)}
    assert figures[text].unit == unit


@pytest.mark.slow
def test_a_period_that_dates_an_event_is_no_rate(extract) -> None:
    figures = extract("It corrected the count from 2,100 to 2,700 a week after the flood.")
    assert [f.unit for f in figures] == ["count", "count"]


@pytest.mark.slow
def test_a_list_spread_over_dates_keeps_its_rate(extract) -> None:
    text = "Estimates went from 1,500 barrels a day on 3 June to 4,000 on 11 June."
    assert extract(text)[-1].unit == "barrels per day"


@pytest.mark.slow
def test_an_estimate_of_the_quantity_just_counted_counts_the_same(extract) -> None:
    text = "Officials said 12,400 people had fled the district. The council's estimate is 9,000."
    assert extract(text)[-1].unit == "people"
    text = "The ministry put the toll at 845. The study says the government's 845 is low."
    assert [f.unit for f in extract(text)] == ["deaths", "deaths"]


@pytest.mark.slow
def test_a_bare_number_that_carries_on_the_previous_sentence_takes_its_quantity(extract) -> None:
    text = "The discharge was 2,600 cubic metres a day. By Friday it had fallen to 900."
    last = extract(text)[-1]
    assert (last.text, last.unit) == ("900", "cubic metres per day")
    assert last.counted == "discharge"
    other = extract("The discharge was 2,600 cubic metres a day. Police arrested 14.")[-1]
    assert other.unit != "cubic metres per day"


@pytest.mark.slow
def test_a_number_that_carries_on_a_restated_figure_takes_the_figure_restated(extract) -> None:
    text = ("The charity repeated its estimate that about 1,400 otters are taken every year, or "
            "120 every month. Its director told MPs the agency's figure was \"well under 900\".")
    last = extract(text)[-1]
    assert (last.text, last.unit) == ("900", "otters per year")


@pytest.mark.slow
def test_a_conversion_is_two_figures_of_one_thing(extract) -> None:
    figures = extract("The tanker spilled 3 million gallons, or 11.4 million litres, of diesel.")
    assert [(f.unit, f.counted) for f in figures] == [("gallons", "diesel"), ("litres", "diesel")]
    area = extract("The slick covered 45 square miles (117 km2).")
    assert [f.unit for f in area] == ["square miles", "km2"]


@pytest.mark.slow
def test_where_when_and_source(extract) -> None:
    text = ("The UN Special Envoy, Karl Brenner, told reporters in mid-March that there were "
            "between 10,000 and 13,000 fighters active in Mali and Niger.")
    fig = extract(text)[0]
    assert fig.source == "Karl Brenner"
    assert fig.when == "2019-03" and fig.when_basis == "sentence"
    assert fig.where == ["Mali", "Niger"]
    other = extract("According to a senior defense official, 27 fighters died.")[0]
    assert other.source == "a senior defense official"
    plain = extract("The strikes destroyed 12 depots.")[0]
    assert (plain.source, plain.when, plain.when_basis) == ("the article", "2019-03-24", "article")


SOURCES = [
    ("Figures released by the health ministry showed 4,500 new cases.", "health ministry"),
    # an "according to" speaks for its own clause; the next clause's speaker for its figures
    ("Some 380,000 homes were without water, according to the utility, and the welfare "
     "department still counted 95,000 people displaced.", "the welfare department"),
    ("According to the ministry, 300 people died and 500 were injured.", "the ministry"),
    ("According to data from the central bank, inflation hit 9.8% in March.", "the central bank"),
    ("Minister Jan Kowalski spoke on Monday. He said the army had lost 1,200 tanks.",
     "Jan Kowalski"),
    ("Up to 25,000 foreigners are thought to have gone to Mali.", "the article"),
    ("Police told reporters that 45 protesters were arrested.", "Police"),
    # the body a carrier noun is of, by name or by possessive
    ("UNHCR data show 48,700 refugees crossed in March.", "UNHCR"),
    ("The ministry's figures show 300 people died.", "The ministry"),
    ("According to the agency's count, 41 people died.", "the agency"),
    # verbs joined by "and" share their subject: the second one's figure is the subject's too
    ("The miner restated its output last month and reported a net profit of $310m.",
     "The miner"),
    ("Harlan Mining closed two pits in May and said it had cut 1,400 jobs.", "Harlan Mining"),
    # ... but a verb with a subject of its own speaks for its own figure
    ("The miner closed two pits, and the union said 1,400 jobs were cut.", "the union"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "source"), SOURCES)
def test_sources(extract, sentence: str, source: str) -> None:
    assert extract(sentence)[-1].source == source


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "owner"), [
    ("The European Union pledged €40 million in aid.", "European Union"),
    ("The Party of European Renewal won 612,340 votes.", "Party of European Renewal"),
    ("€40 million was pledged by the EU.", "EU"),
    ("The UN estimated that 12,000 people had fled.", None),  # a source is not an owner
    # a name the entity tagger leaves untagged is still the subject that spent it
    ("The FV spent €2.35 million, near its declared budget.", "FV"),
    # a list after a colon: each number is the name before it's
    ("The remaining seats are distributed as follows: Unidad Costera (UC) 11, UPD 3.",
     "Unidad Costera"),
    # a named possessor of a figure it holds (not of a count it made)
    ("The Green Alliance's vote total rose from 408,920 to 412,650.", "Green Alliance"),
    ("The health ministry's count of the dead rose to 31.", None),
    ("Mozambique's death toll rose to 40.", None),  # a place is where, not whose
    # the one given the figure, or moved from one figure to another
    ("The final count gives the Green Alliance (GA) 36.5 percent.", "Green Alliance"),
    ("Postal ballots lifted the Green Alliance from 31 seats to 32.", "Green Alliance"),
    # a list line's label, when it is a name
    ("Results:\n- Green Alliance (GA): 412,650 votes, 32 seats\n", "Green Alliance"),
    ("Results:\n- Turnout: 61 percent\n", None),
    # a name in apposition to a common-noun subject; a label before a colon is no name
    ("The opposition Civic Front (CF) won 254,380 votes.", "Civic Front"),
    ("Correction: A previous version of this statement gave the number of ferries as 35.", None),
    # two owners together own no one's figure
    ("The Green Alliance and the Red Party together took two-thirds of the seats.", None),
    # names joined by "and" before the counted noun are kinds of it, not its owner
    ("The carrier ordered 40 Airbus and Embraer jets for its regional routes.", None),
    ("The navy bought 12 Saab and Thales radars.", None),
    ("Officials counted 300 Hamas fighters.", "Hamas"),
])
@pytest.mark.slow
def test_owner_of_a_figure(extract, sentence: str, owner: str | None) -> None:
    assert extract(sentence)[0].group == owner


@pytest.mark.slow
def test_each_figure_given_in_a_list_is_the_name_before_its(extract) -> None:
    figures = extract("The final count gives the Green Alliance (GA) 36.5 percent and the "
                      "Frente Verde Popular (FVP) 24.1 percent.")
    assert [f.group for f in figures] == ["Green Alliance", "Frente Verde Popular"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "part_owner"), [
    ("The Progress Party won 31 of the 80 seats.", "Progress Party"),
    ("The Progress Party won 31 of its 80 seats again.", "Progress Party"),
    ("The Progress Party won 31 of the assembly's 80 seats.", "Progress Party"),
])
def test_the_whole_a_part_is_taken_from_has_no_owner(extract, sentence: str,
                                                    part_owner: str) -> None:
    part, whole = extract(sentence)[:2]
    assert part.group == part_owner and whole.group is None


@pytest.mark.slow
def test_a_since_date_bounds_the_figure_it_does_not_date_it(extract) -> None:
    fig = extract("The army has lost 1,200 tanks since February 2022.")[0]
    # a running total up to the day of the article
    assert (fig.when, fig.when_basis) == ("2019-03-24", "running")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), [
    ("Some 640 of the club's members hold a rating above 2000, and 9 are masters.", "640"),
    ("Only 35 of the bowlers keep an average below 1500 pins.", "35"),
])
def test_a_four_digit_threshold_is_no_year(extract, sentence: str, text: str) -> None:
    fig = next(f for f in extract(sentence) if f.text == text)
    assert (fig.when, fig.when_basis) == ("2019-03-24", "article")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "when", "basis"), [
    # a date in a phrase on "since" names what happened then: the bound, not the figure's period
    ("The Zorvane Growers' Union lowered its estimate of the rye crop to 4.1 million tonnes, "
     "the smallest since the 2015-16 frost.", "4.1 million tonnes", "2019-03-24", "article"),
    ("Dockers at Mellport moved 62,000 containers, the most since the Pellow strike of 2014.",
     "62,000", "2019-03-24", "article"),
    ("The Ostrava orchard yielded 910 tonnes of plums, its best harvest since the 2013 floods.",
     "910 tonnes", "2019-03-24", "article"),
    ("The Tarn mill has shed 300 jobs since the 2017 merger.", "300", "2019-03-24", "running"),
    # a figure inside that phrase is dated by it
    ("The rye crop fell to 4.1 million tonnes, the smallest since the 2015-16 frost, when "
     "growers brought in 3.8 million tonnes.", "3.8 million tonnes", "2015", "sentence"),
    # and so is a figure in a "when" clause on the date that follows "since" itself
    ("Unemployment in Zorvane is the highest since 2009, when it reached 9.8 percent.",
     "9.8 percent", "2009", "sentence"),
    ("The Pellow floods are the deadliest since March 2011, when 212 people drowned in the "
     "delta.", "212", "2011-03", "sentence"),
    # a date the bound phrase does not hold still dates the figure
    ("Veloria logged 1,240 landslides in 2018, the most since records began in 1961.", "1,240",
     "2018", "sentence"),
])
def test_a_date_in_a_since_phrase_dates_the_bound_not_the_figure(
        extract, sentence: str, text: str, when: str, basis: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.when, fig.when_basis) == (when, basis)


@pytest.mark.slow
def test_offsets_point_at_the_text(extract) -> None:
    text = "Officials said between £25m-140m in cash remained, and about 800 fighters."
    for fig in extract(text):
        assert text[fig.start:fig.end] == fig.text


# --- properties ----------------------------------------------------------------------------------

PIECES = [*"0123456789,.-–$£€%\\ ", "m", "bn", " million", " to ", " and ", "between ", "one",
          "third", "-", "half of", "hundreds", "US$", " percent", " square kilometres"]
NUMBERISH = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@given(st.one_of(st.text(max_size=200), NUMBERISH))
@settings(max_examples=400, deadline=None)
def test_scan_never_raises_and_keeps_low_below_high(text: str) -> None:
    for expr in scan(text):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start:expr.end] == expr.text
        assert expr.low <= expr.high


@pytest.mark.slow
@given(st.one_of(st.text(max_size=120), NUMBERISH.map(lambda s: f"There were {s} fighters.")))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@pytest.mark.slow
def test_extraction_never_raises_on_arbitrary_text(extract, text: str) -> None:
    for fig in extract(text, date=None):
        assert 0 <= fig.start < fig.end <= len(text)
        assert fig.low <= fig.high
        assert fig.approx in {"exact", "about", "up_to", "at_least", "more_than", "range"}


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "basis"), [
    ("The patrol has recorded five boardings off Velmora since September 20.", "five", "running"),
    ("About 1,200 people have been evacuated so far, officials said.", "1,200", "running"),
    ("Tolland says it has received 3,120 claims to date.", "3,120", "running"),
    ("ALF has 9,000 fighters in Mali.", "9,000", "article"),
    ("The storm killed 40 people, the most in a decade.", "40", "article"),
    # a date in a clause that "since" opens is where the count starts, not its period
    ("It has recorded raids on 14 convoys since the rebels said on March 3 that they would "
     "resume attacks.", "14", "running"),
])
def test_a_running_total_keeps_the_day_it_is_reported(extract, sentence: str, text: str,
                                                      basis: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.when, fig.when_basis) == ("2019-03-24", basis)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "when"), [
    # between two dates as near, the one after the figure is its own
    ("Inflation slowed to 4.2 percent in April from 4.8 percent in March.", "4.8 percent",
     "2019-03"),
    # (April, in an article of 24 March 2019, is the April before it)
    ("Inflation slowed to 4.2 percent in April from 4.8 percent in March.", "4.2 percent",
     "2018-04"),
    ("In March 2018, 4.8 percent; in April 2018, 4.2 percent.", "4.2 percent", "2018-04"),
    # a date in an adverbial or relative clause the figure is not in dates something else
    ("Officials said on 4 March 2019 that 12 people who had fled in 2015 returned.", "12",
     "2019-03-04"),
])
def test_the_nearest_date_and_a_tie_goes_to_the_date_after(extract, sentence: str, text: str,
                                                           when: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.when, fig.when_basis) == (when, "sentence")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "when", "basis"), [
    # a date after a figure set against this one is that figure's, its currency a letter
    # glued to its digits or not
    ("A bus ride to the market now costs N1,000, up from N600 in May.", "N1,000",
     "2019-03-24", "article"),
    ("A bus ride to the market now costs N1,000, up from N600 in May.", "N600", "2018-05",
     "sentence"),
    ("A bus ride to the market now costs $10, up from $6 in May.", "$10", "2019-03-24",
     "article"),
    # "rose to X, from Y in 2015": the figure "to" takes is the new value, the date the old's
    ("Enrolment rose to 8,400 pupils, from 7,900 in 2015.", "8,400", "2019-03-24",
     "article"),
    ("Enrolment rose to 8,400 pupils, from 7,900 in 2015.", "7,900", "2015", "sentence"),
    # without the comma the date may be the move's: it stays the nearest figure's too
    ("Inflation slowed to 4.2 percent from 4.8 percent in March.", "4.2 percent", "2019-03",
     "sentence"),
    # a code of letters and digits that is no currency's prefix is no amount set against it
    ("Joblessness rose to 5.1 percent, from Q3 levels in 2017.", "5.1 percent", "2017",
     "sentence"),
    ("Orders rose to 9,000 trucks, from F150 demand in 2017.", "9,000", "2017",
     "sentence"),
])
def test_a_date_after_a_compared_amount_is_its_own(extract, sentence: str, text: str,
                                                    when: str, basis: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.when, fig.when_basis) == (when, basis)


@pytest.mark.slow
def test_a_date_in_another_clause_does_not_date_the_figure(extract) -> None:
    fig = extract("Officials put the bill at $1.8 billion, making it the costliest repair "
                  "to hit the city since the flood in 2013.")[0]
    assert (fig.when, fig.when_basis) == ("2019-03-24", "article")
    # but a clause on the figure's own noun is its own phrase
    own = extract("The nearly 300 patrols conducted in 2016 helped.")[0]
    assert (own.when, own.when_basis) == ("2016", "sentence")


PLACES_OF_OTHERS = [
    # a place another figure has for its own is not where the total is
    ("Floods hit Kenya. Officials said 188 people had died nationwide, 121 of them in Garissa "
     "and 45 in Tana River.", {"188": ["Kenya"], "121": ["Garissa"], "45": ["Tana River"]}),
    # one figure with a place of its own is no breakdown: the figure it is set against shares it
    ("Floods hit Kenya. Officials said 16,000 people were displaced in Garissa, down from "
     "19,000.", {"16,000": ["Garissa"], "19,000": ["Garissa"]}),
    # the whole a sentence opens with ("Of the N ...") is not where its one part is
    ("Storms lashed Portugal. Of the 52,000 homes insured, about 9,000 are in Porto.",
     {"52,000": ["Portugal"], "9,000": ["Porto"]}),
    ("Drought gripped Chile. Out of 3,400 wells drilled, 1,200 ran dry in Atacama.",
     {"3,400": ["Chile"], "1,200": ["Atacama"]}),
    ("Floods hit Malawi.\n\n- Of the 610 patients, 75 were treated in Lilongwe.",
     {"610": ["Malawi"], "75": ["Lilongwe"]}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", PLACES_OF_OTHERS)
def test_a_place_another_figure_owns_is_not_the_sentences(extract, text, expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected


HEADER_SEATS = [
    # a release's header "Body, City" says where the body sits, not what the release is about
    ("# Ferry safety review\n\n**Press release** | Ministry of Fisheries, Nairobi\n"
     "Published 4 May 2031\n\nThe ministry has inspected 1,240 boats since January.",
     {"1,240": []}),
    ("# Bridge inspections\n\n**Media statement** | Department of Roads, Toronto\n\n"
     "The department has inspected 310 bridges since January.", {"310": []}),
    ("# Ferry safety review in Kenya\n\n**Press release** | Ministry of Fisheries, Nairobi\n\n"
     "The ministry has inspected 1,240 boats since January.", {"1,240": ["Kenya"]}),
    # a place alone in its cell, or a place after a place, still names where the story is
    ("# Ferry safety review\n\nPress statement | Nairobi\n\n"
     "The ministry has inspected 1,240 boats since January.", {"1,240": ["Nairobi"]}),
    ("# Ferry safety review\n\nMedia statement | Nairobi, Kenya\n\n"
     "The ministry has inspected 1,240 boats since January.", {"1,240": ["Nairobi"]}),
    # a country after a national body is the whole it speaks for
    ("# Ferry safety review\n\n**Press release** | Ministry of Fisheries, Kenya\n\n"
     "The ministry has inspected 1,240 boats since January.", {"1,240": ["Kenya"]}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", HEADER_SEATS)
def test_a_release_headers_seat_of_a_body_is_not_the_articles_place(extract, text, expected):
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected


PLACES_IN_A_LIST = [
    # a list of places the tagger found only in part names more than the places found: the
    # figure is about all of them (or their whole), so none is its place
    ("The storm killed 40 people in Velmoor, Tarrant and Ostrava.", {"40": []}),
    ("Officials counted 880 deaths as crews searched the ruins of hamlets in Vetlanda, Skirö "
     "and Oslo.", {"880": []}),
    # a list of places all found is the figure's places
    ("The storm killed 40 people in Kenya, Uganda and Tanzania.",
     {"40": ["Kenya", "Uganda", "Tanzania"]}),
    ("Officials counted 880 deaths as crews searched villages in Kenya and Uganda.",
     {"880": ["Kenya", "Uganda"]}),
    ("Floods displaced 3,000 people in Kenya, Uganda, Rwanda, Burundi and Tanzania.",
     {"3,000": ["Kenya", "Uganda", "Rwanda", "Burundi", "Tanzania"]}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", PLACES_IN_A_LIST)
def test_a_place_found_in_a_list_of_places_not_found_is_no_place_of_the_figure(
        extract, text, expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected


ORG_EVENT_WORDS = [
    ("The Regional Office for Disaster Risk Reduction said 188 people were killed.", None),
    ("The Bureau of Disaster Relief Affairs said 19 people had died.", None),
    ("Typhoon Orwen killed 40 people.", "Typhoon Orwen"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, event", ORG_EVENT_WORDS)
def test_an_event_word_inside_an_organisations_name_names_no_event(extract, text, event):
    assert extract(text)[0].event == event


@pytest.mark.parametrize(("unit", "measure"), [
    ("people", "count:persons"),
    ("cases", "count:persons"),  # a case is a person infected: "infected 1,386" = "1,386 cases"
    ("cases per week", "rate:persons per week"),
    ("doses", None),
    # persons named by their work: a sawmill's "60 employees" and its "60 workers" are one count
    ("workers", "count:persons"),
    ("miners", "count:persons"),
    ("employees", "count:persons"),
    ("staff", "count:persons"),
])
def test_units_that_count_persons_are_one_measure(unit: str, measure: str | None) -> None:
    from store.conflicts.measures import person_count

    assert person_count(unit) == measure


@pytest.mark.slow
def test_the_base_of_a_rate_per_population_is_no_figure(extract) -> None:
    found = [f.text for f in extract("The attack rate was 420 cases per 100,000 population.")]
    assert found == ["420"]


RATE_BASES = [
    ("The county logged 4.2 burglaries per 1,000 households.", ["4.2"]),
    ("Trials saw 3.1 serious allergic reactions per 10,000 doses.", ["3.1"]),
    # the base is passed over, the count before "per" is still read
    ("Clinics saw 250 patients, or 31 patients per 1,000 residents.", ["250", "31"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "found"), RATE_BASES)
def test_the_base_of_a_rate_per_a_number_of_things_is_no_figure(extract, sentence: str,
                                                                found: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == found


FOUND = [
    # sentence, a figure it has: a count after a name that is also a numbering word, money after
    # a date's month
    ("Karsby District recorded 1,600 cases, Marova District 1,348 cases.", "1,348"),
    ("As of 9 June, US$3.6 million has been received.", "US$3.6 million"),
    # a list item after a line that ends in a month: a new line, no day of that month
    ("Families had registered by 4 November.\n- 6,400 tents were handed out.", "6,400"),
    ("Totals run to 30 June.\n12,800 boats were inspected.", "12,800"),
    # a table cell after a row label that ends in a numbering word: a cell, not a name's number
    ("New homes, by area:\n\n| Area | 2029 |\n|---|---|\n| Harbour ward | 212 |\n", "212"),
    ("Bus trips, by depot:\n\n| Depot | Trips |\n|---|---|\n| East zone | 96 |\n", "96"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), FOUND)
def test_figures_after_names_and_dates_are_found(extract, sentence: str, text: str) -> None:
    assert text in [f.text for f in extract(sentence)]


@pytest.mark.slow
def test_a_figure_in_brackets_after_a_month_is_no_day(extract) -> None:
    found = [f.text for f in extract("The busiest month this year was June (6,120).")]
    assert found == ["6,120"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figures"), [
    # written downwards, a span "from X to Y" is a change between two figures, verb or none
    ("A slide in turnout from 71 to 58 percent alarmed the party.", ["71", "58 percent"]),
    # written upwards, it stays a range
    ("Estimates ran from 4,000 to 6,500 people.", ["4,000 to 6,500"]),
])
def test_a_span_written_downwards_is_two_figures(extract, sentence, figures) -> None:
    assert [f.text for f in extract(sentence)] == figures


# a bare count the tagger takes into the date after it ("90 a week earlier") is still a figure;
# a number of the date's own periods ("90 days ago") is not
@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "texts"), [
    ("The queue grew to 160, up from 90 a week earlier.", ["160", "90"]),
    ("Arrivals rose to 412 from 388 last month.", ["412", "388"]),
    ("Some 40 barges crossed, against 36 the week before.", ["40", "36"]),
    ("The depot closed 90 days ago.", []),
    ("She joined 3 weeks ago and left 2 days later.", []),
])
def test_a_count_before_a_relative_date_is_a_figure(extract, sentence: str,
                                                    texts: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == texts


# a clause "N of whom ..." on a noun says what befell the part N, not the whole the noun counts
OF_WHOM = [
    ("A fever outbreak in Carvel has infected 640 people, 15 of whom have died.", "640",
     "people infected"),
    ("A fever outbreak in Carvel has infected 640 people, 15 of whom have died.", "15", "deaths"),
    ("Border guards detained 212 migrants near Osk, most of whom were later released.", "212",
     "migrants"),
    ("The gale wrecked 38 trawlers, 9 of which had been laid up for the season.", "38",
     "trawlers"),
    ("The gale wrecked 38 trawlers, 9 of which had been laid up for the season.", "9",
     "idle trawlers"),
    # a part with a verb of its own is not said to have had what befell the whole
    ("The ferry company said 40 people were evacuated from the pier, 12 of whom are still in "
     "hospital.", "12", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OF_WHOM)
def test_a_part_of_whom_says_what_befell_the_part(extract, sentence: str, text: str,
                                                  counted: str) -> None:
    assert next(f for f in extract(sentence) if f.text == text).counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), [
    ("The agency hired 1500 new nurses in Tarvo.", "1500"),
    ("Volunteers planted 2000 oak saplings along the dyke.", "2000"),
])
def test_a_year_shaped_count_of_a_plural_is_a_figure(extract, sentence: str, text: str) -> None:
    assert text in {f.text for f in extract(sentence)}


# "one" is a count said as how few, or as the last of the counts a clause adds up; alone it
# stays a determiner
ONES = [
    ("Only one goat survived the flood at Marrow Farm.", True),
    ("Three climbers were rescued and one guide is still missing.", True),
    ("Four died of burns and one in a fall from the scaffold.", True),
    ("One guide led the climbers up the ridge.", False),
    ("The levy is only one part of the Vessen plan.", False),
    ("The council had only one direction, Mr Orrin said.", False),
    ("Three climbers were rescued and one of them was flown out.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure"), ONES)
def test_one_counts_only_as_how_few_or_the_last_of_a_list(extract, sentence: str,
                                                          figure: bool) -> None:
    found = {f.text.lower() for f in extract(sentence)}
    assert ("one" in found) is figure


# a date that ends before the number: a timeline line's spaced dash, a full month name's stop
@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), [
    ("Hay prices rose in October. Twelve barges carrying 8,000 bales docked at Venn.", "Twelve"),
    ("4 June - Eleven pickers walk off the Dorrel estate.", "Eleven"),
    ("2 May - 40 stalls reopen on the quay.", "40"),
])
def test_a_number_after_a_date_that_ended_is_a_figure(extract, sentence: str, text: str) -> None:
    assert text in {f.text for f in extract(sentence)}


@pytest.mark.parametrize(("text", "found"), [
    ("Most read\n1. $2,640 for a loft in Brell\n", ["$2,640"]),
    ("Most read\n4. 17 held after dock raid\n", ["17"]),
    ("Top stories\n2. \u20ac9,000 fine for the mayor\n", ["\u20ac9,000"]),
])
def test_a_list_items_number_is_left_out_before_a_sign_or_a_number(text: str,
                                                                   found: list[str]) -> None:
    assert [e.text for e in scan(text)] == found


@pytest.mark.slow
def test_a_cell_after_a_model_name_in_a_table_of_spaces_is_a_figure(extract) -> None:
    table = ("Fleet of the Dalvik ferry line\n\nClass              Vessels   Laid up\n"
             "Sorrel K200             9         4\nTarn 310-40             6         2\n")
    assert [f.text for f in extract(table)] == ["9", "4", "6", "2"]


# the whole a part is counted out of ("two of the nine wards") is a count the text states; a
# number word after a determiner with no part before it stays a determiner
WHOLES_OF_PARTS = [
    ("Two of the nine wards were flooded on Sunday.", ["Two", "nine"]),
    ("Crews reopened four of its seven runways by noon.", ["four", "seven"]),
    ("Only 3 of their five ferries sailed.", ["3", "five"]),
    ("The two factions met in Lusaka.", []),
    ("Each of the two parties lost seats.", []),
    ("One of the two pilots was injured.", []),
    ("Police said one of the three suspects fled.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "texts"), WHOLES_OF_PARTS)
def test_the_whole_a_part_is_counted_out_of_is_a_figure(extract, sentence: str,
                                                       texts: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == texts


# a time said as a mean is a measure of time, in the time word's plural; a length of time, or
# the time until a thing is done, is no figure
MEASURED_TIMES = [
    ("Lorries were waiting an average of 6.5 hours at the border.", [("6.5", "hours")]),
    ("Buses were waiting an average of 40 minutes, against 25 minutes in 2019.",
     [("40", "minutes"), ("25", "minutes")]),
    ("Patients stayed an average of 5 days in the ward.", [("5", "days")]),
    ("The siege lasted 42 days.", []),
    ("Talks resumed after six months of silence.", []),
    ("A new school takes eight months to build.", []),
    # a mean of another thing is given per one of them, which is not read: left out
    ("The outage cut power to 9,000 homes for an average of three hours.", [("9,000", "homes")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "read"), MEASURED_TIMES)
def test_a_mean_time_is_a_measure_of_time(extract, sentence: str,
                                          read: list[tuple[str, str]]) -> None:
    assert [(f.text, f.unit) for f in extract(sentence)] == read


# a length joined to a noun sold in standard sizes names the kind of the thing; a length joined to
# another noun is a measure
STANDARD_SIZES = [
    ("Freight for a 40-foot container from Busan rose to US$2,900.", ["US$2,900"]),
    ("A 20ft box now costs $1,450 to ship.", ["$1,450"]),
    ("Crews built a 40-foot wall along the quay.", ["40"]),
    ("The port handled 310,000 containers in May.", ["310,000"]),
    # the noun qualifies the one after it, whose length the figure is
    ("A 400-metre container ship ran aground.", ["400"]),
    ("The 12-foot box girder collapsed.", ["12"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "texts"), STANDARD_SIZES)
def test_a_standard_size_is_no_figure(extract, sentence: str, texts: list[str]) -> None:
    assert [f.text for f in extract(sentence)] == texts


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "counted"), [
    ("Lorries were waiting an average of 6.5 hours at the border.", "wait"),
    ("Patients stayed an average of 5 days in the ward.", "stay"),
])
def test_a_mean_time_counts_the_time_spent_its_verb_names(extract, sentence: str,
                                                          counted: str) -> None:
    assert [f.counted for f in extract(sentence)] == [counted]


# the words that hedge an amount are one list: each rule that reads past one to the number
# reads every one of them
@pytest.mark.parametrize("word", ["about", "around", "roughly", "some", "nearly"])
def test_every_rule_reads_past_every_hedge_word(word: str) -> None:
    from store.extract.figures import dollars, measured_time, qualifiers, rates_said

    assert measured_time._AVERAGED.search(f"waiting an average of {word} ")
    assert dollars._BRACKETED.match(f"({word} $40 million)")
    assert qualifiers._BRACKET_OPEN.match(f" ({word} 35,600 tonnes)").end() > 3
    assert rates_said._BRACKET.match(f" ({word} $21)").end() > 3


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "source"), [
    # a body in a bracket closing the sentence is its figures' source, a date after it or not
    ("- 2,946 people confirmed dead and 5,530 injured (Ministry of Interior, 20 October).",
     "5,530", "Ministry of Interior"),
    ("- 2,946 people confirmed dead and 5,530 injured (Ministry of Interior, 20 October).",
     "2,946", "Ministry of Interior"),
    ("Floods displaced 12,000 people (Source: World Health Organization).", "12,000",
     "World Health Organization"),
    # a conversion in brackets names nobody
    ("The lake was 9 metres (30 feet) deep.", "9 metres", "the article"),
    # a name alone in brackets is what the figure is about, not its source
    ("The regulator fined the insurer $4m, the largest fine ever imposed on a broker (Orla "
     "Mutual).", "$4m", "the article"),
    ("The walkout grounded 200 flights at the region's largest carrier (Velm Air).", "200",
     "the article"),
    # a figure with another bracket or clause between it and the source is another line's
    ("Rents rose 6 percent in May (Velm Statistics Office), while pay rose 2 percent "
     "(Source: Orla Payroll Bureau).", "6 percent", "the article"),
    ("Rents rose 6 percent in May, while pay rose 2 percent (Source: Orla Payroll Bureau).",
     "2 percent", "Orla Payroll Bureau"),
])
def test_a_body_in_a_closing_bracket_is_the_source(extract, sentence: str, text: str,
                                                   source: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.source == source


COUNTED_PAST_A_DAY = [
    # a day's name that modifies the noun after it is part of the counted phrase, not a date
    ("The 41,200 Sunday ticket holders were refunded.", "41,200", "holders"),
    ("Some 3,000 Friday worshippers gathered at the mosque.", "3,000", "worshippers"),
    # ... but a day said on its own still ends the phrase
    ("Rescuers found 12 Saturday night.", "12", "count"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), COUNTED_PAST_A_DAY)
def test_a_day_name_before_a_noun_does_not_end_what_is_counted(extract, sentence: str, text: str,
                                                               unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # a multiple of a quantity a bare noun names: a ratio
    ("The ward ran at 1.8 times capacity all winter.", "1.8 times", "ratio"),
    ("Orders reached three times capacity in May.", "three times", "ratio"),
    ("Spending on the stadium hit 1.5 times budget.", "1.5 times", "ratio"),
    # earnings and income are sums of money too
    ("Bakery chain's debt to reach 5.6 times earnings", "5.6 times", "ratio"),
    ("The ferry line trades at 14 times income.", "14 times", "ratio"),
    # the parser may split "at N times capacity" into two objects of "at"
    ("The jail was running at 3.5 times capacity.", "3.5 times", "ratio"),
    # how often, or a title: no ratio
    ("The striker scored three times overnight.", "three", "count"),
    ("He has been three times champion.", "three", "champions"),
])
def test_a_multiple_of_a_bare_quantity_noun_is_a_ratio(extract, sentence: str, text: str,
                                                       unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit
