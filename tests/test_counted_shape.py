"""The counted phrase as a reader sees it: it ends in the noun of what is counted and carries no
word that is not that thing: not a unit of measure (the unit's), not a number noun, not a verb
the tagger took for a noun (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted: a count "per" a unit of area is a density, so many things over an
# area (the measure is the unit's rate), not so many per one thing
DENSITIES = [
    ("The swarm held as many as 60 million hoppers per square kilometre.", "60 million",
     "hoppers"),
    ("Rangers counted 1,200 nests per hectare on the island.", "1,200", "nests"),
    ("The reef carries roughly 7,000 urchins per square metre.", "7,000", "urchins"),
    # a count per one thing is still counted per that thing
    ("The clinic had 4.1 patients per nurse last winter.", "4.1", "patients per nurse"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DENSITIES)
def test_a_count_per_a_unit_of_area_counts_the_things(extract, sentence: str, text: str,
                                                      counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a unit glued to the number names how it is measured, and a number
# noun after it ("estimate", "figure") names no thing; neither is what is counted
UNIT_BEFORE_A_NOUN = [
    ("The agency gave the 9,000-tonne estimate on Monday.", "9,000", None),
    ("The council published the 42,000-acre figure last week.", "42,000", None),
    ("Workers shut the 80,000 bpd Tarrow refinery on Sunday.", "80,000 bpd", "refinery"),
    # a noun of its own after the glued unit is what it measures
    ("The navy escorted its 64,000-tonne grain cargo.", "64,000", "grain cargo"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), UNIT_BEFORE_A_NOUN)
def test_a_unit_or_a_number_noun_is_not_what_is_counted(extract, sentence: str, text: str,
                                                        counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# headline, figure, counted: a verb of change the tagger calls a plural noun ("climbs") is the
# clause's verb; what the figure measures is its subject
VERB_READ_AS_NOUN = [
    ("Copper output climbs to 41,000 tonnes as new mine opens", "41,000 tonnes",
     "Copper output"),
    ("Coffee price tumbles to 210 cents", "210 cents", "Coffee price"),
    ("Gold stock soars to 900 tonnes", "900 tonnes", "stock"),
    ("Wool price climbs to 80 cents as mills restock", "80 cents", "Wool price"),
    # a number noun or a sum stays a noun
    ("Airline to cut fuel costs to $5m", "$5m", "fuel costs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), VERB_READ_AS_NOUN)
def test_a_verb_read_as_a_noun_is_not_counted(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, a noun it must not count: a participle the tagger calls a noun, hung as a
# clause on the amount ("tonnes forecast last month by ..."), describes the amount; neither the
# amount nor a sibling that inherits from it counts the participle
PARTICIPLE_ON_THE_AMOUNT = [
    ("Traders doubt the 910,000 tonnes forecast last month by the rice board.",
     "910,000 tonnes", "forecast"),
    ("The board's count is well below the 17.8 million tonnes forecast last week by the Lakeview "
     "Grain Exchange, and far from the 22.4 million tonnes picked in 2019.",
     "17.8 million tonnes", "forecast"),
    ("The board's count is well below the 17.8 million tonnes forecast last week by the Lakeview "
     "Grain Exchange, and far from the 22.4 million tonnes picked in 2019.",
     "22.4 million tonnes", "forecast"),
    # an estimate noun right after a bare number is an estimate of the number, not a thing
    ("Mills say output will fall to 3.2 million bales, well below the 4.1 million forecast by "
     "the cotton board.", "4.1 million", "forecast"),
    ("Exporters expect 610,000 tonnes, short of the 700,000 projection by the ministry.",
     "700,000", "projection"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "wrong"), PARTICIPLE_ON_THE_AMOUNT)
def test_a_participle_on_the_amount_is_not_counted(extract, sentence: str, text: str,
                                                   wrong: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted != wrong


# a table, a cell, counted: a header whose noun a relative clause follows counts that noun,
# after the class of what the clause says befell it, as a sentence saying the same is read
RELATIVE_HEADERS = [
    ("| District | Households who lost power | Share |\n|---|---|---|\n| Orvel | 51,000 | 40% |\n",
     "51,000", "disconnected households"),
    ("| Ward | Patients who recovered | Beds |\n|---|---|---|\n| East | 140 | 30 |\n", "140",
     "patients"),
    ("| Harbour | Trawlers that were tied up | Crews |\n|---|---|---|\n| Kell | 64 | 300 |\n",
     "64", "idle trawlers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("table", "text", "counted"), RELATIVE_HEADERS)
def test_a_header_with_a_relative_clause_ends_in_its_noun(extract, table: str, text: str,
                                                         counted: str) -> None:
    assert {f.text: f for f in extract(table)}[text].counted == counted


# sentence, figure, counted: a sum per a unit of volume or mass of a good, which no noun of its
# own names, is its price; per another measure (an area) no word says what the sum is, and no
# word is invented for it
PER_A_MEASURE = [
    ("Diesel hits 910 rupees a litre in Colombo", "910 rupees", "price"),
    ("Drivers paid as much as 640 shillings a litre for kerosene on Friday.", "640 shillings",
     "price"),
    ("Mills pay farmers 31 cents a kilogram for raw cane.", "31 cents", "price"),
    # per an area nothing is invented: "demand" is the verb's own word for the sum, not "payment"
    ("Growers demand 2,000 rand per hectare in relief.", "2,000 rand", "demand"),
    # a noun of its own still names the sum
    ("The subsidy is worth 40 pesos per litre of diesel.", "40 pesos", "subsidy"),
    # "a pound" after a sum in cents is the avoirdupois pound, a unit of mass: the rate is the
    # unit's, and the phrase carries no "per pound"
    ("London cocoa rose to 412.5 cents a pound on Friday.", "412.5 cents", "London cocoa"),
    ("- Chicago oats (CBOT, Dec): 318.25 cents per pound.", "318.25 cents", "price"),
    # a sum that takes its rate per litre from the sum beside it is a price, as that one is
    ("Drivers in Mombasa paid 190 shillings a litre for diesel on Monday, up from 176 "
     "shillings last month.", "176 shillings", "price"),
    # per one of a thing, a payment stays a payment per that thing
    ("The charity paid 800 rand per family in March.", "800 rand", "payments per family"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PER_A_MEASURE)
def test_a_sum_per_a_measure_of_a_good_is_its_price(extract, sentence: str, text: str,
                                                    counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a conversion in brackets is "of" what its amount is "of", whatever
# the "for" phrase after it says
CONVERTED_SUM_OF_A_NOUN = [
    ("The cabinet on Monday cleared a rebuilding grant of Rs 2,140 crore ($257 million) for "
     "traders ruined by the floods.", "$257 million", "rebuilding grant"),
    ("Nepal approved a loan of Rs 90 crore ($6.8 million) for flood-hit traders.",
     "$6.8 million", "loan"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CONVERTED_SUM_OF_A_NOUN)
def test_a_conversion_is_of_what_its_amount_is_of(extract, sentence: str, text: str,
                                                  counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a word of what befell people ("dead", "injured") after the
# figure's own noun says what happened to the things counted, not what they are: the noun is
# counted ("seven workers dead" counts workers); after "people", or with no noun, the word says it
PREDICATE_AFTER_THE_NOUN = [
    ("Quarry collapse in Ondo leaves four porters dead", "four", "porters"),
    ("Floods leave 300 people dead in the delta", "300", "deaths"),
    ("Nine firefighters hurt, two dead in depot blaze", "two", "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PREDICATE_AFTER_THE_NOUN)
def test_a_fate_after_the_noun_leaves_the_noun_counted(extract, sentence: str, text: str,
                                                       counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a count whose own noun is the subject of a verb of change counts
# that noun; "grow" with an object is what they do, not a change of them (but a share the verb
# completes is the change: "output grew 4 percent")
SUBJECT_OF_ITS_OWN_VERB = [
    ("About 40,000 farmers grow cassava in the valley.", "40,000", "farmers"),
    ("Maize output grew 4 percent last year.", "4 percent", "Maize output growth"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SUBJECT_OF_ITS_OWN_VERB)
def test_a_count_of_a_verb_s_subject_is_no_change(extract, sentence: str, text: str,
                                                  counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a month the parser takes for the subject of a share's clause
# ("since December had been 40% below") is a time, never what the share measures
DATE_AS_SUBJECT = [
    ("The Ministry of Water and Forests said snowfall in the Eastern Alps since December had "
     "been 40% below the long-term average, the worst since 2011.", "40%", "snowfall"),
    ("The Bureau of Meteorology said rainfall in the Western Ranges since January had been 60% "
     "lower than the long-term average.", "60%", "rainfall"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DATE_AS_SUBJECT)
def test_a_date_is_never_what_a_share_measures(extract, sentence: str, text: str,
                                               counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: an estimate noun the figure's verb sets ("cut its forecast ... to")
# is a number of something; what its "for" phrase names, hung on the noun or on the verb, is
# what the figure counts (a sum with no "for" phrase still counts the estimate)
ESTIMATE_FOR_A_THING = [
    ("The cotton board cut its forecast for the 2027 crop again, to 3.1 million bales from 3.4 "
     "million, or about 540,000 tonnes, its chairman said.", "540,000 tonnes", "crop"),
    ("The Sugar Millers Federation has revised its forecast for the 2027 cane crop down from 41 "
     "million tonnes to 38 million tonnes, after a field survey.", "38 million tonnes",
     "cane crop"),
    ("The bank raised its forecast to 3.1 percent.", "3.1 percent", "forecast"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ESTIMATE_FOR_A_THING)
def test_an_estimate_counts_what_it_is_for(extract, sentence: str, text: str,
                                           counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a verb the parser gives two counts as subjects (or the second as a
# conjunct of the first) says what befell the count nearer it, not the noun before
TWO_COUNTS_ONE_VERB = [
    ("The toll from the collapse of the Oren Hall in the old town rose to 8 on Friday, with 57 "
     "survivors and 9 people still missing, the fire service said.", "57", "survivors"),
    ("The search for the crew of the Marlin Star ended on June 2 with 11 people confirmed dead, "
     "140 survivors and 7 still missing, the navy said.", "140", "survivors"),
    ("The search for the crew of the trawler ended on May 4 with 9 people confirmed dead, 62 "
     "survivors and 3 still missing, the coastguard said.", "62", "survivors"),
    # the count nearer the verb keeps it
    ("The toll from the collapse of the Oren Hall in the old town rose to 8 on Friday, with 57 "
     "survivors and 9 people still missing, the fire service said.", "9", "people missing"),
    ("The search for the crew of the Marlin Star ended on June 2 with 11 people confirmed dead, "
     "140 survivors and 7 still missing, the navy said.", "7", "missing"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), TWO_COUNTS_ONE_VERB)
def test_a_verb_of_two_counts_says_what_befell_the_nearer(extract, sentence: str, text: str,
                                                           counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a verb of dying after a noun of who died is no word of the noun
# phrase: the phrase ends in the noun, the fate before it ("dead children"); a participle a
# reporter writes after the noun stays there ("crew members killed")
DIED_AFTER_THE_NOUN = [
    ("At least 19 children died of the fever in the northern districts, the ministry said.",
     "19", "dead children"),
    ("The blast is the deadliest since Kessler Ridge, where 52 men died in 1958.", "52",
     "dead men"),
    ("Three crew members were killed and 12 sailors died later in hospital.", "12",
     "dead sailors"),
    ("Three crew members were killed and 12 sailors died later in hospital.", "Three",
     "crew members killed"),
    ("Some 40 people died in the floods.", "40", "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DIED_AFTER_THE_NOUN)
def test_a_verb_of_dying_after_the_noun_goes_before_it(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: what one of a kind costs is its price; what a project costs, its cost
ONE_OF_A_KIND_COSTS = [
    ("A terraced cottage cost $640,000 in the spring.", "$640,000", "terraced cottage price"),
    ("A dozen lemons cost 4 euros at the market.", "4 euros", "lemon price"),
    ("Each permit cost 250 dinars.", "250 dinars", "permit price"),
    ("The new footbridge cost $31 million.", "$31 million", "new footbridge cost"),
    # a case supposed is no price, nor a sum given per some other one
    ("A second runway would cost $4bn.", "$4bn", "second runway cost"),
    ("A shelter bed cost £120 per person per night.", "£120", "shelter bed cost per person"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ONE_OF_A_KIND_COSTS)
def test_what_one_of_a_kind_costs_is_its_price(extract, sentence: str, text: str,
                                               counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a noun no class calls people that a verb done to people befell
# counts the people it befell, as "people arrested" does: the participle follows the noun
DONE_TO_PEOPLE = [
    ("Police said on Monday that 14 suspects had been arrested in the raids.", "14",
     "suspects arrested"),
    ("Officers said they had arrested 31 smugglers at the border crossing.", "31",
     "smugglers arrested"),
    ("Some 300 pupils were evacuated from the flooded school on Monday.", "300",
     "pupils evacuated"),
    # a verb that names no count of people adds nothing; a death or an injury, which befall
    # animals too, is left to the class keys; an agent is no one it befell
    ("The mine employs 900 drillers.", "900", "drillers"),
    ("Wardens said 45 lynxes were killed by poachers last year.", "45", "lynxes"),
    ("The reserve has 600 wardens, who have arrested 90 suspected poachers since May.", "600",
     "wardens"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), DONE_TO_PEOPLE)
def test_a_verb_done_to_people_follows_the_noun_it_befell(extract, sentence: str, text: str,
                                                          counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a sum a verb of valuing sets a thing at is that thing's value, not
# the thing (the verb names the quantity, as "cost" does); "put" or "estimate" set the thing
VALUED_AT = [
    ("Customs officers valued the stolen timber at $4.2 million.", "$4.2 million",
     "stolen timber value"),
    ("The shares closed at 12 cents, valuing the brewer at about 80 million pounds.",
     "80 million pounds", "brewer value"),
    ("The auditors value the seized yacht at €9m, the court heard.", "€9m", "seized yacht value"),
    ("Her farm was valued at 3.1 million rand last year.", "3.1 million rand", "farm value"),
    ("The painting, valued at $750,000, was returned.", "$750,000", "painting value"),
    # a verb that only states an estimate names the thing itself
    ("Engineers put the repair bill at $12 million.", "$12 million", "repair bill"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), VALUED_AT)
def test_a_sum_a_thing_is_valued_at_is_its_value(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: in a headline the tagger may call a verb of change a plural noun
# ("rate sinks to") and hang the share's "to" on the other clause's verb; the share measures
# the noun before that verb (as a rate's compound, what it is a rate of), not the other
# clause's subject
VERB_READ_AS_NOUN_BEFORE = [
    ("Fares hit $4.10 a ride as ridership rate sinks to 61%: agency", "61%", "ridership"),
    ("Wages climb as jobless rate sinks to 3.9%", "3.9%", "jobless rate"),
    ("Loans hit record as deposit rate dips to 2.5%", "2.5%", "deposit"),
    # the same as when the tagger reads the verb as a verb (a rate's compound names its thing)
    ("Prices jump 8% as occupancy rate slips to 72%", "72%", "occupancy"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), VERB_READ_AS_NOUN_BEFORE)
def test_a_share_after_a_verb_read_as_a_noun_measures_its_subject(extract, sentence: str,
                                                                  text: str,
                                                                  counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a figure in a unit of speed measures the speed of what its phrase
# names, or a speed where none is named; a noun that names a speed itself stays, and the letter
# after a unit's slash ("km/h") is the unit's, never a word of the noun
SPEEDS = [
    ("Inspectors said the tram was running at 72 km/h when it left the rails.", "72 km/h",
     "tram speed"),
    ("The bus was travelling at 104 km/h near Ustrel, the police said.", "104 km/h",
     "bus speed"),
    ("Telemetry showed 88 mph at the moment of the crash.", "88 mph", "speed"),
    ("Winds of 140 km/h tore roofs off in Sorevan.", "140 km/h", "Winds"),
    ("The lava was advancing at 3 km/h towards the village.", "3 km/h", "lava advance"),
    ("The coach passed the 60 km/h limit near the bridge.", "60 km/h", "limit"),
    # a length per a period is no unit of speed: its noun stays
    ("The glacier was moving 9 metres a day.", "9 metres", "glacier movement"),
    ("The reservoir behind the dam rose 8 cm an hour on Friday.", "8 cm", "reservoir"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), SPEEDS)
def test_a_figure_in_a_unit_of_speed_measures_a_speed(extract, sentence: str, text: str,
                                                      counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a word the tagger splits at its hyphen ("non", "-", "permanent")
# is one word of the phrase, as written
HYPHENATED = [
    ("Around 2.9 million non-permanent residents live in Ostravia.", "2.9 million",
     "non-permanent residents"),
    ("The bureau put annual non-core inflation at 5.8% in July.", "5.8%", "non-core inflation"),
    ("The frigate intercepted six anti-ship missiles on Sunday.", "six", "anti-ship missiles"),
    # words the text spaces stay apart
    ("Some 4,000 drought-hit farmers queued for aid in Velm.", "4,000", "drought-hit farmers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), HYPHENATED)
def test_a_word_split_at_its_hyphen_stays_one_word(extract, sentence: str, text: str,
                                                   counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a group named in front of the noun says once the words it shares
# with the noun's own modifiers
GROUP_OVERLAP = [
    ("Four teams of the Federal Flood Relief Corps and two of the Provincial Flood Relief Corps "
     "were sent to Marrow.", "two", "Provincial Flood Relief Corps"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GROUP_OVERLAP)
def test_a_group_before_the_noun_says_its_shared_words_once(extract, sentence: str, text: str,
                                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted: a noun in front of a modifier of the counted noun, which the parser
# hangs on that modifier, is kept in its place
NESTED_COMPOUND = [
    ("Tarvel will fund a €90m cash voucher programme for carers.", "€90m",
     "cash voucher programme"),
    ("The district runs a $4m flood barrier fund.", "$4m", "flood barrier fund"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NESTED_COMPOUND)
def test_a_noun_in_front_of_a_modifier_is_kept(extract, sentence: str, text: str,
                                               counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
