"""What a figure counts when its own words name nothing and another part of the text does: a
conversion that restates a figure whose noun its clause named (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: a conversion in brackets measures what the figure it
# restates measures, even when that noun came from the clause (its subject) and not the figure
CONVERSIONS = [
    ("Lake Orvessa stood at 41.2 feet (12.56 m) on Thursday, the water board said.", "12.56 m",
     "Lake Orvessa"),
    ("The Tambel reservoir stood at 212 metres (696 feet) above sea level in June.", "696 feet",
     "Tambel reservoir"),
    ("Power demand topped 38 gigawatts (38,000 MW) on Monday evening.", "38,000 MW",
     "Power demand"),
    # a mass or a volume a verb of producing or trading moves is that kind of quantity
    ("The Korvel plant can process 85,000 barrels a day, its owner says.", "85,000 barrels",
     "processing"),
    ("Tarnland imports roughly 3 million tonnes a year from its neighbours.", "3 million tonnes",
     "imports"),
    # a sum's conversion in brackets is that sum, not the "for" phrase after the bracket
    ("The council approved a repair fund of 9.4 billion dinars (about $31 million) for families "
     "hit by the landslide.", "$31 million", "repair fund"),
    ("Ministers unveiled an aid package of 2.6 billion pesos ($48 million) for fishermen idled "
     "by the ban.", "$48 million", "aid package"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CONVERSIONS)
def test_a_conversion_measures_what_its_figure_measures(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# text, figure, counted phrase, unit: a line of a dated list counts what the caption above the
# run of lines names, in the unit first in its brackets
DATED_LISTS = [
    ("Ferry crossings cancelled at Skarn, 2021-2025 (sailings, port authority)\n2021: 410\n"
     "2022: 385\n2023: 1,020\n", "1,020", "ferry crossings cancelled", "sailings"),
    ("Lynx sightings reported in the Varn valley\n- 2025: 41\n- 2026: 57\n", "57",
     "lynx sightings reported", "count"),
    ("Grain stored at Palma depots (tonnes)\nQ1 2026: 12,400\nQ2 2026: 9,800\n", "9,800",
     "grain stored", "tonnes"),
]

NOT_DATED_LISTS = [
    # a prose line above names nothing; a label that is no date is a fact box's own
    ("The harbour master kept a tally of the boats that came in.\n2021: 410\n2022: 385\n",
     "385"),
    ("Ferry crossings at Skarn\n\n2021: 410\n2022: 385\n", "385"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), DATED_LISTS)
def test_a_dated_list_counts_what_its_caption_names(extract, text: str, figure: str,
                                                    counted: str, unit: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert (found.counted, found.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), NOT_DATED_LISTS)
def test_a_dated_list_without_a_caption_names_nothing(extract, text: str, figure: str) -> None:
    found = {f.text: f for f in extract(text)}.get(figure)
    assert found is None or found.counted is None or found.counted == "boats"


# text, figure, counted phrase, unit: a cell of a table set in columns with spaces counts what
# its column's header names (in its class: vessels are ships); a participle header names the
# first column's things by their state
PLAIN_TABLE = ("VESTRA FERRIES' FLEET\n\nClass            Vessels   Chartered   Scrapped\n"
               "Ro-pax                 11           4          2\n"
               "Catamaran               6           1          3\n")
PLAIN_TABLES = [
    (PLAIN_TABLE, "11", "vessels", "vessels"),
    (PLAIN_TABLE, "4", "chartered vessels", "vessels"),
    (PLAIN_TABLE, "3", "scrapped vessels", "vessels"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), PLAIN_TABLES)
def test_a_plain_text_table_cell_counts_what_its_header_names(extract, text: str, figure: str,
                                                              counted: str, unit: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert (found.counted, found.unit) == (counted, unit)


@pytest.mark.slow
def test_prose_with_wide_spaces_is_no_table(extract) -> None:
    text = ("The ferry  carried 240 passengers  and 31  cars on Monday.\n"
            "It carried 260 passengers on Tuesday.\n")
    found = {f.text: f for f in extract(text)}
    assert found["31"].counted != "passengers carried"


# sentence, figure, counted phrase, unit: a bare number a verb of saying takes at the end of its
# clause is another source's figure for the quantity of the figure before it
SAID_BY_ANOTHER = [
    ("The Vellan board puts the sown area at 2.1 million hectares; the farmers' union says "
     "1.8 million.", "1.8 million", "sown area", "hectares"),
    ("The Vellan board puts the sown area at 2.1 million hectares, while the farmers' union "
     "says 1.8 million.", "1.8 million", "sown area", "hectares"),
    ("The ministry counted 41 deaths in the district; the governor says 57.", "57", "deaths",
     "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted", "unit"), SAID_BY_ANOTHER)
def test_a_number_another_source_says_is_the_same_quantity(extract, sentence: str, figure: str,
                                                           counted: str, unit: str) -> None:
    found = {f.text: f for f in extract(sentence)}[figure]
    assert (found.counted, found.unit) == (counted, unit)


@pytest.mark.slow
def test_a_number_with_words_of_its_own_after_the_verb_of_saying_is_its_own(extract) -> None:
    found = {f.text: f for f in extract("The port handled 3.2 million tonnes in 2025, and its "
                                        "director says 40 ships were idle.")}
    assert found["40"].unit == "ships"


# headline, figure, counted phrase, unit: a clause with its "to be" left out ("duty cut to 9%",
# "horses down to 2,100") measures its subject, as the full clause would
CLIPPED = [
    ("Province protests as export levy cut to 7% takes effect", "7%", "export levy", "percent"),
    ("Varnia's rhinos down to 640 in first count for a decade", "640", "rhinos", "rhinos"),
    ("Farm workers down to 31,000 in census", "31,000", "Farm workers", "workers"),
    ("Harbour dues capped at 4% as port reopens", "4%", "Harbour dues", "percent"),
    # "up" or "down" with the change itself, no "to": the noun it hangs on moved by that much
    ("Dockers walk out for two days; ferry tickets up 35%", "35%", "ferry tickets", "percent"),
    ("Ferry fares down 12% after fuel tax cut", "12%", "Ferry fares", "percent"),
    ("Exports down 8.5% in March, customs says", "8.5%", "Exports", "percent"),
]
NOT_CLIPPED = [
    # a body that acts is no subject acted on
    ("Ministry cut to 7% as talks stall", "7%"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "unit"), CLIPPED)
def test_a_clipped_clause_measures_its_subject(extract, text: str, figure: str, counted: str,
                                               unit: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert (found.counted, found.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), NOT_CLIPPED)
def test_an_acting_body_is_not_clipped(extract, text: str, figure: str) -> None:
    found = {f.text: f for f in extract(text)}[figure]
    assert found.counted not in ("levy", "Ministry", "ministry")


# sentence, figure: a length before a compass point and "of", or before "away", places one thing
# from another: it measures a distance, not a noun the sentence names elsewhere
DISTANCES = [
    ("In Corvallo, 140 kilometres southwest of the capital, growers lost half their vines.",
     "140 kilometres"),
    ("The trawler sank 40 nautical miles north-east of Skerra on Sunday.", "40 nautical miles"),
    ("The nearest clinic is 35 km away, villagers said.", "35 km"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure"), DISTANCES)
def test_a_length_towards_a_place_is_a_distance(extract, sentence: str, figure: str) -> None:
    assert {f.text: f for f in extract(sentence)}[figure].counted == "distance"


# sentence, figure, counted phrase, unit: "N of them" goes back to the people a body speaks or
# acts for
SPOKEN_FOR = [
    ("The Bronna Dockers' Union, which negotiates for crane drivers, says 900 of them will strike "
     "on Monday.", "900", "crane drivers", "drivers"),
    ("The council, which speaks for fishermen on the island, says 300 of them have sold their "
     "boats.", "300", "fishermen", "fishermen"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted", "unit"), SPOKEN_FOR)
def test_of_them_goes_back_to_those_a_body_speaks_for(extract, sentence: str, figure: str,
                                                      counted: str, unit: str) -> None:
    found = {f.text: f for f in extract(sentence)}[figure]
    assert (found.counted, found.unit) == (counted, unit)


# a conversion in brackets between a sum and what it is taken "off" hides nothing
@pytest.mark.slow
def test_a_sum_taken_off_past_its_conversion_counts_what_it_is_taken_off(extract) -> None:
    found = {f.text: f for f in extract(
        "Varo shares fell 9% on Friday, closing at 41 dinars and wiping about 2.2 billion dinars "
        "($52mn) off its market value.")}
    assert found["2.2 billion dinars"].counted == "market value"


# sentence, figure, counted phrase: a verb of a final level ("ended at", "closed at") says its
# subject is what the figure measures, as "stood at" does
FINAL_LEVEL = [
    ("Varnia's barley harvest ends at 3.1 million tonnes as dry spell bites",
     "3.1 million tonnes", "barley harvest"),
    ("The bank expects inflation to end the year between 6 and 6.5 percent.", "6 and 6.5 percent",
     "inflation"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted"), FINAL_LEVEL)
def test_a_final_level_measures_its_subject(extract, sentence: str, figure: str,
                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[figure].counted == counted


# a name whose apposition is a common noun of its own last word ("X Lake, the man-made lake")
# is a thing of that kind, whatever person the tagger took it for: its level is measured
@pytest.mark.slow
def test_a_name_set_beside_its_kind_is_no_person(extract) -> None:
    found = {f.text: f for f in extract(
        "Morvan Lake, the man-made lake that supplies the turbines and the drinking water of the "
        "valley, fell to 41.2 feet on Tuesday.")}
    assert found["41.2 feet"].counted == "Morvan Lake"


# text, figure, counted phrase: a figure with no noun that a verb of saying takes as its object at
# the end of its clause, with a body or a name for its subject, is that source's figure for the
# quantity of the last figure said before it in the same unit (its sentence or the one before)
SAID_AGAIN = [
    ("Tramco forecasts 23 million riders a year. The city auditor expects about 41,000 a day.",
     "41,000", "riders"),
    ("The ministry expects growth of 2.1-2.4% next year. Private economists surveyed by the "
     "central bank expect 1.6% on average.", "1.6%", "growth"),
]
NOT_SAID_AGAIN = [
    # a new paragraph, a pronoun for a subject, words of its own after the number
    ("The ministry expects growth of 2.1-2.4% next year.\n\nPrivate economists expect 1.6%.",
     "1.6%"),
    ("The ministry expects growth of 2.1-2.4% next year. It expects 1.6% in 2028.", "1.6%"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), SAID_AGAIN)
def test_another_source_says_a_figure_of_the_same_quantity(extract, text: str, figure: str,
                                                           counted: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), NOT_SAID_AGAIN)
def test_a_figure_said_apart_is_not_said_again(extract, text: str, figure: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted is None


@pytest.mark.slow
@pytest.mark.parametrize("caption", ["Timeline", "Key figures"])
def test_a_caption_that_names_no_quantity_names_nothing(extract, caption: str) -> None:
    found = {f.text: f for f in extract(f"{caption}\n2021: 1.1 million\n2022: 1.3 million\n")}
    assert found["1.3 million"].counted is None


# sentence, figure, counted phrase: a speed (a length a period) that a verb of motion completes
# is the movement of that verb's subject (or of the subject of the clause the verb's own clause
# hangs on: "..., spreading at 6 km an hour"), named by the noun of the motion
SPEEDS = [
    ("Satellite images showed the Brenvik ice sheet moving about 14 metres a day in June.",
     "14 metres", "Brenvik ice sheet movement"),
    ("The lava flow had speeded up from 2 metres an hour on Tuesday.", "2 metres",
     "lava flow movement"),
    ("The Korrin blaze burned 3,100 acres overnight, spreading at up to 6 km an hour.", "6 km",
     "Korrin blaze spread"),
    ("Before the slope failed, the mudslide front was advancing about 30 metres a day.",
     "30 metres", "mudslide front advance"),
]
# a speed with no verb of motion names no mover; a pronoun names none either
NO_MOVER = [
    ("Tunnel crews dug 40 metres a day through the granite.", "40 metres"),
    ("It was moving about 14 metres a day in June, the institute said.", "14 metres"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted"), SPEEDS)
def test_a_speed_a_verb_of_motion_completes_is_its_subjects(extract, sentence: str, figure: str,
                                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[figure].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure"), NO_MOVER)
def test_a_speed_without_a_named_mover_names_none(extract, sentence: str, figure: str) -> None:
    assert {f.text: f for f in extract(sentence)}[figure].counted is None


# sentence, figure, counted phrase: a bare number said to be in a shelter, a camp or a tent
# counts the people there, before a figure beside it lends its noun
SHELTERED = [
    ("Officials said 9,200 homes were flooded and 3,100 were in shelters on Sunday.", "3,100",
     "people in shelters"),
    ("Tarvia storm, day four: 12,000 in shelters, 31 dead", "12,000", "people in shelters"),
    ("About 2,300 remain in evacuation centres, the district office said.", "2,300",
     "people in evacuation centres"),
    ("Some 640 families were moved and 1,900 are still in relief camps.", "1,900",
     "people in relief camps"),
]
# a number "in" a place that is no refuge keeps what its clause gives it
NOT_SHELTERED = [
    ("The storm destroyed 800 houses, and 120 in the old town.", "120"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted"), SHELTERED)
def test_a_bare_number_in_a_shelter_counts_people(extract, sentence: str, figure: str,
                                                  counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[figure]
    assert (fig.counted, fig.unit) == (counted, "people")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure"), NOT_SHELTERED)
def test_a_bare_number_in_another_place_is_not_sheltered(extract, sentence: str,
                                                         figure: str) -> None:
    assert "shelter" not in ({f.text: f for f in extract(sentence)}[figure].counted or "")


# sentence, figure, counted phrase: a bare number a comma and "not" (or "rather than") set against
# the figure right before it counts what that one counts
DENIED = [
    ("The miners' union says the closure will cost 2,300 jobs, not 1,800, and plans a strike.",
     "1,800", "jobs"),
    ("Relatives insist that 61 fishermen were on the trawler, not the 54 the coastguard listed.",
     "54", "fishermen"),
    ("The audit found 412 ghost teachers on the payroll, rather than 300 as first reported.",
     "300", "ghost teachers"),
]
# a number after "not" with words of its own, or after a full stop, keeps its own
NOT_DENIED = [
    ("The closure will cost 2,300 jobs, not 1,800 contracts.", "1,800", "contracts"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "figure", "counted"), DENIED + NOT_DENIED)
def test_a_number_set_against_a_figure_with_not_counts_its_noun(extract, sentence: str,
                                                                figure: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[figure].counted == counted
