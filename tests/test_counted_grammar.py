"""What a figure counts when the noun is not its own head: the subject of the clause a share or
an amount completes, the noun an amount is "of", what a verb of change or of cost makes of its
subject (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, the word the counted phrase must hold, the unit
SHARE_OF_SUBJECT = [
    # the subject of a verb of measure or change, a name's included
    ("Farmers brace for losses as Lake Kariba falls to 12%", "12%", "Kariba", "percent"),
    ("The Ostrava Reservoir, which also waters three farms, stood at 38.2% on Friday, against "
     "64.7% a year before.", "64.7%", "Reservoir", "percent"),
    ("Orvex, its closest rival, gained 1.4 points to 19.5%.", "1.4 points", "Orvex",
     "percentage points"),
    ("The reservoir has shed 4.1 percentage points since 9 June.", "4.1 percentage points",
     "reservoir", "percentage points"),
    # a rate or a share is what a percentage measures; a number noun hands on its compound
    ("The jobless rate fell to 5.6% in March, with 1.2 million people out of work, from 5.8%.",
     "5.8%", "rate", "percent"),
    ("Its share of the Asian smartphone market fell to 21% in 2024 from 24% a year earlier.",
     "24%", "share", "percent"),
    ("Lisbon, 03.02.2025 - Portugal's annual inflation rate eased to 2.9 percent in January.",
     "2.9 percent", "inflation", "percent"),
    # verbs that move a share, a relative pronoun's antecedent, a clause after a preposition
    ("Annual inflation picked up to about 5.5% in May from 4.1% in February.", "4.1%",
     "inflation", "percent"),
    ("Core inflation, which strips out food, held steady at 2.9%.", "2.9%", "inflation",
     "percent"),
    ("What worried traders was inflation, which leapt to 6.4 per cent in April.",
     "6.4 per cent", "inflation", "percent"),
    ("Inflation has cooled since peaking at 7.2% in March.", "7.2%", "Inflation", "percent"),
    # "since the strike" read as a clause with "strike" its subject: the sales
    ("Bakery sales since the strike were down 12%.", "12%", "sales", "percent"),
    ("The mill said flour sales since the flood were down 31% on last year.", "31%", "sales",
     "percent"),
    ("Turnout was 61.2 percent.", "61.2 percent", "Turnout", "percent"),
    # a currency that loses value, a share a rate is "of" (the base after it is no quantity)
    ("Between the two meetings the rand depreciated 2.4% against the US dollar.", "2.4%", "rand",
     "percent"),
    ("The survey found 1.2 million people out of work in May, equivalent to an unemployment "
     "rate of 5.8% of the economically active population.", "5.8%", "unemployment", "percent"),
    ("Labour market conditions remain favourable, with an unemployment rate of 4.1% in May.",
     "4.1%", "unemployment", "percent"),
    # "up" and "down" carry a share to the verb they modify
    ("Prices went up 5% in May.", "5%", "Prices", "percent"),
    ("The index went down 2.1 points.", "2.1 points", "index", "points"),
    # what "accounts for" a sum or a share of a whole is the part they measure
    ("Farm buildings account for $640 million, or 48 percent of the total.", "$640 million",
     "buildings", "USD"),
    ("Casual work accounted for 47.2% of all jobs in June.", "47.2%", "work", "percent"),
    # a gapped clause's sum is its own subject's, not the first clause's
    ("Farm buildings account for $410 million, and roads, including 90 bridges, for $320 "
     "million.", "$320 million", "roads", "USD"),
]

NOT_THE_SUBJECT = [
    # a list after a colon is a clause of its own; a verb's participle clause is not its subject
    ("The institute ran a survey in May and found a close race: Greens 35.0 percent, Liberals "
     "27.2 percent.", "35.0 percent", "institute"),
    ("By April, 3 million jabs had been handed out, reaching 87 percent of all adults.",
     "87 percent", "jabs"),
    ("Maria Lopez rose to 52% in the latest poll.", "52%", "Lopez"),
    ("By statute, the watchdog might have gone as high as 6% of yearly sales.", "6%",
     "watchdog"),
    # what a verb that moves a share loses or gains is the "of" phrase, or the object's phrase
    ("The group lost 30 percent of its territory.", "30 percent", "group"),
    ("The militia has lost control of 35 percent of its land in the east.", "35 percent",
     "militia"),
    ("The pipes lose more than a third of the town's water.", "a third", "pipes"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word", "unit"), SHARE_OF_SUBJECT)
def test_a_share_counts_the_subject_of_its_clause(extract, sentence: str, text: str, word: str,
                                                  unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and word in fig.counted.split(), fig.counted
    assert fig.unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), NOT_THE_SUBJECT)
def test_a_share_does_not_count_a_subject_it_does_not_complete(extract, sentence: str,
                                                               text: str, word: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert word not in (fig.counted or "").split(), fig.counted


CHANGES = [
    # sentence, figure, counted phrase
    ("According to the agency's flash estimate, GDP grew 0.6% in the third quarter.", "0.6%",
     "GDP growth"),
    ("Peru's economy grew 1.1% in the first quarter from the previous three months.", "1.1%",
     "economy growth"),
    ("Consumer prices in Chile rose 5.2% in the year to May.", "5.2%",
     "Consumer price inflation"),
    # the price of one good rising is that price, no inflation; other changes keep the subject
    ("Wholesale maize prices have risen 38 percent since June.", "38 percent", "maize prices"),
    ("The jobless rate fell to 5.6% in March.", "5.6%", "jobless rate"),
]


SET_OBJECT = [
    # sentence, figure, the word the counted phrase must hold
    ("Prices climbed 7% in April. The monetary authority lifted its main rate by 75 basis "
     "points to 6.5% in July.", "6.5%", "rate"),
    ("Prices climbed 7% in April. The monetary authority lifted its main rate by 75 basis "
     "points to 6.5% in July.", "75 basis points", "rate"),
    ("The Bank of Narnia kept its policy rate at 4.25% when its board met on Oct. 3.", "4.25%",
     "rate"),
    # a verb that moves its subject's share ("inflation held at 2.9%") holds its object's
    ("The Reserve Bank of Veldmark has held its benchmark lending rate at 3.75 per cent since "
     "March.", "3.75 per cent", "rate"),
    ("The Veldmark central bank held its policy rate at 6.5% on Tuesday.", "6.5%", "rate"),
    # a number noun or a target hands on what it is for
    ("Its committee chose to lift the target for the overnight lending rate by 25 basis "
     "points to a level of 4.5%.", "4.5%", "rate"),
    ("The office also lifted its figure for yearly growth in the spring quarter to 3.1% from "
     "2.7%.", "2.7%", "growth"),
    # a place it is for is no quantity
    ("The fund lowered its projection for Chile to 1.8% from 2%.", "1.8%", "projection"),
    # a particle holds the range ("revised ... up from X to Y")
    ("The office said it had revised its figure for third-quarter growth up from 0.2% to "
     "0.5%.", "0.5%", "growth"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), SET_OBJECT)
def test_a_share_a_verb_sets_its_object_to_measures_the_object(extract, sentence: str,
                                                               text: str, word: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and word in fig.counted.split(), fig.counted


MONEY = [
    # sentence, figure, counted phrase: money counts what it is a fine, cost or value of
    ("The regulator imposed an administrative fine of €120 million in respect of the "
     "infringements of Article 32.", "€120 million", "administrative fine"),
    ("Regulator announces decision in Orvex inquiry and €150 million fine", "€150 million",
     "fine"),
    ("Foreign investors, who hold about 1.1trn rupees (roughly $13bn) of government bonds, have "
     "stayed put.", "1.1trn rupees", "government bonds"),
    ("Shares fell 5%, wiping roughly $2bn off the company's market value.", "$2bn",
     "market value"),
    ("The diesel subsidy by itself cost 9.8bn pesos from January to June.", "9.8bn pesos",
     "diesel subsidy cost"),
    ("Orvex booked $4.7bn in the third quarter, down from $4.9bn three months earlier.",
     "$4.7bn", "revenue"),
    ("The storm caused $3bn in damage to homes.", "$3bn", "damage"),
    # money "in" a currency is paid or held in it: the currency is not what the sum is
    ("The hackers have demanded a ransom of roughly $2m in bitcoin from the water board, a "
     "council official said.", "$2m", "ransom"),
    ("The smuggling ring asked for a fee of 40,000 euros in dollars, police said.",
     "40,000 euros", "fee"),
    # a sum a verb of demanding moves is a demand (and so is its conversion in brackets)
    ("The hijackers are demanding €2.3 million (about $2.5 million) for the trawler's crew.",
     "€2.3 million", "demand"),
    ("The hijackers are demanding €2.3 million (about $2.5 million) for the trawler's crew.",
     "$2.5 million", "demand"),
    ("Dockers' unions demand 48,000 pesos a month for a starting crane driver.",
     "48,000 pesos", "demand"),
    # a sum a party "wants" from another is what it demands, per an area or not
    ("The kidnappers want 60 bitcoin for the freighter's crew, the shipowner said.",
     "60 bitcoin", "demand"),
    ("The growers' union wants 3,000 rand per hectare, twice what the province offers.",
     "3,000 rand", "demand"),
    # the object a verb of money has before the sum is the party fined or paid, not the sum
    ("The watchdog on Monday fined the regional water utility Brelco 12 million euros, about "
     "$13 million, for the leaks.", "12 million euros", "fine"),
    ("The watchdog on Monday fined the regional water utility Brelco 12 million euros, about "
     "$13 million, for the leaks.", "$13 million", "fine"),
    ("Pickers will be paid 18 zlotys (4.20 euros) a basket from June.", "4.20 euros",
     "payments per basket"),
    ("The deal for new trams, worth €350m, was awarded in May to a consortium.", "€350m",
     "deal"),
    # a conversion in brackets between an amount and its noun, read from either amount
    ("Kestrel now faces the €380m ($415m) fine announced by the Data Privacy Authority on "
     "June 12.", "€380m", "fine"),
    ("Kestrel now faces the €380m ($415m) fine announced by the Data Privacy Authority on "
     "June 12.", "$415m", "fine"),
    # a conversion in brackets with a note after its semicolon, read from either amount
    ("The ferry line expects to lose 41 million dinars ($13m; the dinar is pegged to the "
     "dollar) in ticket revenue this year.", "41 million dinars", "ticket revenue"),
    ("The ferry line expects to lose 41 million dinars ($13m; the dinar is pegged to the "
     "dollar) in ticket revenue this year.", "$13m", "ticket revenue"),
    # the noun a count of the sentence holds is no sum's: its own verb says what the sum is
    ("The bakery's oven can bake 900 loaves and costs about £30 a day to heat.", "£30", "cost"),
    ("The chess club's own coach, the 12-metre Falcon, is licensed to carry 50 passengers and "
     "costs about €400 a day to run.", "€400", "cost"),
]

MEASURES = [
    # a rate a verb of using takes counts the use, not a flow; a leak's rate stays a flow
    ("The city uses about 2.1 billion litres a day.", "2.1 billion litres", "use"),
    ("The town consumed 40 million litres a day in June.", "40 million litres", "consumption"),
    ("Oil leaked at 300 barrels a day.", "300 barrels", "Oil flow"),
    # a rate a verb of supply, delivery, loss or processing takes counts what it moves so, not a
    # flow
    ("The three reservoirs supplied 95, 60 and 40 megalitres per day in March.", "60", "supplied"),
    ("Barges will deliver 2 million litres a day to the island's clinics.", "2 million litres",
     "delivered"),
    ("Some 18% of the treated water is lost through cracked mains, about 90 million litres a "
     "day.", "90 million litres", "lost"),
    ("Farmers were asked to use no more than 400 litres per hectare a day.", "400 litres", "use"),
    ("The charity provides about 12 litres per child per day at each school.", "12 litres",
     "supplied"),
    # a noun of using up or giving off a substance, the substance's noun in front: the volume
    # or the mass is of the substance; an adjective or a company in front names no substance
    ("Methane emissions from the landfill were put at 42 tonnes a day.", "42 tonnes", "Methane"),
    ("The smelter's coal consumption was 9,000 tonnes a day.", "9,000 tonnes", "coal"),
    ("Household water usage in Dornbach averaged 118 litres per person per day.", "118 litres",
     "Household water"),
    ("Average consumption fell to 52 litres per person a day.", "52 litres",
     "Average consumption"),
    ("Exxon emissions rose to 300 tonnes a day.", "300 tonnes", "Exxon emissions"),
    # a measure is never a number of things named in the sentence before
    ("The number of repair teams has been tripled. Water lorries will bring between 1 million "
     "and 5 million litres per day to schools.", "1 million and 5 million litres", "flow"),
]

OWN_NOUN = [
    # a noun after the number that the tagger misreads: a date word in front of it, a verb tag
    ("The app counted 185 million monthly active users when the year ended.",
     "185 million", "active users"),
    ("Hackers had accessed data from 2.1 million user accounts on its app.", "2.1 million",
     "user accounts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CHANGES + MONEY + MEASURES + OWN_NOUN)
def test_a_change_or_a_sum_is_named_after_what_it_is_of(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


AREAS = [
    # sentence, figure, counted phrase: an area is the area its clause names
    ("The grass fire had burned 1,300 hectares by Friday evening.", "1,300 hectares",
     "area burned"),
    ("Crews contained a second blaze after it scorched 70 hectares of hillside pasture.",
     "70 hectares", "hillside pasture"),
    ("Since the rains began, 5,200 acres have flooded along the delta.", "5,200 acres",
     "area flooded"),
    ("Valley's wet spring: about 8,000 acres flooded and two bridges shut", "8,000 acres",
     "area flooded"),
    ("Their own estimate of the flooded area is 2,700 hectares.", "2,700 hectares",
     "flooded area"),
    ("The agency later revised the burned area down from 2,700 to 2,350 hectares.", "2,700",
     "burned area"),
    ("The board put the final area flooded between May and July at 9,100 hectares.",
     "9,100 hectares", "final area flooded"),
    ("Of the 2,350 hectares, 1,480 hectares were woodland and 600 hectares cropland.",
     "1,480 hectares", "woodland"),
    ("The cooperative covers 4,400 hectares that are normally irrigated.", "4,400 hectares",
     "irrigated area"),
    ("An algae bloom on the lake reached 35 square kilometres on Sunday.",
     "35 square kilometres", "algae bloom area"),
    ("The grass fire had burned 1,300 hectares of vineyards by Friday.", "1,300 hectares",
     "vineyards"),
    # a noun after the unit that is not a kind of land, and "in" a month, name nothing
    ("The grass fire had burned 1,300 hectares in mid-June.", "1,300 hectares", "area burned"),
    # a subject that is not measured ("are available for") keeps its noun
    ("The minister said grants would be available for 2,500 hectares.", "2,500 hectares",
     "grants"),
    # a verb of harm or of farming, whose near synonyms a reader trades, leaves "area" last; any
    # other verb's deed names the area after it ("area burned"); one said not to take it, none
    ("The growers' union, which says 3.2 million acres were sown, cut its forecast.",
     "3.2 million acres", "sown area"),
    ("Cooperatives said ranchers would abandon some 90,000 hectares of it this winter.",
     "90,000 hectares", "abandoned area"),
    ("The ministry expects that 75,000 hectares will be abandoned before spring.",
     "75,000 hectares", "abandoned area"),
    ("Of the 2.2 million acres planted, 310,000 acres will not be harvested.", "310,000 acres",
     "area"),
    # the land a verb of taking acted "on" (or "over", "across"); land lost, hit or ravaged
    ("Hailstorms flattened the barley, and growers lost their harvest on 7,300 acres.",
     "7,300 acres", "lost area"),
    ("Growers in the valley say some 12,600 hectares were lost to the frost.", "12,600 hectares",
     "lost area"),
    ("Caterpillars ravage 2,100 hectares in Korvel; growers ask for aid", "2,100 hectares",
     "ravaged area"),
    ("The growers' council said at least 9,400 acres had been hit by the blight.",
     "9,400 acres", "hit area"),
    # (a verb of measure that is also one of taking says a level its subject reached)
    ("By Sunday the scorched area had hit 6,800 hectares, the fire service said.",
     "6,800 hectares", "scorched area"),
    ("Growers raise their aid request as frost damage touches 2,900 hectares", "2,900 hectares",
     "frost damage area"),
    ("Cold winds swept the plateau, and orchards were damaged over 18,000 hectares.",
     "18,000 hectares", "damaged area"),
    ("Search teams had combed 640 square kilometres by dusk on Sunday.",
     "640 square kilometres", "area combed"),
    ("Officials said 3,900 hectares were sprayed against the beetle last month.",
     "3,900 hectares", "sprayed area"),
    ("Lava from the vent has buried roughly 1,150 hectares, and about 2,800 hectares were "
     "evacuated.", "2,800 hectares", "area evacuated"),
    # (an object of the verb is what the land bore: the area of the crop, named by it)
    ("Armyworms damaged maize over roughly 18,000 hectares in the south.", "18,000 hectares",
     "maize"),
]

PER_ONE = [
    # sentence, figure, counted phrase: a sum given for each one of something
    ("The council announced 15,000 rupees (about $180) for each flooded household on Monday.",
     "15,000 rupees", "payment per household"),
    ("The council announced 15,000 rupees (about $180) for each flooded household on Monday.",
     "$180", "payment per household"),
    ("The mine operator will pay Rs 3 lakh to the household of each worker who was hurt.",
     "Rs 3 lakh", "payments per household"),
    ("Relatives are asking for Rs 12 lakh ($14,400) per household.", "$14,400",
     "payment per household"),
    ("The agency has paid Rs 2 lakh each to 17 households so far.", "Rs 2 lakh",
     "payments per household"),
    ("Their state government offered Rs 1 lakh for each of their households.", "Rs 1 lakh",
     "payment per household"),
    ("Who pays? Tk 3 lakh a household, and Tk 19 crore lost to bus owners", "Tk 3 lakh",
     "payment per household"),
    # a participle right after a sum names the amount, unless it only says who gave it out
    ("Who pays? Tk 3 lakh a household, and Tk 19 crore lost to bus owners", "Tk 19 crore",
     "amount lost"),
    ("It is 61 percent more than the 22.4 billion euros approved by parliament in 2018.",
     "22.4 billion euros", "amount approved"),
    ("The cost was put at 40 billion euros in March. The figure of €38 billion published in "
     "May was lower.", "€38 billion", "cost"),
    # a sum a verb of receiving brings "from" a source is that source's money (but not "from"
    # a figure it was raised from)
    ("Part of the funding, 7.2 billion euros, comes from the EU's cohesion fund.",
     "7.2 billion euros", "money from cohesion fund"),
    ("The ministry raised its figure for storm losses to 2.3 billion rand from a preliminary "
     "1.7 billion rand.", "2.3 billion rand", "storm losses"),
    # "each" after a sum shares it out among the ones its sentence names: per one of them
    ("The five ferries the line owns could fetch $12m to $15m each, brokers said.",
     "$12m to $15m", "price per ferry"),
    ("About 3,000 flooded households qualify for the 500-crown grant, roughly €20 each, "
     "officials said.", "€20", "payment per household"),
    ("Three still missing; Dorvan offers families 1.5 million dinars each\n\nBy Ana Petrescu",
     "1.5 million dinars", "payment per family"),
    # an exchange rate and a period are no "per one"
    ("The rupee was steady at 83.2 per dollar on Tuesday.", "83.2", "rupee"),
    ("The levy will save 2 billion euros each year, the ministry said.", "2 billion euros",
     "savings"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), AREAS + PER_ONE)
def test_an_area_or_a_sum_per_one_counts_what_its_clause_names(extract, sentence: str, text: str,
                                                               counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, a phrase it must not take: a kind of land its verb took is named, not the
# area ("Crop land lost: 2,700 hectares" counts the crop land, which the label reads)
NOT_AREAS = [
    ("Damage so far:\n- Crop land lost: 2,700 hectares, or 9% of the valley's farmland.\n"
     "- Culverts destroyed: 31", "2,700 hectares", "lost area"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "wrong"), NOT_AREAS)
def test_a_kind_of_land_a_verb_took_is_not_the_area_it_took(extract, sentence: str, text: str,
                                                             wrong: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted != wrong


DEATHS = [
    # sentence, figure, counted phrase: the words for dying count deaths
    ("Five people died when the footbridge gave way on Saturday.", "Five", "deaths"),
    ("At least 41 people drowned and scores were unaccounted for once the barge tipped over.",
     "41", "deaths"),
    ("Barge overturns on lake, at least 41 dead", "41", "deaths"),
    ("Officials said 2,100 more people died than in an average winter.", "2,100",
     "more deaths"),
    ("More than 900,000 people marched across the country on Friday.", "900,000",
     "demonstrators"),
    # a part of the dead (named by the noun the copula gives it), a second verb, and a cause
    # named keep their words
    ("Nine of the dead were schoolchildren.", "Nine", "schoolchildren"),
    ("At least 17 people drowned or were crushed by falling walls.", "17", "people drowned"),
    ("The landslide killed 60 people.", "60", "people killed"),
]

ESTIMATES = [
    # sentence, figure, counted phrase: a sum set to an estimate with no "of" counts it
    ("The builder said it had revised its estimate from 21.5bn to 26bn euros.", "21.5bn",
     "estimate"),
    ("In May the builder raised its estimate to EUR26bn ($28bn at current rates).", "$28bn",
     "estimate"),
    ("The agency, whose estimate has sat at roughly 26bn euros since May, disagreed.",
     "26bn euros", "estimate"),
    ("Our central estimate is 84 percent above the 14.2 billion euros approved in 2018.",
     "84 percent", "estimate"),
]

SAID_BY_THE_NOUN_OR_VERB = [
    # a toll a figure is "at" counts deaths, whatever count stands beside it
    ("Barge toll at 63, 20 missing, feared dead", "63", "deaths"),
    # money a verb releases, or a thing sells for
    ("The treasury has released MK2.1 billion from the reserve budget.", "MK2.1 billion",
     "funds"),
    ("A sack of maize flour that sold for MK9,000 in June is dearer now.", "MK9,000",
     "price per sack"),
    # what a home lets for is its rent
    ("A one-room flat in Korvath rented for 41,000 dinars a month last spring.", "41,000 dinars",
     "rent"),
    ("The average three-bedroom in Pellam now rents for $2,340 a month.", "$2,340", "rent"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"),
                         DEATHS + ESTIMATES + SAID_BY_THE_NOUN_OR_VERB)
def test_deaths_and_estimates_are_named_as_the_clause_says(extract, sentence: str, text: str,
                                                           counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
def test_a_sum_an_estimate_is_compared_with_is_not_the_estimate(extract) -> None:
    figures = {f.text: f for f in extract(
        "Our central estimate is 84 percent above the 14.2 billion euros approved in 2018.")}
    assert figures["14.2 billion euros"].counted != "estimate"


FACT_BOX = ("Key figures\n- Pumps repaired: 1,240\n- Average grant per farm: $310\n"
            "- Share of homes on the coast insured against storms: 18%\n"
            "Dam breach: 52 still missing as divers search\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted"), [
    ("1,240", "repaired pumps"), ("$310", "Average grant"), ("18%", "Share"),
    # a headline's colon is no label: words of its own follow the figure and name it
    ("52", "missing"),
])
def test_a_label_before_a_colon_names_what_the_figure_counts(extract, text: str,
                                                              counted: str | None) -> None:
    assert {f.text: f for f in extract(FACT_BOX)}[text].counted == counted


# a label with no noun names the state the counted people are in; a capitalised noun the tagger
# takes for a name is still the label's noun
STATE_BOX = ("AT A GLANCE\n\nEvacuated from the valley (council figures): 310\nInjured: 27\n"
             "Dead: 4\nRescued by boat: 6\nMissing: 11\nCompensation promised: 8,000 pesos\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted", "unit"), [
    ("310", "people evacuated", "people"), ("27", "injured", "people"),
    ("4", "deaths", "deaths"), ("6", "people rescued", "people"),
    ("11", "missing", "people"), ("8,000 pesos", "promised compensation", "MXN"),
])
def test_a_label_of_a_state_counts_people_in_it(extract, text: str, counted: str,
                                                 unit: str) -> None:
    fig = {f.text: f for f in extract(STATE_BOX)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


# a label's participle after its noun goes before it, as English writes one such word, and the
# noun, last, is what is counted; after "people" it says who they are and stays
PARTICIPLE_BOX = ("QUARRY COLLAPSE IN NUMBERS\n\nLorries buried: 14\nCranes salvaged: 3\n"
                  "Grant offered per household: 2,500 pesos\nPeople evacuated: 640\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted"), [
    ("14", "buried lorries"), ("3", "salvaged cranes"),
    ("2,500 pesos", "offered grant"), ("640", "People evacuated"),
])
def test_a_label_s_participle_goes_before_its_noun(extract, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(PARTICIPLE_BOX)}[text].counted == counted


# a run of items on one line: each label starts after the full stop that ends the item before
RUN_BOX = ("Key data\n\n- Dead: 9. Missing: 4. Injured: 51.\n"
           "- Homes destroyed: 310. Wells closed: 12.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted"), [
    ("9", "deaths"), ("4", "missing"), ("51", "injured"), ("310", "destroyed homes"),
    ("12", "closed wells"),
])
def test_a_run_of_labels_on_a_line_names_each_figure(extract, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(RUN_BOX)}[text].counted == counted


# several labels on one line, each figure ending in a full stop: each label its figure's own
RUN_OF_LABELS = "Flood summary\n\n- Dead: 9. Missing: 31. Injured: 140.\n- Rescued: 1,200\n"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted", "unit"), [
    ("9", "deaths", "deaths"), ("31", "missing", "people"), ("140", "injured", "people"),
    ("1,200", "people rescued", "people"),
])
def test_a_run_of_labels_on_one_line_names_each_figure(extract, text: str, counted: str,
                                                       unit: str) -> None:
    fig = {f.text: f for f in extract(RUN_OF_LABELS)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


# a run of labelled items, one to a line or split by a spaced slash or bar (after a heading's
# colon): each item's own label names what its figure counts, never the unit or the noun of the
# item before it; a label that says only when still counts what the item above it counts
LABEL_RUNS = [
    # text, figure, counted, unit
    ("Storm in numbers\n\n- Scrub burned: 2,700 hectares\n- Barns destroyed: 48\n"
     "- Evacuees: 1,150\n", "2,700 hectares", "burned scrub", "hectares"),
    ("Storm in numbers\n\n- Scrub burned: 2,700 hectares\n- Barns destroyed: 48\n"
     "- Evacuees: 1,150\n", "48", "destroyed barns", "barns"),
    ("Storm in numbers\n\n- Scrub burned: 2,700 hectares\n- Barns destroyed: 48\n"
     "- Evacuees: 1,150\n", "1,150", "Evacuees", "people"),
    ("The Tolva blaze: Area burned: 2,700 hectares / Barns destroyed: 48 / Evacuees: 1,150\n",
     "2,700 hectares", "burned area", "hectares"),
    ("The Tolva blaze: Area burned: 2,700 hectares / Barns destroyed: 48 / Evacuees: 1,150\n",
     "48", "destroyed barns", "barns"),
    # (a capitalised word the tagger joins to the number after it keeps its plural as unit)
    ("The Tolva blaze: Area burned: 2,700 hectares / Barns destroyed: 48 / Evacuees: 1,150\n",
     "1,150", "Evacuees", "evacuees"),
    ("Quake toll: Area cordoned: 90 hectares | Wells capped: 17 | Evacuees: 640\n",
     "90 hectares", "cordoned area", "hectares"),
    ("Quake toll: Area cordoned: 90 hectares | Wells capped: 17 | Evacuees: 640\n",
     "17", "capped wells", "wells"),
    ("Quake toll: Area cordoned: 90 hectares | Wells capped: 17 | Evacuees: 640\n",
     "640", "Evacuees", "people"),
    ("Key figures\n\n1. Scrub burned (forestry board): 2,700 ha\n"
     "2. Barns destroyed (police count): 48\n", "48", "destroyed barns", "barns"),
    ("Outages\n\n- Peak outage (Sunday): 2.4 million homes\n- Tuesday: nearly 1 million\n",
     "1 million", "homes", "homes"),
    # a label that names only a place keeps the measure of the item above
    ("Burned by district\n\n- Ostra district: 4,300 hectares burned\n- Velm district: 2,100\n",
     "2,100", "Velm district", "hectares"),
    # a label's noun that says percent: the figure, and its value in another year in brackets
    ("Race results\n\n- Runners entered: 12,418; finished: 11,206; completion percentage: "
     "91.04 (2024: 89.49).\n", "91.04", "completion percentage", "percent"),
    ("Race results\n\n- Runners entered: 12,418; finished: 11,206; completion percentage: "
     "91.04 (2024: 89.49).\n", "89.49", "completion percentage", "percent"),
    ("Race results\n\n- Runners entered: 12,418; finished: 11,206; pass percentage: "
     "91.04 (2024: 89.49).\n", "91.04", "pass percentage", "percent"),
    ("Race results\n\n- Runners entered: 12,418; finished: 11,206; pass percentage: "
     "91.04 (2024: 89.49).\n", "89.49", "pass percentage", "percent"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), LABEL_RUNS)
def test_each_item_of_a_label_run_names_its_own_figure(extract, text: str, figure: str,
                                                       counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.counted, fig.unit) == (counted, unit)


# the dead counted are deaths in every voice: a sentence's "N dead", a fact box's "Dead:" and a
# table's "Dead" column give one toll with "Deaths:"; a count that writes its persons ("41 people
# dead"), what befell them otherwise ("killed") and the dead joined to the missing stay people
DEAD_VOICES = [
    # text, figure, counted, unit
    ("Mudslide above Carrowen leaves at least 14 dead", "14", "deaths", "deaths"),
    ("Relief teams counted 23 dead in the hill villages on Friday.", "23", "deaths", "deaths"),
    ("Ravine flood\n\n- Dead: 23\n- Hurt: 40\n", "23", "deaths", "deaths"),
    ("Ravine flood\n\n- Deaths: 23\n- Hurt: 40\n", "23", "Deaths", "deaths"),
    ("| Hamlet | Dead | Injured |\n|---|---|---|\n| Tessary | 6 | 19 |\n", "6", "deaths",
     "deaths"),
    ("| Hamlet | Dead | Injured |\n|---|---|---|\n| Tessary | 6 | 19 |\n", "19", "injured",
     "people"),
    ("The mudslide left 41 people dead in Carrowen.", "41", "deaths", "people"),
    ("Police said 12 were killed in the raid on Vastow.", "12", "killed", "people"),
    ("The mudslide left 9 dead or missing in Carrowen.", "9", "people dead or missing",
     "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), DEAD_VOICES)
def test_the_dead_count_deaths_in_every_voice(extract, text: str, figure: str, counted: str,
                                              unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.counted, fig.unit) == (counted, unit)


SHARES_AND_PRICES = [
    # sentence, figure, counted phrase
    # a share of a whole named by a pronoun or a number noun is a share of what came before
    ("Of the 2.1 million people registered, about 190,000 live abroad. That is 9.1% of the "
     "total.", "9.1%", "share"),
    ("About 80,000 live abroad. Nearly half of them are in Chile.", "half", "share"),
    # another share of the sentence that restates it with a noun of its own says what it counts
    ("About 190,000 live abroad. This is 9.1% of the total; roughly one in 11 island voters "
     "lives on the mainland.", "9.1%", "island voters"),
    ("Their mapping shows 41 percent of the area scorched in June was scorched in 2019 too.",
     "41 percent", "share"),
    ("About 40 percent of the households had no power.", "40 percent", "households"),
    # a move of shares is a move of the share price; a level reached is no change
    ("Shares of Orvex fell 4.1% in early trading in Frankfurt.", "4.1%", "share price"),
    ("Orvex shares are down 12% since May 3.", "12%", "share price"),
    ("Tellmark shares were 7% higher at the close.", "7%", "share price"),
    # a stock said to be so much smaller or larger changed in size, not in price
    ("Surveyors said the sprat stock was 22% smaller than in 2015, when it was last counted.",
     "22%", "sprat stock"),
    ("Biologists said the stock was 41% larger than a decade ago.", "41%", "stock"),
    ("The party's share of the vote rose 3.2 points.", "3.2 points", "share"),
    ("The report found that the share of the road in tunnels had grown to 28 percent from 19 "
     "percent in the first design.", "19 percent", "share"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SHARES_AND_PRICES)
def test_a_share_of_what_came_before_or_of_a_price(extract, sentence: str, text: str,
                                                   counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


BESIDE_THE_NUMBER = [
    # sentence, figure, counted phrase
    # an adverb of time between the number and the participle that says who
    ("Barge capsize: 44 still missing as divers search the hull", "44", "missing"),
    # what a measure verb's participle describes has the area
    ("A patrol flight on Friday showed thick patches covering about 64 square kilometres.",
     "64 square kilometres", "patches area"),
    # a part of a fronted whole is the part its participle names
    ("Of the 48 bodies, 41 have been identified by the coroner so far.", "41",
     "bodies identified"),
    # (a participle with an object or a clause of its own is no fate of the part)
    ("Of the 70 barns inspected, 45% had had their roofs torn off, the insurer said.", "45%",
     "barns"),
    ("Of the 90 hives, 60% had lost their queens by June.", "60%", "hives"),
    # the people a place is "of" or "home to" are its population
    ("The island is home to about 180,000 people.", "180,000", "population"),
    ("Storms are common there, in a flat nation of around 90 million people.", "90 million",
     "population"),
    # the amount's own scale word is never what it counts
    ("The Rs 4 lakh announced by the ministry on 3 May does not cover a year of lost wages.",
     "Rs 4 lakh", None),
    # the next object of the same verb, a sentence later, counts what the first did
    ("The Greens won 28 seats on Sunday. The Liberals of Ana Ruiz won 23, and the small "
     "Farmers Party five.", "23", "seats"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), BESIDE_THE_NUMBER)
def test_a_noun_beside_the_number_or_its_verb_names_it(extract, sentence: str, text: str,
                                                       counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


DEAD_OR_MISSING = [
    # sentence, figure, counted phrase: a death joined to "missing" counts both together
    ("Some 37 people either died or went missing on the gulf route since March.", "37",
     "people dead or missing"),
    ("The charity lists 58 people dead or missing along the mountain route.", "58",
     "people dead or missing"),
    ("Its tally went from 41 to 47 dead and missing once families came forward.", "47",
     "people dead and missing"),
    # two clauses with their own subjects are two counts
    ("Forty people died on the ferry.", "Forty", "deaths"),
    # people who arrived are counted as arrivals, as deaths are of people who died
    ("- 3,140 people arrived in June in 71 boats.", "3,140", "arrivals"),
    ("About 19,320 people were seen arriving on the island over the summer.", "19,320",
     "arrivals"),
    ("Over 48,000 people crossed into the neighbouring province last week.", "48,000",
     "arrivals"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DEAD_OR_MISSING)
def test_the_dead_and_the_missing_are_one_count(extract, sentence: str, text: str,
                                                counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


POPULATION = [
    # sentence, figure, counted phrase: people a place has, counts or is "with", a place's own
    # people, and people a census counts are its population
    ("The Lowmoor district has 3.1 million people, a tenth of the total.", "3.1 million",
     "population"),
    ("Planners had expected Varnia to have about 41 million people by now.", "41 million",
     "population"),
    ("For the province's 2.6 million residents, the new tariff bites hard.", "2.6 million",
     "population"),
    ("The statistics agency counts 1,873,904 residents for that date.", "1,873,904",
     "population"),
    ("The bureau said 33,208,117 people were counted in the 2025 census.", "33,208,117",
     "population"),
    ("That is 6.1 million more than the 27,118,390 persons enumerated in the 2014 census.",
     "27,118,390", "population"),
    ("The provisional census count of 33,208,117 people released by the agency is too low.",
     "33,208,117", "population"),
    ("The official count of the population of Varnia is 33,208,117 persons.", "33,208,117",
     "population"),
    ("According to the agency, its last census count was 34,011,906 people.", "34,011,906",
     "population"),
    # a bare number a place is "of" is its population, whatever count stands before it
    ("Critics called the poll of 1,800 voters too thin for a nation of nearly 19 million.",
     "19 million", "population"),
    # people anywhere else stay people
    ("Police counted 4,500 people at the rally.", "4,500", "people"),
    ("The shelter has 800 people sleeping on cots.", "800", "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), POPULATION)
def test_the_people_of_a_place_or_a_census_are_its_population(extract, sentence: str,
                                                               text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


SET_BY_A_REVISION_OR_A_STATE = [
    # sentence, figure, counted phrase, unit: the object a verb of revising sets from or to
    ("The agency on Monday raised the death toll from the storm in the Dolna hills from 208 to "
     "655, after crews reached 19 hamlets that had been cut off.", "655", "deaths", "deaths"),
    ("Agency lifts official toll from 208 to 655; 95 still missing in the gorges", "208",
     "deaths", "deaths"),
    ("Seismologists later upgraded the magnitude from 5.6 to 5.8.", "5.8", "magnitude",
     "magnitude"),
    # an index with a name of its own, set off by an article as a common noun is; a name of a
    # body or a person is no quantity
    ("The bakers' guild has revised the citywide average Bread Price Index for 3 May from 112 "
     "to 108.", "108", "average Bread Price Index", "count"),
    ("The club moved Arsenal from 5 to 3 in the table.", "3", None, "count"),
    # a headline's passive, its auxiliary left out
    ("4 May: Grant offer raised to €75m", "€75m", "Grant offer", "EUR"),
    # a number noun with an "of" phrase and a share are left to their own rules
    ("The navy will raise the frequency of convoys from two to four per week.", "four",
     "convoys", "convoys per week"),
    # a number noun hands on what it is "for" or "of"
    ("The office has revised the June figure for river arrivals from 3,140 to 3,512.", "3,512",
     "river arrivals", "people"),
    ("The bureau raised its estimate of the population from 8.2 million to 8.5 million.",
     "8.5 million", "population", "people"),
    # a number its own verb puts in a state, or says what befell, counts those in it
    ("Of those, 31 people were confirmed dead and 9 remain missing.", "9", "missing", "people"),
    ("Eleven people were rescued and 30 drowned.", "30", "deaths", "people"),
    # the parser may hang the number on the clause before; the verb after it is still its own
    ("A total of 64 climbers have been brought down alive and 7 remain missing on the ridge.",
     "7", "missing", "people"),
    # lives a verb of taking takes are deaths (the tagger may call "cost" a noun); saved ones are
    # not
    ("It was a lockout that the ombudsman says cost at least 23 lives.", "23", "deaths",
     "deaths"),
    ("The fever has claimed 14 lives in the valley since June.", "14", "deaths", "deaths"),
    ("Harbour pilots mourned 6 lives lost off the reef.", "6", "deaths", "deaths"),
    ("Lifeguards saved 80 lives on the bay last summer.", "80", "saved lives", "lives"),
    # a point on a scale named before it measures the scale, and counts nothing of its own
    ("A magnitude 6.2 earthquake shook the coast before dawn.", "6.2", "magnitude",
     "magnitude"),
    ("The network logged 212 aftershocks of magnitude 2.8 or higher, with 11 of them stronger "
     "than magnitude 5.2.", "11", "aftershocks", "aftershocks"),
    ("The observatory reports Mw 6.4 at a depth of 31 km.", "6.4", "magnitude", "magnitude"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), SET_BY_A_REVISION_OR_A_STATE)
def test_a_revised_object_a_state_or_a_scale_names_the_figure(extract, sentence: str, text: str,
                                                              counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


PER_ONE_AND_AVERAGES = [
    # sentence, figure, counted phrase: a count "per" one thing counts so many per that thing
    ("Homes totalled 9.5 million, each with 3.3 people per household, against 3.5 before.",
     "3.5", "people per household"),
    ("The new quota is 171,220 voters per constituency.", "171,220", "voters per constituency"),
    # an average stated in a count: the size measured, or the count per thing
    ("The average class size fell to 26 pupils from 28 pupils in 2018.", "26",
     "average class size"),
    ("Farms in the upland average 6.2 workers.", "6.2", "workers per farm"),
    ("The average ward has shrunk to 18 beds from 21.", "18", "beds per ward"),
    # "meant" intends, it does not average
    ("The spare vaccines were meant for 9,000 pupils in the north.", "9,000", "pupils"),
    # a bare number beside a ratio is that ratio, unless a number noun makes it a whole
    ("Crews ranged from 38 to 51 people per lorry; over the year it was 44.", "44",
     "people per lorry"),
    # a period after "per" is a rate, and a rate between currencies is left alone
    ("About 50 refugees arrive per month at the border post.", "50", "refugees"),
    ("The peso closed at 18.2 per dollar on Friday.", "18.2", "peso"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PER_ONE_AND_AVERAGES)
def test_a_count_per_one_or_an_average_says_so(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


AVERAGE_UNITS = [
    # sentence, figure, unit: an average stated in a count is given per the thing averaged, in
    # its unit as well as in its counted phrase (a total of workers is another quantity)
    ("Farms in the upland average 6.2 workers.", "6.2", "workers per farm"),
    ("Flats in the old quarter average 2.1 rooms.", "2.1", "rooms per flat"),
    ("The average ward has shrunk to 18 beds from 21.", "18", "beds per ward"),
    ("The typical barge now carries 14 containers.", "14", "containers per barge"),
    # the parser may read the verb as an adjective and leave the plural subject unattached
    ("Households on the island average 4.6 people, above the regional figure of 4.1, the "
     "office said.", "4.6", "people per household"),
    # a count with no average stays a count
    ("Farms in the upland employ 6,200 workers.", "6,200", "workers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), AVERAGE_UNITS)
def test_an_average_count_is_given_per_the_thing_averaged(extract, sentence: str, text: str,
                                                          unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


ONE_FOR_EVERY = [
    # sentence, figure, unit: a count that one thing is for, or that shares one thing, is
    # counted per that thing
    ("The rules set a ratio of one nurse for every nine patients.", "nine",
     "patients per nurse"),
    ("Some villages have one well for more than 3,000 people, the charity said.", "3,000",
     "people per well"),
    ("One toilet is shared by up to 70 people in the biggest shelters.", "70",
     "people per toilet"),
    ("Camps had one tap shared by 140 people, where the rule asks for fewer.", "140",
     "people per tap"),
    # a lone "one for each 25" is left as it is: its "one" stands for a noun said before
    ("Camps had one tap shared by 140 people, where the rule asks for one for each 25.", "25",
     "people"),
    ("The charity gave one blanket to every 3 families.", "3", "families per blanket"),
    # money, and "one in five", are no count per one thing
    ("The club signed one striker for 12 million euros.", "12 million euros", "EUR"),
    ("One in five adults smokes.", "One in five", "fraction"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), ONE_FOR_EVERY)
def test_a_count_one_thing_is_for_is_given_per_that_thing(extract, sentence: str, text: str,
                                                         unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].unit == unit


GROWTH = [
    # sentence, figure, the counted phrase's last word: a share a verb of growth completes is
    # the growth
    ("The province's headcount grew by 1.9 percent each year since 2011.", "1.9 percent",
     "growth"),
    ("If the census is right, it grew by about 2.6 percent a year since 2012.", "2.6 percent",
     "growth"),
    ("Industrial output expanded 2.7% in the second quarter.", "2.7%", "growth"),
    # the level reached is no growth; a change noun's "in" phrase names what changed (but not
    # a span of time it is "in")
    ("That is a rise of 3.1% in three years.", "3.1%", "rise"),
    ("The share had grown to 34 percent by June.", "34 percent", "share"),
    # (a span written downwards is two figures, the old level and the new)
    ("A fall in turnout from 61 to 54 percent worried the parties.", "54 percent",
     "turnout"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GROWTH)
def test_a_share_a_verb_of_growth_completes_is_growth(extract, sentence: str, text: str,
                                                      counted: str) -> None:
    found = {f.text: f for f in extract(sentence)}[text].counted
    assert found is not None and found.split()[-1] == counted, found


TABLE = ("| District | Residents | Part of whole (%) | Growth per year, 2011-2021 (%) |\n"
         "|---|---|---|---|\n"
         "| Oldmere | 412,904 | 6.1 | 1.84 |\n")


@pytest.mark.slow
def test_a_column_per_period_is_a_rate_of_its_quantity(extract) -> None:
    """ "Growth per year": the cells count growth at a yearly rate; the column before keeps its
    own unit (a rate is never handed across a table's column rule)."""
    figures = {f.text: f for f in extract(TABLE)}
    assert (figures["1.84"].counted, figures["1.84"].unit) == ("growth", "percent per year")
    assert figures["6.1"].unit == "percent"


SHARE_DONE = [
    # sentence, figure, counted phrase: a share a participle says what became of
    ("By Friday only 14% had been funded, the relief office said.", "14%", "share funded"),
    ("It was 41 percent funded as of May 2.", "41 percent", "share funded"),
    ("The plan was 41 percent funded as of May 2.", "41 percent", "plan"),
    # a share set after the participle of a whole's passive, between commas
    ("The utility says all of its substations were repaired, 100 percent, by the end of May.",
     "100 percent", "substations repaired"),
    ("The port said all of its cranes were now repaired, 100 percent, nine weeks after the storm "
     "by the Ardel coast, which had cost the port 40 million euros.", "100 percent",
     "cranes repaired"),
    ("By June it was repaired, 100 percent, the port said.", "100 percent", "share repaired"),
    # a share "of" a noun counts that noun
    ("Nearly 60% of the huts were flattened.", "60%", "huts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SHARE_DONE)
def test_a_share_a_participle_completes_is_the_share_so_done(extract, sentence: str, text: str,
                                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


WHAT_BEFELL_THEM = [
    # sentence, figure, counted phrase: what a verb of damage or handling did to the things
    ("Some 61,000 people lost their homes: 6,300 houses were destroyed and 9,900 damaged.",
     "6,300", "houses destroyed"),
    ("Some 61,000 people lost their homes: 6,300 houses were destroyed and 9,900 damaged.",
     "9,900", "houses damaged"),
    ("The monitor has logged 23 cargo ships attacked since April.", "23",
     "cargo ships attacked"),
    ("Eleven people were killed and 240 evacuated.", "240", "people evacuated"),
    # people waiting: a list of those not yet served, apart from those served
    ("The number of people waiting for a dentist in Tarnow was 41,000 in June, the clinic said.",
     "41,000", "people waiting"),
    ("The bakery said 120 people waiting for bread were turned away.", "120", "people waiting"),
    # things a place has are only those things
    ("The old town has 2,400 houses.", "2,400", "houses"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), WHAT_BEFELL_THEM)
def test_what_befell_the_counted_things_is_said(extract, sentence: str, text: str,
                                                counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# a measure or a sum with no noun of its own: the subject of the verb of measure it completes,
# the noun a participle of measure is said of, what a verb of holding holds, the level a verb
# sets (its compound names what); a sum of an amount paid per item is one of them
MEASURED_BY_THE_CLAUSE = [
    ("Across the island, water demand topped 2.4 million cubic metres on Monday.",
     "2.4 million cubic metres", "water demand"),
    ("The cost of the new ferry terminal has climbed to $212 million, the port said.",
     "$212 million", "cost"),
    ("Entry opens in March, with fees starting at $18 for children.", "$18", "fee"),
    ("Fines range from €150 for a first offence to €900 for a repeat one.", "€900", "fine"),
    ("When full, the upper reservoir holds 640 million cubic metres.",
     "640 million cubic metres", "upper reservoir"),
    ("The operator has cut the evening load peak from 3.9GW to 3.6GW after new readings.",
     "3.6GW", "evening load"),
]

NOT_MEASURED_BY_THE_CLAUSE = [
    # a verb of gain or addition names a cause, not what is measured; a part ("share") names
    # no thing; a sum's own noun stays
    ("The drought added €90m to the cost of feed this winter.", "€90m", "drought"),
    ("A decree set the Norwegian share at 2.4 billion kroner.", "2.4 billion kroner", "share"),
    ("The insurer put insured losses at $40m.", "$40m", "loss"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MEASURED_BY_THE_CLAUSE)
def test_a_measure_with_no_noun_measures_what_its_clause_names(extract, sentence: str, text: str,
                                                                counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_MEASURED_BY_THE_CLAUSE)
def test_a_cause_or_a_part_is_not_what_a_sum_measures(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted != counted


# people admitted to or placed in hospital are hospital admissions, as people who died are deaths
ADMITTED = [
    ("Last week 2,150 people were admitted to hospital with heatstroke.", "2,150", "admissions"),
    ("About 90 people were hospitalised after the blast at the depot.", "90",
     "hospital admissions"),
    ("The ward admitted 410 patients in a fortnight.", "410", "patients"),  # a noun of its own
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ADMITTED)
def test_people_admitted_to_hospital_are_admissions(extract, sentence: str, text: str,
                                                     counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a figure on a temperature scale measures a temperature, not degrees; an angle keeps its degrees
ON_A_SCALE = [
    ("Maximum temperatures reached 44.2 degrees Celsius in Tarvo on Friday.",
     "44.2 degrees Celsius", "Maximum temperature"),
    ("A weather station in the valley recorded a provisional 44.9 degrees Celsius.",
     "44.9 degrees Celsius",
     "temperature"),
    ("The town hit 108 degrees Fahrenheit.", "108 degrees Fahrenheit", "temperature"),
    ("The ship turned 40 degrees to port.", "40", "degrees"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ON_A_SCALE)
def test_a_temperature_scale_measures_a_temperature(extract, sentence: str, text: str,
                                                     counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a part "of them" whose noun the sentence before names (the clause's own noun, not one of a
# clause inside it); a part "of the final toll" is of the figure last counted
PARTS_OF_A_WHOLE = [
    ("The register lists drownings in which lifeguards were on duty. The east coast accounted "
     "for 23 of them.", "23", "drownings"),
    ("The toll rose to 86 on Friday. The northern valleys accounted for 31 of the final toll.",
     "31", "deaths"),
    # the next part of the list, joined by "and", counts the same
    ("The register lists drownings in which lifeguards were on duty. The east coast accounted "
     "for 23 of them and the west coast for 9, officials said.", "9", "drownings"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PARTS_OF_A_WHOLE)
def test_a_part_counts_the_whole_named_before(extract, sentence: str, text: str,
                                              counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a sum "for" a common noun is money for that purpose or those people; not when a verb of
# measure or its subject, or a verb of spending or setting aside, says what the sum is, nor
# "for" a place
PAID_FOR = [
    ("The audit found the plan left out C$80 million for extra bus services.", "C$80 million",
     "extra bus services"),
    ("The cabinet approved 60 million euros in relief, including 25 million euros for "
     "beekeepers.", "25 million euros", "beekeepers"),
    ("Fines are €1,500 for households, the council said.", "€1,500", "fine"),
    ("Fares range from $4 for children to $11 for adults.", "$11", "fare"),
    ("Losses were around EUR200m a year for the whole country.", "EUR200m", "Losses"),
    # a verb that says what money it moves says it first
    ("The trust set aside £3 million for legal costs.", "£3 million",
     "provision for legal costs"),
    ("The town spent $2.5 million for new pumps.", "$2.5 million", "spending"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PAID_FOR)
def test_a_sum_for_a_purpose_counts_the_purpose(extract, sentence: str, text: str,
                                                counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a sum a verb of paying, owing or selling moves, whatever form the verb takes: a fine, a debt,
# the proceeds of a sale; the verb of a relative clause about the sum; the verb right before it
MOVED_BY_ITS_VERB = [
    ("The watchdog fined the dairy 3 million euros over the spill.", "3 million euros",
     "fine"),
    ("Harbour Ferries was fined £640,000 by the port authority.", "£640,000", "fine"),
    # the verb's "-ing" form, which the lemmatizer cuts as it cuts "fined"
    ("The inspectors closed the file in May, fining it £90,000 over the late returns.",
     "£90,000", "fine"),
    ("The regulator closed its inquiry, fining the bakery chain $1.2m.", "$1.2m", "fine"),
    ("Creditors will get little of the €2.3bn the chain owed when it shut.", "€2.3bn", "debt"),
    ("The four cranes could fetch $9m-$11m at auction, the receivers said.", "$9m-$11m",
     "proceeds"),
    # the verb right before the sum, though the parser took "cost" for a noun
    ("The Patriot rounds that the army leans on cost nearly $3.9 million each.", "$3.9 million",
     "cost"),
    ("According to the audit office's yearly note on farm support, the subsidy on the diesel duty "
     "cost the exchequer 9,300 million rupees between May and August.", "9,300 million rupees",
     "cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MOVED_BY_ITS_VERB)
def test_a_sum_counts_what_its_verb_moves(extract, sentence: str, text: str,
                                          counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a bare number followed by the participle of a verb whose object is a person counts the people
# it befell; a participle of another verb, or one before a noun, does not
PEOPLE_IT_BEFELL = [
    ("The ferry company said 140 stranded at the port would sail on Friday.", "140",
     "people stranded", "people"),
    ("The guild rejected the mayor's tally of 23 trapped as too low.", "23", "people trapped",
     "people"),
    ("About 60 rescued were flown to the coast.", "60", "people rescued", "people"),
    ("The brewery said 85 laid off in June would be taken back.", "85", "people laid off",
     "people"),
    ("The shipyard will lay off 420 next year.", "420", "people laid off", "people"),
    ("Rangers counted 60 rescued dogs at the shelter.", "60", "rescued dogs", "dogs"),
    # a word of who, joined to a second one before the noun both describe: the noun
    ("The clinics said 2,300 inpatient and outpatient visits were moved.", "2,300",
     "visits", "visits"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), PEOPLE_IT_BEFELL)
def test_a_number_and_a_participle_count_the_people_it_befell(extract, sentence: str, text: str,
                                                              counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


# a sum at a level, or a share, in a clause about shares or a stock is the share price or its
# move: a subject in another clause, a relative clause's antecedent, "they" for the sentence
# before, a share of "their value"; a verb with an object of its own values that object (its
# value, tests/test_counted_shape.py)
PRICED = [
    ("Tellmark's shares closed at 412 rupees, valuing the group at 90 billion rupees.",
     "412 rupees", "share price"),
    ("Tellmark's shares closed at 412 rupees, valuing the group at 90 billion rupees.",
     "90 billion rupees", "group value"),
    ("Tellmark shares, which slid 9% on Monday, recovered on Tuesday.", "9%", "share price"),
    ("The shares closed at 38.5 pence in London.", "38.5 pence", "share price"),
    ("The stock opened at 45 euros. It has lost 12% since March.", "12%", "share price"),
    ("Its shares lost two-thirds of their value in a year.", "two-thirds", "share price"),
    ("Its share of the vote, which rose 4% in May, was steady in June.", "4%", "vote"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PRICED)
def test_a_sum_or_a_share_said_of_shares_is_the_share_price(extract, sentence: str, text: str,
                                                            counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a bare number as the subject, the object or a prepositional object of its clause, with no noun
# near, stands for what the last count before it in the paragraph counted (not a sum, a share or
# a measure); "the count of those
# trapped" and "the number trapped" name the people by what befell them; a measure in feet is
# no count of feet
SAID_BEFORE = [
    ("The airline left 120,000 passengers stranded. By Friday about 40,000 were still waiting.",
     "40,000", "passengers", "passengers"),
    ("Rangers found 61 hikers on the pass. On Monday night, 12 were still on the ridge.", "12",
     "hikers", "hikers"),
    ("The fund paid $4 million to growers on Monday. About 300 have yet to apply.", "300", None,
     "count"),
    ("Marsh Vale had 4,100 otters in 2019. The northern reserve holds 2,210, down from 2,900.",
     "2,210", "otters", "otters"),
    ("Marsh Vale had 4,100 otters in 2019. The northern reserve holds 2,210, down from 2,900.",
     "2,900", "otters", "otters"),
    ("The ferry's papers list 140 passengers. Volunteers have counted 233.", "233", "passengers",
     "passengers"),
    # of the counts before, the one its own verb was said of
    ("The agency's tally is in: more than 2.6 million hens culled on 37 farms by July. The "
     "growers' union says as many as 3.1 million were culled.", "3.1 million", "culled hens",
     "birds"),
    ("The fund paid $4 million to growers on Monday. It expects 300 more next week.", "300", None,
     "count"),
    # (a noun it is the "of" phrase of names it before any count before it does)
    ("Four deckhands were hurt. The barge has a capacity of 140.", "140", "capacity", "count"),
    # a bare number alone in brackets after a plural noun is how many of them there are
    ("Half the drownings (141) were men over 60. Another 27 were children.", "141", "drownings",
     "drownings"),
    ("Half the drownings (141) were men over 60. Another 27 were children.", "27", "drownings",
     "drownings"),
    ("The fund paid out more in 2024 (about 400) than in 2025.", "400", None, "count"),
    ("The shaft is 410 metres deep. About 30 are still below.", "30", None, "count"),
    ("The guild says its count of those evacuated from the valley, 4,100, is too low.", "4,100",
     "people evacuated", "people"),
    ("The ministry raised the number injured to 240 on Sunday.", "240", "injured", "people"),
    ("Officials put the number missing at 31.", "31", "missing", "people"),
    # the participle says what the number counts, not the count before it; a participle of
    # another verb ("counts made by the stewards") names nothing
    ("The chess federation, which sent 40 arbiters and two vans, put the number stranded at 31.",
     "31", "people stranded", "people"),
    ("The marathon, which drew 40 pacers and two buses, put the number caught at 45.", "45",
     "people caught", "people"),
    ("The bus company, which runs 40 depots, put the number sacked at 300.", "300",
     "people sacked", "people"),
    ("By counts made by the stewards, the parade drew 11,800 walkers, including 870 in the old "
     "town.", "870", "walkers", "walkers"),
    # (a verb "count" is no number noun)
    ("Early returns of 48 percent, which counted resident households only, gave way to a final "
     "figure of 44 percent.", "44 percent", "Early returns", "percent"),
    ("A 20-foot wave hit the pier.", "20", "wave", "feet"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "unit"), SAID_BEFORE)
def test_a_bare_subject_counts_what_was_counted_before(extract, sentence: str, text: str,
                                                       counted: str | None, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, unit)


# a length before a word of dimension measures that dimension, past a conversion in brackets;
# "down" as a preposition says where
DIMENSIONS = [
    ("Cavers found the lake 140 metres (460 feet) below ground.", "140 metres", "depth"),
    ("Cavers found the lake 140 metres (460 feet) below ground.", "460 feet", "depth"),
    ("The new levee, 6 metres high, held.", "6 metres", "height"),
    ("Lorries formed a queue 11 km long at the border.", "11 km", "length"),
    ("The ferry sank in water 30 metres deep.", "30 metres", "depth"),
    ("The camp lies 8 km down the valley.", "8 km", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DIMENSIONS)
def test_a_length_before_a_dimension_measures_it(extract, sentence: str, text: str,
                                                 counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# a multiple nothing else names is a ratio to the base named after it, or after "than": a
# number noun hands on what it is of; a figure after it hands on what it counts, and a sum that
# counts nothing names no base
RATIOS = [
    ("The guild's tally came to roughly 3 times the sheriff's count.", "3 times",
     "ratio to count"),
    ("It would be over six times the province's official toll.", "six times",
     "ratio to official toll"),
    ("That is twice the ward's usual load.", "twice", "ratio to usual load"),
    ("It was five times higher than the bank's forecast.", "five times", "ratio to forecast"),
    ("That is three times the number of complaints filed in May.", "three times",
     "ratio to complaints"),
    ("Its estimate is seven times the 130 deaths the agency has put down to the heat.",
     "seven times", "ratio to deaths"),
    # read last: a subject that names what was multiplied keeps it
    ("Admissions reached twice the ward's usual load.", "twice", "Admissions"),
    ("The bill came to 90m euros, nearly three times the 31m euros of 2024.", "three times",
     None),
    ("The audit puts it at 1.5 times the agency's figure.", "1.5 times", None),
    ("That is about four times the CHF 20m the board forecast.", "four times", None),
    ("We wrote to the council twice that week.", "twice", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), RATIOS)
def test_a_multiple_is_a_ratio_to_its_base(extract, sentence: str, text: str,
                                           counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    if counted is None:
        assert not (fig.counted or "").startswith("ratio to"), fig.counted
    else:
        assert fig.counted == counted


# a verb that sets an estimate at a figure ("put", "estimate") sets its object at it, though the
# parser hangs "at" on a participle or a gerund inside the object's phrase; the figure measures
# the object, not what the participle or the gerund takes
SET_AT_INSIDE = [
    ("The forestry office puts woodland burned at 3,400 hectares.", "3,400 hectares",
     "woodland"),
    ("The treasury has estimated the cost of repairing the dams at 3 billion to 4 billion "
     "euros.", "3 billion to 4 billion euros", "cost"),
    ("The guild estimated the economic losses from what papers call the Long Night at between "
     "1.8 billion and 2.4 billion euros, as shops closed.", "1.8 billion and 2.4 billion euros",
     "losses"),
    ("Orlan's water board put pipe lost to the frost at 41 kilometres.", "41 kilometres",
     "pipe"),
    ("Stewards put the crowd gathered outside the arena at 4,000.", "4,000", "crowd"),
    # a participle before its noun, which the parser reads as a verb taking that noun
    ("The harbour board now puts lost berth income for the season that closes in June at "
     "$86 million.", "$86 million", "income"),
    ("Analysts put stolen cable for the quarter that ended in March at 41 kilometres.",
     "41 kilometres", "cable"),
    # a verb that sets nothing keeps what its own object is
    ("The crews kept the pumps running at 400 litres a second.", "400 litres", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), SET_AT_INSIDE)
def test_a_figure_an_estimate_is_put_at_measures_the_object(extract, sentence: str, text: str,
                                                            word: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    if word is None:
        assert "pumps" not in (fig.counted or "").split(), fig.counted
    else:
        assert fig.counted is not None and word in fig.counted.split(), fig.counted


# a headline's "<noun> <number noun> to/at N" ("cuts evacuee count to 16,950"), which the parser
# often reads as a clause, counts what the noun before the number noun names; a body that keeps
# the count ("the police count"), a name, a possessive or a self-counting noun ("toll") does not
HEADLINE_COUNT_NOUN = [
    # sentence, figure, the word the counted phrase must hold, the unit
    ("Ministry cuts flood evacuee count to 16,950 after camp counted twice", "16,950",
     "evacuee", "people"),
    ("Agency lowers storm damage figure to 2.19 million", "2.19 million", "damage", "count"),
    ("Port authority raises container backlog tally to 41,000", "41,000", "backlog", "count"),
    ("Regulator puts mortgage arrears total at 88,500 as rates bite", "88,500", "arrears",
     "arrears"),
]

# a measure is no count of the noun before its number noun ("raises Velo spill estimate to 900
# barrels a day": the flow, read later from the rate)
HEADLINE_MEASURE = ("Agency raises Velo spill estimate to 900 barrels a day", "900 barrels")

HEADLINE_COUNT_NOT_NOUN = [
    ("Police count at 4,000 as marchers fill square", "4,000", "Police"),
    ("Ossmar quake: government figure rises to 44", "44", "government"),
    ("Its count rose to 95,000 by Friday", "95,000", "Its"),
    ("Officials raise count to 40 as search goes on", "40", "raise"),
    ("Auditors' review cuts estimate to 3,400 as talks drag on", "3,400", "cuts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word", "unit"), HEADLINE_COUNT_NOUN)
def test_a_noun_before_a_number_noun_names_what_it_counts(extract, sentence: str, text: str,
                                                          word: str, unit: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and word in fig.counted.split(), fig.counted
    assert fig.unit == unit  # an evacuee is a person; "damages" is no unit


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), HEADLINE_COUNT_NOT_NOUN)
def test_a_body_before_a_number_noun_is_not_what_it_counts(extract, sentence: str, text: str,
                                                           word: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert word not in (fig.counted or "").split(), fig.counted


# the figure's own digits, or the scale the tagger split off it, are no word of what it counts
NOT_THE_NUMBER = [
    ("Six months after the floods: a Rs4.2bn bill to rebuild the valley", "Rs4.2bn", "bill"),
    ("Two years on: 12 dead, and a Rp3.5tn bill to rebuild the coast", "Rp3.5tn", "bill"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_THE_NUMBER)
def test_the_number_itself_is_not_what_it_counts(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# a price is a sum or a share: a stock measured in tonnes or barrels is the stock itself; a sum
# set beside a clause as "a loss of N" measures the loss, not the clause's subject
NOT_A_PRICE = [
    ("The guild says the true stock is at least 84,000 tonnes.", "84,000 tonnes", "stock"),
    ("The board repeated its view that the stock is between 40,000 and 52,000 tonnes.",
     "40,000 and 52,000 tonnes", "stock"),
    ("On its first day of trading after the fire the stock fell 11%, a loss of 2.6 billion "
     "euros.", "2.6 billion euros", "loss"),
    # the price of a stock is still a price
    ("Ravel's stock fell 11% on Monday.", "11%", "price"),
    ("The shares closed at 84 cents.", "84 cents", "price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), NOT_A_PRICE)
def test_a_stock_in_tonnes_or_a_loss_beside_it_is_no_price(extract, sentence: str, text: str,
                                                           word: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and word in fig.counted.split(), fig.counted


# a later figure's noun names an earlier bare number only within one clause: a verb or a
# semicolon between them starts a clause of its own
LATER_NOUN = [
    ("The guild says 140; the ministry puts the number at 85 and says about 1,100 farms are "
     "at risk.", "140", None),
    ("The guild says 140; the ministry puts the number at 85 and says about 1,100 farms are "
     "at risk.", "85", None),
    ("The storm killed 12, 15 or 30 people, officials said.", "12", "people killed"),
    ("They counted 300 on Monday and 450 protesters by Friday.", "300", "protesters"),
    # a measure keeps its substance across clauses
    ("The plant alone accounted for 1.9 million tonnes, and in its worst month it emitted about "
     "210,000 tonnes of CO2.", "1.9 million tonnes", "CO2"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), LATER_NOUN)
def test_a_later_clause_lends_no_noun(extract, sentence: str, text: str,
                                      counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
def test_a_parsed_compound_of_a_number_noun_keeps_its_unit(extract) -> None:
    """ "puts Zorvan rhino count at 2,240": a compound the parse hangs on the number noun names
    the unit as well (rhinos), before the headline reading of the words before "at"."""
    text = "Final census puts Zorvan rhino count at 2,240 after second flight"
    fig = {f.text: f for f in extract(text)}["2,240"]
    assert (fig.counted, fig.unit) == ("rhino", "rhinos")


# "it" set to a new level is what the figure of the same unit before it counts
WHAT_IT_WAS = [
    ("This year's wheat quota is 26,800 tonnes; a cut of 35% would bring it down to about "
     "17,400 tonnes.", "17,400 tonnes", "wheat quota"),
    ("Ministers set the levy at 40 million euros in May and now want to lift it to 55 million "
     "euros.", "55 million euros", "levy"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), WHAT_IT_WAS)
def test_it_set_to_a_level_counts_what_came_before(extract, sentence: str, text: str,
                                                   counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
def test_a_measure_after_a_number_noun_is_not_named_by_the_noun_before(extract) -> None:
    sentence, text = HEADLINE_MEASURE
    assert {f.text: f for f in extract(sentence)}[text].counted != "Velo spill"


# a sum "worth" governs is the value of the goods named right before it, or of the noun it
# modifies; never "worth" itself
WORTH = [
    ("Chilean boats landed hake worth $48.5 million, officials said.", "$48.5 million", "hake"),
    ("Peruvian crews caught anchovy worth $90 million, figures show.", "$90 million",
     "anchovy"),
    ("The port handled cargo worth £2.3bn in 2025.", "£2.3bn", "cargo"),
    ("The Lisbon firm won a contract worth €2bn.", "€2bn", "contract"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), WORTH)
def test_a_sum_worth_names_the_goods(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# a figure a participle of a verb of estimate puts a noun at measures that noun (what "valued"
# puts it at is its value, tests/test_counted_shape.py)
ESTIMATED_AS = [
    ("The flood caused damage estimated at $2bn.", "$2bn", "damage"),
    ("Lenders seized a stake valued at €40m.", "€40m", "stake value"),
    ("The maize harvest, estimated at 12 million tonnes, is the smallest in a decade.",
     "12 million tonnes", "maize harvest"),
    ("Crop losses, put at 40,000 tonnes, were worst in the south.", "40,000 tonnes",
     "Crop losses"),
    ("The rest will come from ticket sales, forecast at C$96 million, and sponsors.",
     "C$96 million", "ticket sales"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ESTIMATED_AS)
def test_a_noun_estimated_at_a_figure_is_what_it_measures(extract, sentence: str, text: str,
                                                         counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# "how many X" asks the number of X: the bare numbers that answer it in the next sentence count X
# (with what its clause says befell them: ferries kept in port are idle)
HOW_MANY = [
    ("How many ferries the strike will keep in port is still disputed. The union says 40; the "
     "operator puts the number at 25 and says about 300 crew are idle.", "40", "idle ferries"),
    ("How many ferries the strike will keep in port is still disputed. The union says 40; the "
     "operator puts the number at 25 and says about 300 crew are idle.", "25", "idle ferries"),
    ("Nobody knows how many villagers were evacuated before the dam broke. The governor said "
     "4,000.", "4,000", "villagers evacuated"),
    # a unit is no thing counted
    ("How many hectares burned is unclear. The agency says 1,200.", "1,200", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), HOW_MANY)
def test_how_many_names_what_the_answer_counts(extract, sentence: str, text: str,
                                               counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted



# in the passive, a verb that holds an amount within a bound, or revises it, says its subject is
# what the bare figure counts
@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [
    ("Sailings were limited to 12 a week.", "12", "Sailings"),
    ("Admissions were capped at 300.", "300", "Admissions"),
    ("Deliveries were cut to 18 last month.", "18", "Deliveries"),
])
def test_the_subject_of_a_bound_in_the_passive_is_counted(extract, sentence: str, text: str,
                                                           counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# a sum paid "for" one thing (a, an, one, a single) or "at auction" is that thing's price; a sum
# paid "for" a purpose or for many things stays a payment
PAID_FOR_ONE_THING = [
    ("A Dutch bulk carrier paid $3.1 million for a berth on Monday, brokers said.",
     "$3.1 million", "price"),
    ("The Corsican ferry line paid €900,000 at auction for a single landing right.", "€900,000",
     "price"),
    ("The museum paid £2.2m for a painting that had hung in a barn.", "£2.2m", "price"),
    ("A Norwegian trawler paid $700,000 at auction on Monday to skip the line.", "$700,000",
     "price"),
    ("The city paid $40 million for new tram lines.", "$40 million",
     "payments for new tram lines"),
    ("The co-operative paid 12,000 zlotys to its pickers in May.", "12,000 zlotys", "payments"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PAID_FOR_ONE_THING)
def test_a_sum_paid_for_one_thing_is_its_price(extract, sentence: str, text: str,
                                               counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a sum paid to those a loss or a death falls on (heirs, families, victims) is compensation; paid
# to anyone else it stays a payment
PAID_TO_THE_BEREAVED = [
    ("The rail operator has paid 3.2 million lei so far to the families of the dead.",
     "3.2 million lei", "compensation"),
    ("The utility will pay €90,000 to the heirs of each drowned fisherman.", "€90,000",
     "compensation per heir"),
    ("The province paid the victims' relatives $14,000, an official said.", "$14,000",
     "compensation"),
    ("The insurer paid 8 million pesos to survivors of the blaze in March.", "8 million pesos",
     "compensation"),
    ("The co-operative paid 12,000 zlotys to its pickers in May.", "12,000 zlotys", "payments"),
    ("The brewery paid €300,000 to the family that owned the site.", "€300,000", "compensation"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PAID_TO_THE_BEREAVED)
def test_a_sum_paid_to_the_bereaved_is_compensation(extract, sentence: str, text: str,
                                                    counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# "the $3.1 million": a sum the definite article points back at counts what the same sum named
# before it counts, not what the verb before it would make of it; the last figure of the value
THE_SUM_AGAIN = [
    ("A Dutch bulk carrier paid $3.1 million at auction for a single berth, brokers said. The "
     "carrier paid the $3.1 million on Monday, twice the price paid in May.", 1, "price"),
    ("The club spent €40 million on a new stand. Fans paid the €40 million back through dearer "
     "tickets.", 1, "spending"),
    # no earlier sum of that value: the verb says what it is
    ("The club spent €40 million on a new stand. Fans paid the €30 million back through dearer "
     "tickets.", 1, "payments"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "index", "counted"), THE_SUM_AGAIN)
def test_a_definite_sum_counts_what_the_same_sum_before_it_counts(extract, text: str,
                                                                  index: int,
                                                                  counted: str) -> None:
    figures = [f for f in extract(text) if f.unit.isupper()]
    assert figures[index].counted == counted


# a sum of one currency given per one unit of another is an exchange rate, whatever the clause
# converts with it; a sum per unit of money invested is a return, not a rate of exchange
EXCHANGE_RATES = [
    ("Higher feed prices would cost dairies $90 million, or about 84 billion pesos at the "
     "official exchange rate of 930 pesos per dollar.", "930 pesos", "exchange rate"),
    ("The central bank let the peso slide to 1,120 pesos per dollar on Monday.", "1,120 pesos",
     "exchange rate"),
    ("Imports will cost the country 4 billion rand, at an exchange rate of 18 rand per dollar.",
     "18 rand", "exchange rate"),
    ("The subsidy is worth 40 pesos per litre of diesel.", "40 pesos", "subsidy"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), EXCHANGE_RATES)
def test_a_sum_per_unit_of_another_currency_is_an_exchange_rate(extract, sentence: str,
                                                                text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a noun that counts people by itself ("toll", "turnout") never names what a sum of money counts:
# the sum is what the noun charges or brings in (a toll is also a fee)
SUMS_OF_A_SELF_COUNTING_NOUN = [
    ("Bridge tolls bring in NZ$12m a year for the council.", "NZ$12m", "tolls"),
    ("Ferry tolls raised €8.5 million last year.", "€8.5 million", "tolls"),
    ("The toll on the Varn crossing is $7.", "$7", "toll"),
    ("Tolls collected 3 million francs in the first month.", "3 million francs", "Tolls"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SUMS_OF_A_SELF_COUNTING_NOUN)
def test_a_sum_of_a_self_counting_noun_counts_no_people(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted is not None and fig.counted.split()[-1] == counted
    assert fig.counted_head not in ("deaths", "people")


# the subject of a copula or of a verb of measure may be a gerund the tagger leaves a verb
# ("spending per head"): with no object of its own it is a noun, what the sum measures
GERUND_SUBJECTS = [
    ("Spending per pupil was $9,800 in Ardley.", "$9,800", "Spending"),
    ("Borrowing per household reached £31,000.", "£31,000", "Borrowing"),
    ("Spending per visitor rose to €640 over the summer.", "€640", "Spending"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GERUND_SUBJECTS)
def test_a_gerund_subject_names_what_a_sum_measures(extract, sentence: str, text: str,
                                                    counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# a rate of volume or mass a verb acts on is named by what the verb does to it (its participle);
# a verb of release stays a flow, a verb of saying or measuring names nothing
VERBS_DONE_TO_A_RATE = [
    ("The Korsby works treats 45 million litres every day.", "45 million litres", "treated"),
    ("The field pumps 310,000 barrels a day.", "310,000 barrels", "pumped"),
    ("Lorries will bring 3 million litres a day to the camps.", "3 million litres", "flow"),
    ("The terminal ships 12,000 tonnes a week to Halden.", "12,000 tonnes", "shipped"),
    ("Tankers carry 2 million litres a day to the camps.", "2 million litres", "carried"),
    ("About 9 million litres are filtered every day.", "9 million litres", "filtered"),
    ("The pipe leaked 1,800 barrels a day.", "1,800 barrels", "flow"),
    ("Engineers estimate 4 million litres a day.", "4 million litres", "flow"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), VERBS_DONE_TO_A_RATE)
def test_a_verb_names_what_it_does_to_a_rate_of_volume(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
