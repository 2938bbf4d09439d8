"""A count of people whose clause names the quantity as a whole measures that quantity: a
density, a size, a population, an attendance (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, the counted noun's last word
DENSITY = [
    ("Density in the valley climbed to 212 persons per square kilometre by 2024.", "212",
     "density"),
    ("The island is the most crowded in the archipelago at 1,480 people per square kilometre.",
     "1,480", "density"),
    ("By the council's own count there are 9,300 residents per square kilometre in the old town.",
     "9,300", "density"),
    ("The province had 61 inhabitants per square mile, up from 58 in 2015.", "58",
     "density"),
]

# a count per area of anything but people keeps its noun
NOT_A_DENSITY = [
    ("Surveyors found 40 elephants per square kilometre near the river.", "40", "elephants"),
    ("The clinic serves 12 doctors per square kilometre in the capital.", "12", "doctors"),
]

SET_QUANTITY = [
    ("The survey counted 8,200 dwellings, putting the mean household size at 3.6 persons.",
     "3.6", "size"),
    ("The bureau put the average household size at 5.1 persons, against 5.4 persons in 2012.",
     "5.4", "size"),
]

POPULATION = [
    ("Among the cities, Chicago remained the biggest with 412,000 residents.", "412,000"),
    ("The city of Lyon counted 88,410 and Nantes 61,200.", "88,410"),
    ("The city of Lyon counted 88,410 and Nantes 61,200.", "61,200"),
    ("Of the ports, Shanghai stayed the largest with 1.2 million inhabitants, up from 1.1 million.",
     "1.1 million"),
]

# a bare number beside another of its clause that counts a noun of its own is no population
NOT_POPULATION = [
    ("Manila counted 1,902 and Cebu 870 cases of dengue.", "1,902"),
    ("Leeds counted 412 and York 96 cases of measles.", "412"),
]

ATTENDANCE = [
    ("The home side won 3-1 in front of 27,450 at the municipal ground.", "27,450"),
    ("A crowd of 18,002, the biggest of the season, watched the final.", "18,002"),
    ("She scored twice in front of about 9,000 at the harbour stadium.", "9,000"),
]

# a crowd said of its own members, or a number "in front of" a noun, keeps its noun
NOT_ATTENDANCE = [
    ("A crowd of 5,000 farmers marched on the ministry.", "5,000", "farmers"),
    ("The vote comes in front of 14 judges of the appeals court.", "14", "judges"),
]

# a size or a capacity with no noun naming a whole before it is its members' count
NOT_A_SIZE = [
    ("Organisers put the march's size at 30,000 people.", "30,000", "people"),
    ("The promoters put its capacity at 12,000 fans.", "12,000", "fans"),
]


def _last_word(extract, sentence: str, text: str) -> str:
    counted = {f.text: f for f in extract(sentence)}[text].counted
    assert counted is not None
    return counted.split()[-1].lower()


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), DENSITY + SET_QUANTITY)
def test_a_quantity_of_people_is_named_by_its_noun(extract, sentence: str, text: str,
                                                   word: str) -> None:
    assert _last_word(extract, sentence, text) == word


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"),
                         NOT_A_DENSITY + NOT_ATTENDANCE + NOT_A_SIZE)
def test_a_count_of_things_keeps_its_noun(extract, sentence: str, text: str, word: str) -> None:
    assert _last_word(extract, sentence, text) == word


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), POPULATION)
def test_the_people_a_place_is_largest_with_are_its_population(extract, sentence: str,
                                                                text: str) -> None:
    assert _last_word(extract, sentence, text) == "population"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), ATTENDANCE)
def test_the_people_a_game_is_played_in_front_of_are_its_attendance(extract, sentence: str,
                                                                     text: str) -> None:
    assert _last_word(extract, sentence, text) == "attendance"


DISTANCE = [
    ("The trawler capsized about three kilometres off Cape Wrath in a squall.", "three kilometres"),
    ("The plane went down 12 miles from the runway.", "12 miles"),
    ("The yacht sank two kilometres off the coast.", "two kilometres"),
    ("The ferry sank about 6 nautical miles (11.1 km) from the port of Dover.", "11.1 km"),
    ("The ferry sank about 6 nautical miles (11.1 km) from the port of Dover.",
     "6 nautical miles"),
]

# a length "from" a level or a date is a change, and a length of a named thing keeps its noun
NOT_A_DISTANCE = [
    ("The level fell 3 metres from 2019.", "3 metres", None),
    ("The search covered a 40 km stretch from the wreck site.", "40 km", "stretch"),
    # "from" a thing that is no place, or a length a thing changed "by", measures no distance
    ("Shares fell 3 metres from the peak.", "3 metres", None),
    ("The river dropped by about 2 metres from its spring mark.", "2 metres", "river"),
    ("The drug reduced blood pressure by 10 millimetres from baseline.", "10 millimetres",
     "pressure"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), DISTANCE)
def test_a_length_from_a_place_is_a_distance(extract, sentence: str, text: str) -> None:
    assert _last_word(extract, sentence, text) == "distance"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "word"), NOT_A_DISTANCE)
def test_a_length_from_a_level_is_no_distance(extract, sentence: str, text: str,
                                              word: str | None) -> None:
    counted = {f.text: f for f in extract(sentence)}[text].counted
    assert (counted.split()[-1] if counted else None) == word


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_POPULATION)
def test_a_number_beside_a_count_of_a_noun_is_no_population(extract, sentence: str,
                                                            text: str) -> None:
    counted = {f.text: f for f in extract(sentence)}[text].counted
    assert counted is None or "population" not in counted
