"""Rates said away from the figure's own words (``store.extract.figures.rates_said``): each case
is an invented sentence, the figure and the unit it must have, rate and all; the cases after
each rule's own keep what is not a rate free of one."""

from __future__ import annotations

import pytest

PER_MEASURE = [
    # a measure given per a measure, or per one of something named after "per"
    ("Growers on the plateau harvested 3.1 tonnes per hectare.", "3.1 tonnes",
     "tonnes per hectare"),
    ("The valley's farms got 2.4 tonnes of sorghum per hectare.", "2.4 tonnes",
     "tonnes per hectare"),
    ("Yields in the delta reached 5.2 tonnes an acre.", "5.2 tonnes", "tonnes per acre"),
    ("The smelter burns 3 tonnes of coke per furnace.", "3 tonnes", "tonnes per furnace"),
    # a unit of time is read by the period rule; "per cent" is a share, a plural is no "per"
    ("The glacier shed 40 tonnes of ice per second.", "40 tonnes", "tonnes per second"),
    ("The ferry took 30 tonnes of cargo and a crew of nine.", "30 tonnes", "tonnes"),
    ("Customs found 40 tonnes of hemp and a kilo of resin.", "40 tonnes", "tonnes"),
    # a measure of more than one word, or its symbol, is per one of that measure, named as a
    # rate names it: a count, a mass or an amount per square kilometre, per hectare ("/ha")
    ("Surveyors found up to 60 million mayflies per square kilometre of marsh.", "60 million",
     "mayflies per km2"),
    ("Kelp farms yielded 8 tonnes per sq km last year.", "8 tonnes", "tonnes per km2"),
    ("The levy is 40 euros per square mile of grazing.", "40 euros", "EUR per square mile"),
    ("The co-op pays Rs 9,000/ha to growers.", "Rs 9,000", "INR per hectare"),
    # the tonne's symbol after a slash: a price quoted per tonne
    ("Tin ended the week at $31,250/t in Penang.", "$31,250", "USD per tonne"),
    # a unit of area after a slash, its power written as a digit or a superscript
    ("Flats near the port sell for €4,500/m2, agents say.", "€4,500", "EUR per m2"),
    ("Warehouse rents reached R65/m² in the survey.", "R65", "ZAR per m2"),
    # the kilogram's short name after "per": per kg
    ("Growers in Ostrava sold plums at 46 korunas per kilo.", "46 korunas", "CZK per kg"),
    ("Orchards in the valley hold about 420 trees per hectare.", "420", "trees per hectare"),
]

PERIOD_OF_NOUN = [
    # an adjective of period on the noun the figure is the amount of
    ("Families receive weekly payments of 300 rand.", "300 rand", "ZAR per week"),
    ("The trawlers are held to a 9-tonne weekly quota on haddock.", "9", "tonnes per week"),
    ("Evacuees get a monthly stipend of 2,000 pesos from the ministry.", "2,000 pesos",
     "MXN per month"),
    ("The daily cap is 60 guests.", "60", "guests per day"),
    ("The port pays an annual fee of $2 million to the city.", "$2 million", "USD per year"),
    # ... or the noun an estimate or a forecast set to a level is of
    ("The ferry line raised its estimate of the weekly loss from $40,000 to $55,000.",
     "$55,000", "USD per week"),
    ("The bakery cut its forecast of annual sales to £90,000.", "£90,000", "GBP per year"),
    ("The bakery cut its share of the annual market to £90,000.", "£90,000", "GBP"),
    # ... read from the words before the amount where the parse lost it (a range, a scale)
    ("A Pune consultancy estimated the weekly loss at between Rs 700 crore and Rs 1,300 crore, "
     "or Rs 700-1,300cr, mostly in bakeries.", "Rs 700 crore and Rs 1,300 crore", "INR per week"),
    ("The bus company said the strike was costing it €4m a day, then raised that to €6m, for a "
     "total of €52m. A broker put the daily cost at €7m-9m throughout. Nobody agrees.", "€7m-9m",
     "EUR per day"),
    # ... or the noun an amount of money modifies, the adjective after the amount
    ("Some 900 growers had received the N12,500 monthly grant by Tuesday.", "N12,500",
     "NGN per month"),
    ("The co-operative pays its pickers a R1,800 weekly wage.", "R1,800", "ZAR per week"),
    ("Vesk council approved the €3m annual budget of its harbour board.", "€3m",
     "EUR per year"),
    # an amount taken off a noun of a period: a change of it, per the same
    ("The rebate knocks about $38 off the monthly bill of a Tarn household.", "$38",
     "USD per month"),
    ("The rebate knocks 6 rand off the weekly fare.", "6 rand", "ZAR per week"),
    ("They sent $40 to the weekly market.", "$40", "USD"),
    # not a rate: what a noun holds, or an adjective on a noun the figure is not the amount of
    ("The annual congress of 400 delegates closed on Sunday.", "400", "delegates"),
    ("The weekly bulletin listed 45 sightings.", "45", "sightings"),
    ("Annual inflation of 4.1 percent was reported.", "4.1 percent", "percent"),
    ("Daily consumption on 3 May was 91,200MWh.", "91,200MWh", "MWh"),
    # the level an annualised rate is quoted at is a count, with its noun or without
    ("Building permits climbed to a seasonally adjusted annual rate of 61,300 in May.", "61,300",
     "permits"),
    ("Permits ran at an annual pace of 18,200 in the spring.", "18,200", "permits"),
]

FROM_TO = [
    # the first of "from X to Y" takes the rate said after the second
    ("Departures were cut from 52 to 36 buses a day.", "52", "buses per day"),
    ("Arrivals were cut from 40 to 25 barges a week.", "40", "barges per week"),
    # not the same unit, or not "from": no rate passes
    ("Admissions fell from 60 beds to 40 patients a day.", "60", "beds"),
]

TO_THEN_FROM = [
    # "to X ... from Y": the old level after "from" is in the new one's measure and rate; the
    # object revised says what both count
    ("The institute cut its olive yield forecast to 1.8 tonnes per hectare from 2.3.", "2.3",
     "tonnes per hectare"),
    ("The co-operative lowered its estimate of the valley's barley harvest to 2.4 million tonnes "
     "from 3.1 million.", "3.1 million", "tonnes"),
    ("The board raised its estimate of land flooded to 61,000 hectares from 45,000.", "45,000",
     "hectares"),
    ("The port will cut the number of barges allowed through the lock to 40 a day from 55.", "55",
     "barges per day"),
    # not set against a measure: the revised object's own unit
    ("The ministry raised the death toll from 41 to 96.", "41", "deaths"),
    # a period that says when may stand between the rate and "from"
    ("Pear yields should drop to 18 tonnes per hectare this year from 23 tonnes.", "23 tonnes",
     "tonnes per hectare"),
]

IN_ONE_PERIOD = [
    # what was done within one period, said as such, is a rate of that period
    ("Line crews reconnected 52,000 homes in one hour on Tuesday.", "52,000", "homes per hour"),
    ("The drones sprayed 940 ha in a single day near Sikar.", "940 ha", "hectares per day"),
    # "in a week" says when; "in one go" names no period
    ("The app lost 3 million users in a week.", "3 million", "users"),
    ("The club sold 400 tickets in one go.", "400", "tickets"),
    # persons a day befell are that day's toll, not a pace
    ("Shelling killed 41 people in a single day in Varno.", "41", "people"),
]

CHANGE_AFTER_RATE = [
    # a change set right after a level given per something is given per the same
    ("Nickel closed at $16,400/t, up $310 on the day.", "$310", "USD per tonne"),
    ("Mills paid 84 rupees per kilo, down 6 rupees from June.", "6 rupees", "INR per kg"),
    # not the same unit: no rate passes
    ("Nickel closed at $16,400/t, up 2 percent on the day.", "2 percent", "percent"),
    # the old level a change in percent set after a level is reckoned from: per the same
    ("Bread sold for Sh140 a loaf, up 40 percent from Sh100 a year earlier.", "Sh100",
     "KES per loaf"),
    ("Rice cost 38 pesos per kilo in March, down 12% from 43 pesos in January.", "43 pesos",
     "MXN per kg"),
    ("The ferry carried 1,200 cars a day, up 20% from 1,000 last year.", "1,000",
     "vehicles per day"),
    # another thing, or a change from a time and no old level, takes no rate
    ("The ferry carried 1,200 cars a day, up 20% from 1,000 trucks last year.", "1,000",
     "trucks"),
    ("Rice cost 38 pesos per kilo, down 12% from a year earlier, and 400 pesos in all.",
     "400 pesos", "MXN"),
]

SET_AGAINST = [
    # "up from"/"down from" with an estimate between: the number set against the figure before
    # is in its measure
    ("The board put the olive crop at 410,000 tonnes, up from its earlier estimate of 380,000.",
     "380,000", "tonnes"),
    ("The agency put the reservoir at 61 million cubic metres, down from its May forecast of "
     "74 million, and the city's at 9 million.", "74 million", "cubic metres"),
    # the next of a ranking, "followed by" another at its figure: the same quantity, rate and all
    ("Tarvo grew fastest, at 2.1 percent a year, followed by Orla at 1.7 percent.",
     "1.7 percent", "percent per year"),
    ("The port handled 4,000 tonnes a day, followed by Vesk with 2,500 tonnes.",
     "2,500 tonnes", "tonnes per day"),
    # the level a limit was raised or cut from is the same quantity, rate and all
    ("Savings of up to 90,000 zloty per saver are insured, a limit raised from 60,000 zloty.",
     "60,000 zloty", "PLN per saver"),
    ("The allowance is now 30 euros a night, cut from 45 euros.", "45 euros", "EUR per night"),
    # how far apart the two are, between them, is no amount the second is set against
    ("Rye loaves sold at €3.40 per kg in the week to 12 May, 20% above April's average of "
     "€2.85.", "€2.85", "EUR per kg"),
    ("Rye loaves sold at €3.40 per kg in the week to 12 May, 20% above the €2.85 of April.",
     "€2.85", "EUR per kg"),
    ("Rye loaves sold at €3.40 per kg in the week to 12 May, according to the bakers' guild's "
     "weekly survey of prices in the northern region, 20% above April's average of €2.85.",
     "€2.85", "EUR per kg"),
    ("Rye loaves sold at €3.40 per kg in May, and 20% of bakers spent €900 on flour.", "€900",
     "EUR"),
]

EACH_SUBJECT = [
    # a measure its verb says of "each" or "every" one of something is per that one
    ("Each barge that enters the lower basin releases about 3 million litres of water.",
     "3 million litres", "litres per barge"),
    ("Every tanker through the strait carries some 80,000 tonnes of crude.", "80,000 tonnes",
     "tonnes per tanker"),
    # no "each": the whole
    ("The barges carry 3 million litres of water.", "3 million litres", "litres"),
]

LIST = [
    # another holder's level of an amount given per a period, its verb left out, or the level
    # the same holder revised it to; a total after a rate is none
    ("The chess club puts the hall's cost at $9,000 a month, its critics at up to $12,000.",
     "$12,000", "USD per month"),
    ("The marathon first said the closure cost it €40,000 a day, then raised that to €52,000.",
     "€52,000", "EUR per day"),
    ("The chess club puts the hall's cost at $9,000 a month, its critics at $120,000.",
     "$120,000", "USD"),
    # a bare number that carries on a list after a rate, with its own when or where
    ("The yard launched 14 hulls a year in the 1990s and 9 in the 2000s.", "9",
     "hulls per year"),
    ("Couriers delivered 820 parcels a day in Lisbon, 610 in Porto and 300 in Braga.", "610",
     "parcels per day"),
    # another level of the same quantity set against a rated figure
    ("The ferry line carries 8,000 passengers a day, not the 9,500 it claims.", "9,500",
     "passengers per day"),
    ("The bus company ran 300 buses a day in 2019, not 280 as its report said.", "280",
     "buses per day"),
    # a number with a verb of its own, or a noun of its own, is not one more item
    ("The shelter took in 30 dogs a week in spring and 12 were rehomed.", "12", "dogs"),
    ("The shelter took in 30 dogs a week in spring and 12 cats in all.", "12", "cats"),
    # an amount said of another place after its name and "at", the unit written again
    ("Lyon stayed the dearest market at $3,050 a month, followed by Nantes at $2,780.",
     "$2,780", "USD per month"),
    ("The average fare rose to C$14 a month in spring, the agency data showed, with Tarn at "
     "C$18 and Vesk at C$12.", "C$12", "CAD per month"),
    ("Brent settled at $82 a barrel, with Urals at about $71.", "$71", "USD per barrel"),
    # a total after the list, or a measure of another thing, is no item of it
    ("The stall charged $5 a day, and Orla at $300 in all.", "$300", "USD"),
    ("The ferry carried 300 cars a day, with the Orla at 120 tonnes.", "120 tonnes", "tonnes"),
    # a price that writes its currency's letters again, as a symbol's list does ("$7 in June")
    ("Diesel cost R23 a litre in Durban, R24 in Tzaneen and as much as R26 in Musina.", "R24",
     "ZAR per litre"),
    ("Diesel cost R23 a litre in Durban, R24 in Tzaneen and as much as R26 in Musina.", "R26",
     "ZAR per litre"),
    ("Maize meal sold for Sh95 a kilo in Kisumu and Sh110 in Eldoret.", "Sh110", "KES per kg"),
    # ... a list whose first price the article rates elsewhere (a headline over its body)
    ("Diesel hits R23 in Durban, R26 in Musina\n\nDiesel sold for R23 a litre in Durban on "
     "Monday.", "R26", "ZAR per litre"),
    # ... or a clause after the price that names another place and what the price was there
    ("Diesel sold for R23 a litre in Durban on Monday, up from R19 in May, while drivers in "
     "Musina paid as much as R27.", "R27", "ZAR per litre"),
    ("The price of maize meal was Sh95 a kilo in Kisumu, down from a peak of Sh120 in March, "
     "and in Eldoret it was Sh98 and in Kitale Sh101.", "Sh98", "KES per kg"),
    ("The price of maize meal was Sh95 a kilo in Kisumu, down from a peak of Sh120 in March, "
     "and in Eldoret it was Sh98 and in Kitale Sh101.", "Sh101", "KES per kg"),
    ("Diesel sold for R23 a litre in Durban, while the council in Musina paid R4 million for "
     "buses.", "R4 million", "ZAR"),
    # (another thing's price is per its own one, "a bag of rice ... cost R30", never per litre)
    ("Diesel sold for R23 a litre in Durban, while a bag of rice in Musina cost R30.", "R30",
     "ZAR per bag"),
    # a total or a sum of another order beside a price is no item of the list
    ("Diesel cost R23 a litre in Durban, and R4 billion in subsidies.", "R4 billion", "ZAR"),
    ("Diesel cost R23 a litre in Durban, and R900 in all.", "R900", "ZAR"),
    # a total set off by a comma after the rate: the whole, not a share of the period
    ("The surveyor was paid $400 a day, $12,000 in total, for the job.", "$12,000", "USD"),
    # a sum thousands of times the rate before it in a list is a total, not one more day's pay
    ("The club's budget puts €3.6 million on stewards, paid €120 a day, and €1.7 million on "
     "police.", "€1.7 million", "EUR"),
    ("Guards earn €120 a day, and cleaners €95.", "€95", "EUR per day"),
    ("The clinic saw 60 patients a day, 1,800 in all, during the outbreak.", "1,800",
     "patients"),
    ("Pumps drained 900 litres a minute, 54,000 litres all told, from the mine.",
     "54,000 litres", "litres"),
]

ADVERB = [
    # an adverb of period that ends the figure's clause, a few words after it
    ("Wardens say fewer than 300 pangolins are trapped annually.", "300", "pangolins per year"),
    ("Some 48 barges pass through the lock daily, the port said.", "48", "barges per day"),
    # or its phrase, before a preposition
    ("The ferry took 90 cyclists daily before the bridge reopened.", "90", "cyclists per day"),
    ("The hostel turned away 15 walkers nightly in August.", "15", "walkers per night"),
    # "each day" at the end of a measure's clause, what it is of and where it goes between
    ("The quarry dumps some 900 tonnes of spoil into the bay each day.", "900 tonnes",
     "tonnes per day"),
    # an adverb outside the clause, or before a noun, says nothing of the figure
    ("Inspectors saw 12 kiosks, and reported daily.", "12", "kiosks"),
    ("The firm hired 70 drivers for daily rounds.", "70", "drivers"),
]

PER_ANNUM_SHORT = [
    # "p.a.": per annum, written short
    ("Tuition in Leeswick rose to £11,400 p.a. for overseas students.", "£11,400",
     "GBP per student per year"),  # tuition is one student's fee
    ("The smelter will process 80,000 tonnes p.a. from 2028.", "80,000 tonnes",
     "tonnes per year"),
]

EACH_AFTER_THE_VERB = [
    # "each", "every", "per" after a count's verb and its phrases
    ("About 1,400 pilgrims arrive at the northern shrine each week.", "1,400",
     "pilgrims per week"),
    ("Some 260 trucks cross into the valley every day.", "260", "trucks per day"),
    # "a" that far off may say when
    ("About 1,400 pilgrims arrived at the northern shrine a week ago.", "1,400", "pilgrims"),
]

RESTATED_PER_PERIOD = [
    # a bare number after ", or" that restates a sum per its own period: the sum's currency
    ("The toll brings the council Rs 6m a year, or 500,000 monthly.", "500,000",
     "INR per month"),
    ("The ferry subsidy costs $9m a year, or about 25,000 a day.", "25,000", "USD per day"),
    # no period of its own: not restated per a period
    ("The ferry subsidy costs $9m a year, or 40 crossings.", "40", "crossings"),
]

BARE_UNIT_PRICE = [
    # a bare number per one of a mass or a volume: a price in the currency of the last one
    ("Cocoa fetched GHS 48 per kg in Kumasi on Friday. Buyers in Tamale pay 51 a kilo.", "51",
     "GHS per kg"),
    ("Diesel was N1,020 per litre in March. In Jos it is now 1,180 a litre.", "1,180",
     "NGN per litre"),
    # a period, or an area, is no price's measure; no price before: nothing to go by
    ("The mill paid $310 a tonne for maize. It shipped 4,000 a month to the port.", "4,000",
     "count per month"),
    ("Smallholders in Kisii are paid 60 a kilo.", "60", "count"),
]

EXCHANGE_NOTE = [
    # an exchange-rate note: the amount is given per one of the other currency
    ("Imports rose 4 percent. ($1 = 17.02 pesos)", "17.02 pesos", "MXN per USD"),
    ("The fund holds 4m euros. (£1 = 1.17 euros)", "1.17 euros", "EUR per GBP"),
    # rates chained in one note, or a note after a colon: each per the one unit first named
    ("The loan is 40 million euros ($1 = 0.92 euros = 17.02 pesos).", "17.02 pesos",
     "MXN per USD"),
    ("Exchange rates on 3 March: £1 = €1.17 = $1.27.", "$1.27", "USD per GBP"),
    ("Rates used: $1 = 7.8 yuan.", "7.8 yuan", "CNY per USD"),
    # a note after "at" or "of" in a sentence; one unit "to" each amount of a list of others
    ("At the central bank's reference rate of €1 = SEK 11.20 on 3 May, the bakery's loan "
     "cost more.", "SEK 11.20", "SEK per EUR"),
    ("At €1 to £0.86 and $1.09, the Lyon average rent is about £1,500 a month.", "£0.86",
     "GBP per EUR"),
    ("At €1 to £0.86 and $1.09, the Lyon average rent is about £1,500 a month.", "$1.09",
     "USD per EUR"),
    ("At 130 shillings to the dollar, the bill comes to $2 million.", "130 shillings",
     "KES per USD"),
    ("At 130 shillings to the dollar, the bill comes to $2 million.", "$2 million", "USD"),
    # a currency word with no code of its own, money by the article's country, stands between
    ("Georgia's clubs cheered. In Georgia, at 2.9 lari to the euro, the fee is 226 million "
     "lari.", "2.9", "GEL per EUR"),
    ("Georgia's clubs cheered. Georgia's club paid 3 million lari to the academy.", "3 million",
     "GEL"),
]

EXCHANGE_LIST = [
    # the level after an exchange rate, on another market or day, is a rate of exchange too
    ("The peso traded at 18.2 to the dollar on the official market and at 21.5 on the street "
     "market, dealers said.", "21.5", "MXN per USD"),
    ("The kwacha closed at 1,820 kwacha per dollar in Lilongwe on Friday, and 1,990 on the "
     "street.", "1,990", "MWK per USD"),
    ("The naira closed at N1,510 to the dollar in Lagos on Friday, and at N1,460 in Kano.",
     "N1,460", "NGN per USD"),
    # the level an exchange rate moved from
    ("The peso traded at 18.2 to the dollar on Friday, from 17.4 on March 2.", "17.4",
     "MXN per USD"),
    ("The rand weakened to 19.6 against the dollar in the afternoon, down from 18.9 a week ago.",
     "18.9", "ZAR per USD"),
    # another noun is no level of the rate
    ("The lira traded at 35.2 per dollar on Monday, and 14 banks cut their rates.", "14",
     "banks"),
    ("The shilling traded at 130 to the dollar, from 2,400 shillings of debt.",
     "2,400 shillings", "KES"),
]

CONVERSION = [
    # a conversion in brackets after an amount given per a period is given per the same
    ("Evacuees get a monthly stipend of 2,000 pesos ($110) from the ministry.", "$110",
     "USD per month"),
    ("Evacuees got 2,000 pesos ($110) from the ministry.", "$110", "USD"),
    # after a rate whose unit is hyphened
    ("Solar bids averaged R476 per megawatt-hour, about €23.60, the board said.", "€23.60",
     "EUR per MWh"),
    ("Grid power costs 180 naira per kilowatt-hour (about $0.12) in Lagos.", "$0.12",
     "USD per kWh"),
    # an amount after "or" in the same currency, orders of size smaller, is a share of the
    # first: the rate after it is its own
    ("Interest on the ferry loan will come to about £205m, or roughly £560,000 a day.", "£205m",
     "GBP"),
    ("Interest on the ferry loan will come to about £205m, or roughly £560,000 a day.",
     "£560,000", "GBP per day"),
    # a conversion after "or", before the rate: both amounts are given per it
    ("Hiring the marquee costs about £1,200 or $1,500 a week.", "£1,200", "GBP per week"),
    ("The rink has spent about CHF40,000, or €42,000, a month on ice.", "CHF40,000",
     "CHF per month"),
    ("The rink has spent about CHF40,000, or €42,000, a month on ice.", "€42,000",
     "EUR per month"),
    # a comma after the conversion with no rate: none, and "a day later" says when
    ("The bakery lost £900, or €1,050, a day later than planned.", "£900", "GBP"),
    ("The bakery lost £900, or €1,050, a day later than planned.", "€1,050", "EUR"),
]

HEADLINE = [
    # a headline writes short the amount its article gives per one thing
    ("Ferry firm to run 14 sailings from May\n\nThe firm will run 14 sailings a week to the "
     "islands from May, it said.", "14", "sailings per week"),
    # not where the article gives it per two things, nor in a sentence of the body
    ("Ferry firm to run 14 sailings\n\nIt will run 14 sailings a week from May and 14 "
     "sailings a day in August.", "14", "sailings"),
    ("The firm ran 14 sailings in all.\n\nIt now runs 14 sailings a week.", "14", "sailings"),
    # nor where the headline names another thing of the same amount
    ("Dockers' 9,000-rand bonus approved\n\nThe dockers' union repeated its demand of 9,000 "
     "rand a month.", "9,000", "ZAR"),
    # ... unless the article gives the amount as a price per one of a measure
    ("Mill-gate cocoa at 2,400 cedis; growers protest\n\nBeans fetched 2,400 cedis per kilo "
     "at mills in Kumasi on Monday.", "2,400 cedis", "GHS per kg"),
    # ... or the headline names the one the article gives it per
    ("Textbook to cost $95 as publisher lifts prices\n\nThe publisher will charge $95 per "
     "textbook from September, up from $80.", "$95", "USD per textbook"),
    ("Cylinders to cost 14,000 naira\n\nThe regulator said gas would sell at 14,000 naira per "
     "cylinder from June.", "14,000 naira", "NGN per cylinder"),
    # not a period the headline names otherwise
    ("Day of talks ends with R9m offer\n\nThe union said the mine offered R9m a day in back "
     "pay and R9m a week in bonuses.", "R9m", "ZAR"),
]


BARE_HEADLINE = [
    # a bare number on a headline is the figure its article gives the same value of, per the same
    ("Regulator disputes insurer's tally of 4,700 as storm season ends\n\nThe regulator says "
     "5,300 claims were filed in the province, against 4,700 claims in the insurer's tally.",
     "4,700", "claims"),
    ("Ferry operator says 8,400 crossed in August\n\nSome 8,400 passengers crossed on its ships "
     "in August, the operator said.", "8,400", "passengers"),
    ("Strike enters third week; ward turns away 340 a day\n\nHospitals in the district turned "
     "away about 340 patients a day this week, the health officer said.", "340",
     "patients per day"),
    # not where the article gives the value of two things, nor in a sentence of the body
    ("Port handled 3,100 in spring\n\nThe port handled 3,100 containers in March and 3,100 "
     "tonnes of grain in April.", "3,100", "count"),
    ("The firm counted 4,700 in all. Its rival put the number of claims at 4,700 claims.",
     "4,700", "count"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), BARE_HEADLINE)
def test_a_bare_number_on_a_headline_is_its_article_s_figure(extract, text: str, figure: str,
                                                             unit: str) -> None:
    assert next(f for f in extract(text) if f.text == figure).unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), HEADLINE)
def test_a_headline_gives_the_amount_per_what_its_article_does(extract, text: str, figure: str,
                                                               unit: str) -> None:
    assert next(f for f in extract(text) if f.text == figure).unit == unit


PRICE_CARRIED_ON = [
    # an amount joined by "and" to a price given per one of something, its noun left out: the
    # same price of another time or buyer
    ("Breeders were paid 18 euros a sheep for flocks culled in spring and 22 euros after.",
     "22 euros", "EUR per sheep"),
    ("Admission is \u20ac7 a head for adults and \u20ac3 for pupils.", "\u20ac3", "EUR per person"),
    ("The mill pays $60 per bale before the harvest, but $48 from October.", "$48",
     "USD per bale"),
    # a second clause with its verb left out, its own subject before the amount
    ("Junior nurses earn $52,000 a year, and senior surgeons about $140,000.", "$140,000",
     "USD per year"),
    ("Day pupils pay 4,000 rand a month, while boarders some 9,500 rand.", "9,500 rand",
     "ZAR per month"),
    # the second clause's own subject takes a rate of time only, not the first subject's one
    ("A day ticket costs €12, and a season pass €150.", "€150", "EUR"),
    # nor a time, when it is one thing or names a period of its own
    ("Mooring costs $8 an hour, and a night berth $45.", "$45", "USD"),
    ("Bike hire is €9 a day, and a weekly pass €50.", "€50", "EUR"),
    # a subject ending in a preposition names another thing
    ("Drivers earn $48,000 a year, and a bonus of $5,000.", "$5,000", "USD"),
    # a sum of another order, a total, or an amount with a noun of its own is not that price
    ("Breeders were paid $25 per sheep and $4,000 for the new barn.", "$4,000", "USD"),
    ("Admission is \u20ac7 a head for adults and \u20ac90 in all for a class.", "\u20ac90", "EUR"),
    ("Breeders were paid 18 euros a sheep and 20 euros in fines were waived.", "20 euros",
     "EUR"),
    # "for a car": another one the amount is per, not the same price
    ("The ferry charges $12 a passenger and $30 for a car.", "$30", "USD"),
    ("Guides charge €15 a walker, but €60 for each group.", "€60", "EUR per group"),
    # a price the verb's subject is per, whose first amount gives it per a period instead:
    # the second, said of another place or time, takes the first's period
    ("A berth at the marina costs $900 a month in summer, and $600 elsewhere on the coast.",
     "$600", "USD per month"),
    ("A plot in the allotments costs £30 (about $38) a year, the council says, and £20 "
     "elsewhere.", "£20", "GBP per year"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"),
                         PER_MEASURE + PERIOD_OF_NOUN + FROM_TO + TO_THEN_FROM + SET_AGAINST
                         + CHANGE_AFTER_RATE + IN_ONE_PERIOD
                         + EACH_SUBJECT
                         + LIST + ADVERB
                         + EXCHANGE_NOTE + EXCHANGE_LIST + CONVERSION + PER_ANNUM_SHORT
                         + EACH_AFTER_THE_VERB + RESTATED_PER_PERIOD + BARE_UNIT_PRICE
                         + PRICE_CARRIED_ON)
def test_a_rate_said_away_from_the_figure(extract, sentence: str, text: str, unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


HEADERS = [
    # a column header's rate: a unit per a period or a measure, in brackets or after the noun
    ("| Mill | Output (tonnes/day) |\n|---|---|\n| Orla | 310 |\n", "310", "tonnes per day"),
    ("| Plot | Yield (kg per hectare) |\n|---|---|\n| Vesk | 950 |\n", "950", "kg per hectare"),
    ("| Dairy | Milk (litres a week) |\n|---|---|\n| Tarn | 880 |\n", "880", "litres per week"),
    ("| Gate | Crossings (per day) |\n|---|---|\n| Aldo | 412 |\n", "412", "crossings per day"),
    ("| Gate | Crossings a day |\n|---|---|\n| Aldo | 412 |\n", "412", "crossings per day"),
    ("| Gate | Daily crossings |\n|---|---|\n| Aldo | 412 |\n", "412", "crossings per day"),
    # a currency's hundredths per a share or a measure
    ("| Date | Bid (pence per share) |\n|---|---|\n| 3 May | 180 |\n", "180", "GBP per share"),
    ("| Stall | Plums (US cents/kg) |\n|---|---|\n| North | 120 |\n", "120", "USD per kg"),
    # a currency per another: an exchange rate, per the second's code
    ("| Date | Rand per US$ |\n|---|---|\n| 2 May | 18.4 |\n", "18.4", "ZAR per USD"),
    ("| Week | Naira per dollar |\n|---|---|\n| 1 | 1,480 |\n", "1,480", "NGN per USD"),
    ("| Month | EUR per CHF |\n|---|---|\n| May | 1.04 |\n", "1.04", "EUR per CHF"),
    # columns that say only from when or in what state: the caption says what, and how often
    ("## Weekly ferry sailings by route\n\n| Route | Normal | From 3 May | As of 9 August |\n"
     "|---|---|---|---|\n| Pier line | 14 | 9 | 11 |\n| Total | 35 | 25 | 29 |\n", "25",
     "sailings per week"),
    ("## Weekly ferry sailings by route\n\n| Route | Normal | From 3 May | As of 9 August |\n"
     "|---|---|---|---|\n| Pier line | 14 | 9 | 11 |\n| Total | 35 | 25 | 29 |\n", "35",
     "sailings per week"),
    # a column that is only what the one before it is given per: that column's quantity, as a
    # rate; its base keeps the persons it names ("population" is people)
    ("| Canton | Flu admissions | Per 100,000 inhabitants |\n|---|---|---|\n| Uri | 70 | 19.4 |\n",
     "19.4", "admissions per 100,000 inhabitants"),
    ("| Canton | Flu admissions | Per 10,000 population |\n|---|---|---|\n| Uri | 70 | 1.9 |\n",
     "1.9", "admissions per 10,000 people"),
    ("| Canton | Flu admissions | Per 100,000 inhabitants |\n|---|---|---|\n| Uri | 70 | 19.4 |\n",
     "70", "admissions"),
    # the tonne's symbol, a measure only alone in a header's brackets
    ("| Estate | Tea (t/ha) |\n|---|---|\n| Kerro | 2.9 |\n", "2.9", "tonnes per hectare"),
    ("| Estate | Tea picked (t) |\n|---|---|\n| Kerro | 41,300 |\n", "41,300", "tonnes"),
    ("| Estate | Pickers (total) |\n|---|---|\n| Kerro | 410 |\n", "410", "pickers"),
    # a currency's sign before the slash or "a": the amount per that period or measure
    ("| Suburb | Lease ($/month) |\n|---|---|\n| Tarn | 1,310 |\n", "1,310", "USD per month"),
    ("| Suburb | Q2 lease (C$/month) |\n|---|---|\n| Tarn | 1,310 |\n", "1,310",
     "CAD per month"),
    ("| Market | Saffron (€/kg) |\n|---|---|\n| Vesk | 4,200 |\n", "4,200", "EUR per kg"),
    ("| Route | Toll (£ a day) |\n|---|---|\n| Aldo | 14 |\n", "14", "GBP per day"),
    ("| Route | Toll (£) |\n|---|---|\n| Aldo | 14 |\n", "14", "GBP"),
    # no rate: a unit alone, or a count
    ("| Mill | Output (tonnes) |\n|---|---|\n| Orla | 310 |\n", "310", "tonnes"),
    ("| Gate | Crossings |\n|---|---|\n| Aldo | 412 |\n", "412", "crossings"),
    ("| Year | Annual growth (%) |\n|---|---|\n| 2025 | 2.4 |\n", "2.4", "percent"),
    # a growth rate named by its period is the mean growth per period
    ("| Region | Annual growth rate 2015-2025 (%) |\n|---|---|\n| Orla | 1.4 |\n", "1.4",
     "percent per year"),
    ("| Region | Annual inflation rate (%) |\n|---|---|\n| Orla | 4.4 |\n", "4.4", "percent"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("table", "text", "unit"), HEADERS)
def test_a_rate_said_in_a_column_header(extract, table: str, text: str, unit: str) -> None:
    assert {f.text: f.unit for f in extract(table)}[text] == unit


NOT_THE_SAME_RATE = [
    # a figure with its own noun and verb after a rate, in a clause of its own
    ("Refunds have sped up to 9,000 a week, and more than 120,000 claims have now been paid.",
     "120,000", "claims"),
    # ... and an amount that modifies its own noun, the subject of a verb after the rate
    ("The ferry loses €40,000 a day; the port's €9m upgrade depends on the vote.", "€9m", "EUR"),
    ("The bakery earns £900 a week, and its £60,000 loan runs to 2040.", "£60,000", "GBP"),
    # a relative clause's count on the subject is no unit for what the main verb gains or
    # loses (the level of now, "is moving about 600", would share it)
    ("The ferry line, which employs about 2,400 people, will lose around 300.", "300",
     "count"),
    # (a list of the rate's own quantity still shares it)
    ("The ferry loses €40,000 a day, and the bus €12,000.", "€12,000", "EUR per day"),
    # a measure in another unit, said of the sentence after a rate: another quantity
    ("The tunnel advanced about 30 metres a day, the builder said. At that pace it will reach "
     "the far shaft, some 1,900 feet away, in June.", "1,900 feet", "feet"),
    # "their estimate" two sentences after a rate, another sentence between: not that rate
    ("The plant bottles 6 tonnes of honey a day. \"We could lose that in a month,\" she said. "
     "Inspectors cut their estimate of the harvest to 41,000 tonnes.", "41,000 tonnes", "tonnes"),
    # ... while the sentence right before still lends it
    ("The plant bottles 6 tonnes of honey a day. Inspectors cut their estimate of that to 5 "
     "tonnes.", "5 tonnes", "tonnes per day"),
    # a figure said of a span of several periods, after one given per period: the span's total
    ("Savers pulled an average of $90 million a day, and $610 million in the nine days to "
     "Friday.", "$610 million", "USD"),
    ("The quarry shipped 1,200 tonnes a week, and 14,000 tonnes over the first three months.",
     "14,000 tonnes", "tonnes"),
    # a whole set against a rate: not a level of it
    ("The canal took 40 barges a day, not 12 barges in all.", "12", "barges"),
    # a bare total, then ", or" its share of a day: the total has no rate
    ("Visits to the aquarium totalled 120,000, or about 330 a day.", "120,000", "visits"),
    ("Visits to the aquarium totalled 120,000, or about 330 a day.", "330", "visits per day"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), NOT_THE_SAME_RATE)
def test_a_rate_serves_only_its_own_quantity(extract, sentence: str, text: str,
                                              unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


# a period that says when ("a year earlier", "last week") is no rate, and a figure set against a
# rate said away from it ("per hectare") takes that rate once it is read
WHEN_NOT_HOW_OFTEN = [
    # "on a year": against the level a year before, no rate
    ("Ferry fares rose 8% on a year, the operator said.", "8%", "percent"),
    ("Chess club fees up 12.5% on a year; 27 clubs shut", "12.5%", "percent"),
    ("Growers harvested 2.6 tonnes per hectare, against 3.4 tonnes a year earlier.", "3.4 tonnes",
     "tonnes per hectare"),
    ("The smelter shipped 800 tonnes a month ago.", "800 tonnes", "tonnes"),
    ("Reservoirs held 41 million litres, against 52 million litres a week earlier.",
     "52 million litres", "litres"),
    ("Yields slipped to 4.8 tonnes a hectare, down from 5.5 tonnes.", "5.5 tonnes",
     "tonnes per hectare"),
    # "before" that ends its phrase says when, as "earlier" does
    ("The quarry loads 900 tonnes a day, up from 700 tonnes a year before.", "700 tonnes",
     "tonnes per day"),
    ("The mill ground 60 tonnes of rye in June, against 45 tonnes a month before.",
     "45 tonnes", "tonnes"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), WHEN_NOT_HOW_OFTEN)
def test_a_period_that_says_when_is_no_rate(extract, sentence: str, text: str,
                                            unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


NEEDED_EACH_PERIOD = [
    # a verb of need after a count: how often each needs it, the same people each time
    ("About 40,000 bakers need flour every week, the millers say.", "40,000", "bakers"),
    ("Some 1,300 riders require a spare tyre each month.", "1,300", "riders"),
    # a count that passes or arrives each period, or a count of what is needed, keeps its rate
    ("3,000 runners arrive at the stadium each week.", "3,000", "runners per week"),
    ("The bakery needs 400 eggs every day.", "400", "eggs per day"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), NEEDED_EACH_PERIOD)
def test_a_count_that_needs_a_thing_each_period_is_no_rate(extract, sentence: str, text: str,
                                                           unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


# a flow is so much per unit of time: a measure per anything else is no flow
@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "flow"), [
    ("The well leaked 300 barrels per day.", "300 barrels", True),
    ("The pipe spilled 90 cubic metres per second.", "90 cubic metres", True),
    ("Growers harvested 2.6 tonnes per hectare.", "2.6 tonnes", False),
    ("Households used 140 litres per person.", "140 litres", False),
    ("Camps got 9 litres per person per day.", "9 litres", True),
])
def test_only_a_measure_per_unit_of_time_is_a_flow(extract, sentence: str, text: str,
                                                   flow: bool) -> None:
    assert ({f.text: f.counted for f in extract(sentence)}[text] == "flow") is flow


NEW_LEVEL = [
    # a bare number a verb of change, revising or bounding sets "to" or "at", right after a
    # figure with its own unit, is a new level of that quantity: unit, rate and noun
    ("Ferries on the lake carried 3,000 passengers a day, rising to 4,500 in summer.", "4,500",
     "passengers per day", "passengers"),
    ("The refinery reached 800 barrels a day before falling to 650.", "650", "barrels per day",
     None),
    ("Drinking water in the camp was rationed to 20 litres a day, later cut to 15.", "15",
     "litres per day", None),
    ("The canal board capped crossings at 32 barges a day and later raised the limit to 36.",
     "36", "barges per day", "barges"),
    ("Kettering's bakery sold 900 loaves a week and then lifted the cap to 1,100.", "1,100",
     "loaves per week", "loaves"),
    ("The seep reached 85 litres a day before slowing to 30.", "30", "litres per day", None),
    ("Arrivals at the shelter climbed to 60 families a week and peaked at 85.", "85",
     "families per week", "families"),
]

NOT_A_NEW_LEVEL = [
    # another subject or another object after the first figure: its own quantity
    ("The smelter produced 200 tonnes a day, and its workforce rose to 300.", "300"),
    ("The dealer sold 300 tractors a month and cut staff to 40.", "40"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit", "counted"), NEW_LEVEL)
def test_a_bare_number_a_change_sets_is_a_new_level(extract, sentence: str, text: str,
                                                    unit: str, counted: str | None) -> None:
    fig = next(f for f in extract(sentence) if f.text == text)
    assert fig.unit == unit
    if counted is not None:
        assert fig.counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_A_NEW_LEVEL)
def test_a_change_of_another_thing_is_no_new_level(extract, sentence: str, text: str) -> None:
    fig = next(f for f in extract(sentence) if f.text == text)
    assert " per " not in fig.unit


@pytest.mark.slow
def test_a_number_set_against_an_estimate_leaves_the_crop_to_point_back_at(extract) -> None:
    """ "down from its March forecast of 452,000" takes the tonnes of the figure before it; "its
    own figure" after it still points back at the crop, not at the forecast."""
    figures = {f.text: f for f in extract(
        "The exchange put the olive crop at 410,000 tonnes, down from its March forecast of "
        "452,000. The ministry cut its own figure to 395,000 tonnes from 402,000.")}
    assert figures["395,000 tonnes"].counted == "olive crop"


RENT_A_MONTH = [
    # a rent said with no period is a month's rent, the period rents are quoted in
    ("The median rent for a studio in Korvana was $1,380 last spring.", "$1,380",
     "USD per month"),
    ("Tenants in the Brisk estate saw the average rent reach £1,120 in March.", "£1,120",
     "GBP per month"),
    ("The average rent in Oltrecanale was €940 in 2024 against €810 in 2019.", "€810",
     "EUR per month"),
    ("A loft on Pell Street rented for $2,240 before the fire.", "$2,240", "USD per month"),
    # ... unless the article quotes its rents per another period, which then holds for all
    ("Rents in Tallowby hit $640 a week. In Marrow Creek the median rent was $590.", "$590",
     "USD per week"),
    # its own period stays; rent collected or owed in all is no one rent; nor is a wage
    ("The co-op pays an annual rent of $24,000.", "$24,000", "USD per year"),
    ("Tenants of the Quarry Row blocks owe $3.2 million in unpaid rent.", "$3.2 million", "USD"),
    ("The landlord collected $48,000 in rent last year.", "$48,000", "USD"),
    ("The lessors agreed to defer 30 million euros of rent due in May.", "30 million euros",
     "EUR"),
    ("Tenants owed $2.1bn (£1.6bn) in rent and fees.", "£1.6bn", "GBP"),
    ("The median wage in Korvana was $3,900.", "$3,900", "USD"),
    # one who rented something once paid for it once
    ("The film crew rented a barge for $9,000 to shoot the final scene.", "$9,000", "USD"),
    ("The chapel hall was rented for $1,500 for the wedding.", "$1,500", "USD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), RENT_A_MONTH)
def test_a_rent_with_no_period_is_a_month_s(extract, sentence: str, text: str,
                                            unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


PRICE_OF_ONE = [
    # a noun of price whose "of" or "for" phrase is one of a kind prices that one thing: the
    # amount its verb gives, the level it moved from, and a conversion in brackets
    ("The cost of shipping a 20-foot crate to Varno has risen to $2,800 (about €2,600), from "
     "$1,900 in May, brokers said.", "$2,800", "USD per crate"),
    ("The cost of shipping a 20-foot crate to Varno has risen to $2,800 (about €2,600), from "
     "$1,900 in May, brokers said.", "€2,600", "EUR per crate"),
    ("The cost of shipping a 20-foot crate to Varno has risen to $2,800 (about €2,600), from "
     "$1,900 in May, brokers said.", "$1,900", "USD per crate"),
    ("The spot rate for a 20-foot box reached $5,300 on Monday, up from $4,000 in April.",
     "$4,000", "USD per container"),
    ("The price of a box of matches rose to 40 rupees.", "40 rupees", "INR per box"),
    ("Traders put the price of a sack of rice at 42,000 rupees this week.", "42,000 rupees",
     "INR per sack"),
    ("The fare for a single ride on the Orla tram rose to 3 euros in May.", "3 euros",
     "EUR per ride"),
    # a price summed or picked over many, one case supposed, or no one thing named: a sum
    ("The average price of a flat in Varno was $310,000 in March.", "$310,000", "USD"),
    ("The record price for a slot this year was $2.1m, paid by a tanker.", "$2.1m", "USD"),
    ("The cost of a new lock would be $4bn, the ministry said.", "$4bn", "USD"),
    ("The cost of the dredging has reached $40m.", "$40m", "USD"),
    ("The cost of a night at the Orla hostel is $30, against $25 in May.", "$25", "USD"),
    # a thing with a word of its own before it is one named thing, or of another kind
    ("The cost of a second runway has climbed to $14 billion.", "$14 billion", "USD"),
    ("The price of a lunch box has climbed to $12 at the school.", "$12", "USD"),
    # the trade's other name is that thing only said alone
    ("The fee for a box at the stadium rose to $4,000 this season.", "$4,000", "USD per box"),
    # an adjective that says which of the thing's prices is meant keeps it the price of one;
    # any other makes it a sum
    ("The retail price of a 30-tablet pack of aspirin rose to $6.40 from $5.10.", "$5.10",
     "USD per pack"),
    ("The wholesale price of a sack of flour fell to 18,000 naira, millers said.",
     "18,000 naira", "NGN per sack"),
    ("The official fare for a ride on the Orla ferry was raised to 4 euros.", "4 euros",
     "EUR per ride"),
    ("The regulated price of a cylinder of cooking gas rose to 950 rupees (about $11) on Monday.",
     "$11", "USD per cylinder"),
    ("The total cost of a ticket rose to $90, fees included.", "$90", "USD"),
]


WHEN_A_PERIOD_ON = [
    # a period and "on" that ends the figure's phrase say how long after, not how often
    ("Toll nears 1,900 a week on as aid stalls in the hills", "1,900", "deaths"),
    ("The camp still sheltered 2,600 people a month on as rains returned.", "2,600", "people"),
    ("Rescuers had found 140 survivors a week on from the collapse.", "140", "people"),
    ("Shelters housed 800 families a year on, the council said.", "800", "families"),
    # "on" with a day or a route after it leaves the rate
    ("The pumps moved 3,000 litres a day on Monday.", "3,000 litres", "litres per day"),
    ("Ferries carried 4,200 passengers a day on the northern route.", "4,200",
     "passengers per day"),
]

PERIOD_OF_THE_PAYMENT = [
    # a payment whose noun says its period is given per that period, though the one it is paid
    # to follows the amount (or its conversion in brackets)
    ("The council's monthly grant of 3,000 rand (about $160) per family began in May.",
     "3,000 rand", "ZAR per month"),
    ("The council's monthly grant of 3,000 rand (about $160) per family began in May.",
     "$160", "USD per month"),
    ("A weekly stipend of €90 per trainee is paid from June.", "€90", "EUR per week"),
    ("The grant of 3,000 rand per family began in May.", "3,000 rand", "ZAR per family"),
]

NOT_PER_ITSELF = [
    # a count of a noun is never given per one of that same noun its subject names
    ("The monthly aid per family had reached 12,800 families by June.", "12,800", "families"),
    ("The number of nurses per ward was 3 in May.", "3", "nurses per ward"),
]


IT_WAS_THE_PRICE = [
    # "it was" right before an amount, after a price per a measure, is that price elsewhere
    ("Diesel sold for 31 rand a litre in Durban on Friday; in Pretoria it was 33 rand.",
     "33 rand", "ZAR per litre"),
    ("Rice fetched 900 rupees a kilo in Pune. In Nagpur it stood at 870 rupees.",
     "870 rupees", "INR per kg"),
    # a sum, or a price of no measure, lends it nothing
    ("The fund paid out 40 million rand in May; in June it was 52 million rand.",
     "52 million rand", "ZAR"),
    # "it" with no place it is priced in is any thing: the sum is no price
    ("Petrol sold for $1.50 a litre in May. The deficit widened, and by June it was $4 billion.",
     "$4 billion", "USD"),
    ("Rice sold at $2 a kilo in March; the aid budget was cut, and it is $40 million now.",
     "$40 million", "USD"),
]

OWN_CURRENCY_AS_VERB = [
    # the parse may make "won" a verb with a subject of its own: that noun's period is no rate
    ("Shares of the lender fell 12 percent, the daily limit, to close at 8,100 won in Seoul.",
     "8,100 won", "KRW"),
    ("Daily losses at the lender were 3 billion won, the regulator said.", "3 billion won",
     "KRW per day"),
]

# a sum set by a possessive of one period before it: what one period's worth costs
PERIOD_POSSESSIVE = [
    ("A month's supply of the tablets sells for $45 at the clinic.", "$45", "USD per month"),
    ("Parents said a week's school meals cost 900 naira.", "900 naira", "NGN per week"),
    ("One year's tuition is €4,200 at the academy.", "€4,200", "EUR per student per year"),
    ("A day's wage of 600 rupees buys little.", "600 rupees", "INR per day"),
    # a named period's sum is no rate
    ("Last year's budget of $4bn was spent by June.", "$4bn", "USD"),
    ("The firm's quarterly report showed a loss of $12m.", "$12m", "USD"),
    # before a verb, an event's cost is its whole cost, not one period's
    ("A week's blockade cost exporters $90m.", "$90m", "USD"),
    ("One month's closure cost the mill £3m.", "£3m", "GBP"),
]

# a subject that is no currency's name alone: the amount keeps its own unit
NO_EXCHANGE_RATE = [
    ("A pound of lamb sold for $9 at the market.", "$9", "USD per pound"),
    ("The rupee bond raised $500 million from investors.", "$500 million", "USD"),
    ("The dollar value of exports rose to $40 billion.", "$40 billion", "USD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"),
                         PRICE_OF_ONE + WHEN_A_PERIOD_ON + PERIOD_OF_THE_PAYMENT + NOT_PER_ITSELF
                         + IT_WAS_THE_PRICE + OWN_CURRENCY_AS_VERB + PERIOD_POSSESSIVE
                         + NO_EXCHANGE_RATE)
def test_a_rate_read_from_the_words_that_price_or_time_it(extract, sentence: str, text: str,
                                                          unit: str) -> None:
    """A noun of price naming one thing, a period that says when, a payment's own period, a
    count never per itself, "it was" after a price per a measure, a currency word read as a verb,
    a possessive of one period, a subject that is no currency (each list's comments)."""
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


PER_ONE = [
    # the one a rate is per, as the guide writes it: "per head", "per capita" and "people" are
    # per person
    ("Visitors spent an average of €54 per head at the fair.", "€54", "EUR per person"),
    ("Health spending reached $1,900 per capita last year.", "$1,900", "USD per person"),
    ("The insurer will pay £2,000 to each of the 40 people hurt.", "£2,000", "GBP per person"),
    # a payment to each one's household or family is one per household or family
    ("The province will pay 300,000 rand to each miner's family.", "300,000 rand",
     "ZAR per family"),
    ("The fund gives $1,500 to each farmer's household.", "$1,500", "USD per household"),
    ("The charity gave $200 to each family.", "$200", "USD per family"),
    # "per head of" cattle or sheep: the "of" phrase says what the head counts, no person
    ("Ranchers get $250 per head of cattle lost to the drought.", "$250", "USD per head"),
    ("The levy is 40 rand per head of sheep sold at auction.", "40 rand", "ZAR per head"),
    # "per head of" people or of a population is still per person
    ("Aid came to $1,200 per head of population in 2025.", "$1,200", "USD per person"),
    ("The region spends €900 per head of the population on schools.", "€900", "EUR per person"),
    # the persons of a place or an institution are each one person, with or without a period
    ("Each cell gives 1.9 m2 per inmate.", "1.9 m2", "m2 per person"),
    ("The jail spends 205 pesos per inmate per day on food.", "205 pesos",
     "MXN per person per day"),
    ("The fund pays $40 per resident each year.", "$40", "USD per person per year"),
    ("Output reached $12,000 per inhabitant.", "$12,000", "USD per person"),
    # a student stays a student; a base of population stays the rate's base
    ("The school spends $900 per student.", "$900", "USD per student"),
    ("The town has 12 doctors per 10,000 residents.", "12", "doctors per 10,000 residents"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), PER_ONE)
def test_the_one_a_rate_is_per_is_named_as_the_guide_does(extract, sentence: str, text: str,
                                                          unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


PRICED_ONE_MORE_WAYS = [
    # the level a price moved to, after "to" or "at", with "a" and the one it is per after it;
    # the old level after "from" is per the same
    ("Diesel rose to 1.90 pounds a litre on Monday from 1.70 pounds in May.", "1.90 pounds",
     "GBP per litre"),
    ("Diesel rose to 1.90 pounds a litre on Monday from 1.70 pounds in May.", "1.70 pounds",
     "GBP per litre"),
    ("The school board raised the fee to $40 a pupil last year.", "$40", "USD per pupil"),
    ("Lobster fetched up to €38 a crate at the Brest auction, traders said.", "€38",
     "EUR per crate"),
    # the past "cost" read as a noun still prices one of a kind before it
    ("A weekend pass cost $95, about €88 at the time.", "$95", "USD per pass"),
    ("A weekend pass cost $95, about €88 at the time.", "€88", "EUR per pass"),
    ("A one-way ticket for children cost R$45.", "R$45", "BRL per ticket"),
    ("A strike at the port cost $50m.", "$50m", "USD"),
    # shares, or their price, moved to or stood at an amount: the price of one share
    ("Shares in Norvik Bank fell 4.2% to $12.30 in New York on Friday.", "$12.30",
     "USD per share"),
    ("The miner's share price rose to 412 pence in London.", "412 pence", "GBP per share"),
    ("Its stock closed at $80.15, a record.", "$80.15", "USD per share"),
    ("The bank's shares, at $9.40 on Tuesday, have lost a third since May.", "$9.40",
     "USD per share"),
    ("Brokers put the fair value of the shares at 310 pence.", "310 pence", "GBP per share"),
    # the old level after "from", a verb that shares its subject with the one before, a price
    # set for the shares
    ("Shares in Norvik Bank fell from $12.30 to $11.80 on Friday.", "$12.30", "USD per share"),
    ("Shares in Norvik Bank fell from $12.30 to $11.80 on Friday.", "$11.80", "USD per share"),
    ("Norvik shares rose 3% to $9.10 on Monday and closed at $8.95 on Friday.", "$8.95",
     "USD per share"),
    ("A broker cut her target price for Norvik shares from $14 to $12.50.", "$14",
     "USD per share"),
    ("A broker cut her target price for Norvik shares from $14 to $12.50.", "$12.50",
     "USD per share"),
    # a participle after the verb shares its subject; "back" between the verb and "to"; a low
    # or high of the stock the clause's verb moved from
    ("Shares in Norvik Bakeries steadied on Monday, rising 1.5% to $9.40.", "$9.40",
     "USD per share"),
    ("Its shares have since climbed back to around $11.", "$11", "USD per share"),
    ("Its stock has risen 8% since its low of $7.60 in May.", "$7.60", "USD per share"),
    # an analyst's target price of shares named before it is the price of one
    ("A broker rates the bakery's shares a buy with a target price of £4.40.", "£4.40",
     "GBP per share"),
    ("Analysts rate Norvik shares \"hold\" with a price target of $12.", "$12", "USD per share"),
    ("The ministry set a target price of €300 for wheat.", "€300", "EUR"),
    # or named after it, "on the stock"; "they" for the shares of the sentence before
    ("\"A dull quarter,\" said a broker who has a target price of $18 on the stock.", "$18",
     "USD per share"),
    ("Shares of Tarvo Bakeries fell 2% to $14.20. They have since closed at $15.10.", "$15.10",
     "USD per share"),
    ("The bakers sold loaves at $4 in May. They closed at $5 on Friday.", "$5", "USD"),
    # the amount in another currency set off by commas before "for each": both per one
    ("The trip works out to about $240, or €220, for each of the 50 players.", "$240",
     "USD per player"),
    ("The trip works out to about $240, or €220, for each of the 50 players.", "€220",
     "EUR per player"),
    ("The fund holds $240m, or €220m, for its members.", "€220m", "EUR"),
    ("The bakery has grown since its low of $40m in sales.", "$40m", "USD"),
    ("The fund bought shares in May and sold its stake at $8.95 on Friday.", "$8.95", "USD"),
    ("The bank's profit fell from $90m to $70m and its shares closed flat.", "$90m", "USD"),
    # a number of shares, or what is not a share, is a sum
    ("Analysts put the value of its 17.5 million shares at €38.7m.", "€38.7m", "EUR"),
    # a sum of millions after "to" or "at" is the whole stock or lot, never one share's price
    ("The grocer said its stock rose to $60m over the winter.", "$60m", "USD"),
    ("Founders sold shares at £2.5 billion in the listing.", "£2.5 billion", "GBP"),
    ("The board put the value of the deal at $4 billion.", "$4 billion", "USD"),
    ("Engineers put the damage to track and rolling stock at $35m.", "$35m", "USD"),
    ("The builder put its share of the claim at about €190m.", "€190m", "EUR"),
    # what a passive verb of price says were sold or priced "at" the amount: per one of them
    ("Tickets were sold at $45 for the opening night.", "$45", "USD per ticket"),
    ("The new flats will be sold at £210,000.", "£210,000", "GBP per flat"),
    ("Seats are priced at $90 for adults.", "$90", "USD per seat"),
    ("The assets were sold for $2bn.", "$2bn", "USD"),
    ("The company was sold at $4 billion.", "$4 billion", "USD"),
    ("Sales rose to $5 billion last year.", "$5 billion", "USD"),
    ("The shares were sold to investors at $4 billion in all.", "$4 billion", "USD"),
    # a lot named with its number, its owner or a demonstrative, or a sum of millions, is what
    # the lot went for
    ("The three warehouses were sold at $90 million.", "$90 million", "USD"),
    ("The insurer's remaining bonds were sold at $1.4 billion.", "$1.4 billion", "USD"),
    ("These cottages will be sold at £310,000.", "£310,000", "GBP"),
]


COUNT_PER_A_MEASURE = [
    # a count, its noun, then "a" and one of a measure: per that measure
    ("Growers lit about 400 paraffin candles a hectare on both nights.", "400",
     "candles per hectare"),
    ("The estate planted 2,500 olive trees an acre.", "2,500", "trees per acre"),
    ("Surveyors counted 12 nests a square kilometre on the moor.", "12", "nests per km2"),
    # a measure of distance after "a" is how far apart, no rate
    ("Police found 30 bags a metre apart along the verge.", "30", "bags"),
    ("Gunners fired 60 shells a mile inside the frontier.", "60", "shells"),
    ("Divers found 14 wrecks a kilometre offshore.", "14", "wrecks"),
    ("Crews laid 300 sandbags a mile downstream of the weir.", "300", "sandbags"),
    ("Rescuers found 12 bodies a mile north of the bridge.", "12", "bodies"),
    ("Aid groups set up 200 tents a kilometre south of the border.", "200", "tents"),
    ("Scouts counted 40 deer a mile along the ridge.", "40", "deer"),
    ("Police found 9 cars a kilometre further down the road.", "9", "vehicles"),
]


CONTRASTED_ESTIMATE = [
    # another voice's bare number in a clause set against a figure given per a period: the
    # same rate
    ("The ministry expects 25,000 riders a day by 2040; the auditors forecast fewer than 16,000.",
     "16,000", "riders per day"),
    ("Organisers counted 3,000 visitors a week, while the police say 1,800.", "1,800",
     "visitors per week"),
    ("Police estimated 1,200 marchers an hour at noon; organisers said nearly 3,000.", "3,000",
     "people per hour"),
    ("The clinic saw 120 patients a day in June; the ward's records show 90.", "90",
     "patients per day"),
    # a clause with no verb of saying, or a number with its own noun, is another quantity
    ("The plant made 400 cars a day in May; managers said 300 workers would go.", "300",
     "workers"),
    ("The union says 5,000 members a month joined; the firm fired 2,000.", "2,000", "members"),
    # a number that is the subject of its own clause says what befell them, no estimate
    ("The shelter feeds 60 people a day, but the council says 300 were turned away in May.",
     "300", "people"),
    ("Volunteers served 500 people a day, while police said 12 had been arrested.", "12",
     "people"),
    # a running total or a number of the whole is said of more than one period
    ("The clinic treats 40 patients a day; the ministry says 1,200 since March.", "1,200",
     "patients"),
    ("Some 2,000 people marched a day, while organisers say 50,000 in total.", "50,000",
     "people"),
    ("The pantry feeds 300 families a week; the council counts 9,000 so far.", "9,000",
     "families"),
    # a price given per one, said again by another seller or at another time in the next clause
    ("Seed potatoes cost €18 a sack last spring; growers now quote €23.", "€23", "EUR per sack"),
    ("The ferry charged £9 a car, but the new operator asks £12.", "£12", "GBP per car"),
    ("Bakers paid €40 a tonne for rye in May; millers now charge €52.", "€52", "EUR per tonne"),
    ("Seed potatoes cost €18 a sack before the frost; growers are now quoting €23.", "€23",
     "EUR per sack"),
    # a sum of another order, or a clause with no verb of saying or of price, is another amount
    ("The ferry charged £9 a car; the council says it raised £40,000 from the service.",
     "£40,000", "GBP"),
    ("The marathon charged €60 a runner, while €75 went to the charity.", "€75", "EUR"),
]

# a seller's present-tense verb and one of a kind as the thing sold: its price; a floating
# "each" after "for" or "at" shares the amount over the things sold, not the sellers
PRICED_THING_SOLD = [
    ("The bakery sells a box of six for €7.", "€7", "EUR per box"),
    ("The chess shop charges €4 for a scoresheet pad.", "€4", "EUR per pad"),
    ("The depot sells a tonne of gravel for £30.", "£30", "GBP per tonne"),
    ("The dairy sells a dozen eggs for €4.", "€4", "EUR per dozen"),
    ("Stallholders were selling a crate of apples for €6 to €8.", "€6 to €8", "EUR per crate"),
    ("The baker sells loaves at €3 each.", "€3", "EUR per loaf"),
    ("Farmers sold their calves for €900 each.", "€900", "EUR per calf"),
    # one sale in the past, or a supposed one, is a sum
    ("The bus company bought a depot for €3m in 2019.", "€3m", "EUR"),
    ("The club would sell a stand for £2m.", "£2m", "GBP"),
]

# a tuition fee given per a period of study is one student's: per student too
TUITION_PER_STUDENT = [
    ("The conservatory's tuition fee is capped at £8,200 a year (about $10,400).", "£8,200",
     "GBP per student per year"),
    ("The conservatory's tuition fee is capped at £8,200 a year (about $10,400).", "$10,400",
     "USD per student per year"),
    ("A foreign undergraduate at the dance academy pays about €14,000 a year.", "€14,000",
     "EUR per student per year"),
    ("Undergraduates at the art school pay €9,000 a year, and postgraduates about €11,000.",
     "€11,000", "EUR per student per year"),
    ("The academy raised tuition from $3,100 to $3,400 a year.", "$3,100",
     "USD per student per year"),
    # the same fee said again with its period, where no word of tuition stands
    ("The conservatory's tuition fee is £8,200 a year. Its board says £8,200 a year is fair.",
     "£8,200", "GBP per student per year"),
    # a sum many pay, or a fee of no course, is given per the year only
    ("Foreign students pay the island's colleges €1.2 billion a year in fees.", "€1.2 billion",
     "EUR per year"),
    ("The rowing club's members pay €400 a year.", "€400", "EUR per year"),
]

# "a" and one share of a company, or a measure of two words ("a square metre"): a price per one
PRICED_PER_SHARE_OR_AREA = [
    ("The bakery chain will pay 2.80 pounds a share for its smaller rival.", "2.80 pounds",
     "GBP per share"),
    ("The bus operator's suitor offered 615p a share in cash.", "615p", "GBP per share"),
    ("Each chess club got €9,000, a share of the federation's grant.", "€9,000", "EUR per club"),
    ("Shop space on the marathon route lets for £310 a square metre.", "£310", "GBP per m2"),
    ("Plots beside the new depot sold for 70 euros a square metre.", "70 euros", "EUR per m2"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"),
                         PRICED_ONE_MORE_WAYS + COUNT_PER_A_MEASURE + CONTRASTED_ESTIMATE
                         + PRICED_PER_SHARE_OR_AREA + PRICED_THING_SOLD + TUITION_PER_STUDENT)
def test_a_rate_the_words_around_a_figure_say(extract, sentence: str, text: str,
                                              unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


PER_ONE_OF_A_PEOPLE = [
    # "for each" or "to every" and a demonym: a sum per person
    ("The census cost 4.2 billion pesos, or roughly 35 pesos for each Filipino counted.",
     "35 pesos", "MXN per person"),
    ("The relief budget comes to 40 euros for each Syrian registered in the camps.", "40 euros",
     "EUR per person"),
    ("Aid from the fund came to $12 for every Kenyan last year.", "$12", "USD per person"),
    # a name in capitals that is no people is not a person
    ("The airline paid $90m for each Airbus delivered.", "$90m", "USD"),
    ("The fund pays $900 for each family.", "$900", "USD per family"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), PER_ONE_OF_A_PEOPLE)
def test_a_sum_for_each_of_a_people_is_per_person(extract, sentence: str, text: str,
                                                  unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


RATED_RANGES = [
    # two prices per one unit, the unit written after each end: one range, per that unit
    ("Wholesale diesel ranged from $610/t to $655/t last month.", "$610/t to $655", 610, 655,
     "USD per tonne", "range"),
    ("Growers sold tomatoes at R4.10-R4.60/kg in the market.", "R4.10-R4.60", 4.1, 4.6,
     "ZAR per kg", "range"),
    ("Mills paid between €21/t and €24/t for cane.", "€21/t and €24", 21, 24,
     "EUR per tonne", "range"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit", "approx"), RATED_RANGES)
def test_two_prices_per_one_unit_are_one_range(extract, sentence: str, text: str, low: float,
                                               high: float, unit: str, approx: str) -> None:
    found = {f.text: f for f in extract(sentence)}[text]
    assert (found.low, found.high, found.unit, found.approx) == (low, high, unit, approx)


@pytest.mark.parametrize(("sentence", "read"), [
    # per two units, or falling, or "and" with no "between": two amounts, as written
    ("Fares were $3/km to $40/day.", ["$3", "$40"]),
    ("Rents fell from €19/t to €14/t.", ["€19", "€14"]),
    ("It sold at $4/kg and $6/kg.", ["$4", "$6"]),
    # a code of letters and digits stays no figure
    ("The file KW-2031-0114/B was lost.", []),
])
def test_prices_per_other_units_or_falling_stay_apart(sentence: str, read: list[str]) -> None:
    from store.extract.numbers import scan

    assert [e.text for e in scan(sentence)] == read


EXCHANGE_RATES = [
    # a bare number in an "at" phrase of a currency's name, "to the" another currency
    ("Importers face a cedi at 15.2 to the dollar this week.", "15.2", "GHS per USD"),
    ("With a weak rupee at 83.4 against the US dollar, exporters gained.", "83.4",
     "INR per USD"),
    # an amount "to the U.S. dollar", the country's initials written with points
    ("At about 1,480 naira to the U.S. dollar, a loaf costs more.", "1,480 naira",
     "NGN per USD"),
    # a rate said in a phrase before the clause is not given per what the clause's subject is
    # per: the amount is no cost per pupil
    ("At an exchange rate of 17.2 rand to the U.S. dollar, the fee per pupil is low.",
     "17.2 rand", "ZAR per USD"),
    # a currency's name the subject of the verb an amount in another is the level of
    ("Sterling traded at $1.2410 in late New York trading.", "$1.2410", "USD per GBP"),
    ("The euro rose to $1.0875 after the bank's decision.", "$1.0875", "USD per EUR"),
    ("The dollar fetched 149.8 yen in Tokyo on Monday.", "149.8 yen", "JPY per USD"),
    ("The pound slipped to 1.17 euros on the news.", "1.17 euros", "EUR per GBP"),
    # what the currency "was worth", or the level it climbed "back" to
    ("The dollar was worth 0.91 euros at the bakery's year end.", "0.91 euros", "EUR per USD"),
    ("The euro has since climbed back to $1.10.", "$1.10", "USD per EUR"),
    # the old level "from" after an exchange rate is one too
    ("The cedi weakened to 15.2 to the dollar, from 12.9 in January.", "12.9", "GHS per USD"),
    # an exchange rate said in an aside is no share of the rate handed on to the aside
    ("Boarders pay £31,000 a year (about $39,400 at $1.27 to the pound).", "$1.27",
     "USD per GBP"),
]

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), EXCHANGE_RATES)
def test_a_currency_s_price_in_another_is_an_exchange_rate(extract, sentence: str, text: str,
                                                            unit: str) -> None:
    found = {f.text: f for f in extract(sentence)}[text]
    assert (found.unit, found.counted) == (unit, "exchange rate")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # the subject names what the amount is per when the amount is what the subject is
    ("Average spending per visitor was $86.", "$86", "USD per visitor"),
    ("The fee per pupil is R450.", "R450", "ZAR per pupil"),
    # a bare number at a place is no exchange rate
    ("Sales hit 40 at the store to the south.", "40", "sales"),
])
def test_a_subject_s_per_is_the_amount_s_after_it(extract, sentence: str, text: str,
                                                  unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), [
    # a rate goes with its quantity: an amount per something in a sentence before, whose unit
    # a bare number does not take, hands it no rate
    ("Shares of Kestrel Foods rose 3 percent to $41.20 on Friday. Hospitals are busy. The "
     "ministry's count of admissions stood at 1,240 for the week, while doctors, citing 12 "
     "clinics, put it at about 1,800.", "1,800", "admissions"),
    ("Bus fares rose to $3 a ride in May. Riders are angry. The city's count of complaints "
     "stood at 640 for the month, while the union, citing 9 depots, put it at about 900.",
     "900", "complaints"),
    ("The regulator set the tariff at 21 cents a kilowatt-hour. Outages continue. The "
     "utility's count of outages stood at 310 for the week, while residents, citing 40 "
     "streets, put it at about 500.", "500", "outages"),
])
def test_a_rate_of_another_quantity_is_not_handed_on(extract, text: str, figure: str,
                                                     unit: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].unit == unit



# a period after "and" or "or" later in the clause is another conjunct's, never the figure's
# rate: "a quarter" there is another share
CONJOINED_NO_RATE = [
    ("Half the levy comes from the port, about a third from Bergen and a quarter from the town.",
     "a third", "fraction"),
    ("Some 1,400 pilgrims come from the coast and a few each week from the hills.", "1,400",
     "pilgrims"),
    # a rate in the figure's own clause still stands
    ("About 900 ferry passengers cross to the island each week.", "900", "passengers per week"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), CONJOINED_NO_RATE)
def test_a_period_past_a_conjunction_is_no_rate(extract, sentence: str, text: str,
                                                unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit
