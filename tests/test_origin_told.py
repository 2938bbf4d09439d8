"""Whose estimate a figure is when the sentence's speaker is not its author: a figure quoted
against the speaker's ("not the 300 the league had reported"), a contrasting clause ("while the
club says"), a body's claim that another disputes, a name the wire dateline or a time word
would otherwise spoil, and a figure the speaker only judges (spaCy: slow)."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting as one


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2025-03-12")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, origin", [
    # the figure quoted against the speaker's is the cited body's
    ("The ferry board said 2,300 cars crossed in May, well above the 1,900 the Harbour Trust "
     "has cited.", "1,900", "Harbour Trust"),
    ("The inspectors said the dairy was wasting 40 litres a minute, not the 25 litres a minute "
     "the cooperative had reported.", "25 litres", "cooperative"),
    ("The regulator said about 9,000 kettles were faulty, more than the 6,500 the "
     "manufacturer has recalled.", "6,500", "manufacturer"),
    ("The riders' forum said the tram line carried nearer 30,000 people a day, not the 41,000 "
     "it claims.", "41,000", "tram line"),
    ("Stewards said about 4,000 fans came, far fewer than the 9,000 organisers had predicted.",
     "9,000", "organisers"),
    # the speaker keeps what the speaker says
    ("The ferry board said 2,300 cars crossed in May, well above the 1,900 the Harbour Trust "
     "has cited.", "2,300", "ferry board"),
    # a contrasting clause speaks for its own subject
    ("The library lent more than 80,000 books in June, according to the city, while the "
     "operator, Pagewise Services, says its own records show 95,000 loans.", "95,000",
     "Pagewise Services"),
    ("The stewards put the crowd at 3,000 to 4,000, while the organisers have spoken of as "
     "many as 10,000.", "10,000", "organisers"),
    # "it" in a clause on the figure is the body its sentence is about
    ("The Orsk-listed brewer said it now expected to brew 5.9mn litres this year, down from "
     "the 6.7mn litres it forecast in January.", "6.7mn", "Orsk listed brewer"),
    # results carry their source on to the body that gives them
    ("Members backed the merger by 58 per cent, according to preliminary results from the "
     "ballot board.", "58 per cent", "ballot board"),
    # a body's claim is its own, whoever disputes it
    ("The Northern Rowing Union's claim to have 12,000 members is overstated, according to "
     "the sports council.", "12,000", "Northern Rowing Union"),
    ("The Glenmore Bakers' Guild's claim of 310 shops was questioned by the council.", "310",
     "Glenmore Bakers' Guild"),
])
def test_a_figure_quoted_is_its_authors(extract, text: str, figure: str, origin: str) -> None:
    assert one(extract(text), figure).origin == origin


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, origin", [
    # a wire dateline's date is no part of the body's name
    ("Kettles recalled\n\nBRISTOL, Mar 3 - Hobson Appliances has cut the number of kettles it "
     "will recall from 9,000 to 7,500, the company said.", "7,500", "Hobson Appliances"),
    ("Harvest raised\n\nAVIGNON, Oct 9 - The Rhodan olive board has raised its estimate of the "
     "crop to 41,000 tonnes from 38,000.", "41,000", "Rhodan olive board"),
    ("Ski visits\n\nBRAMWELL, Jan 8 - Bramwell Lift Company said on Monday that it had 212,000 "
     "skier visits.", "212,000", "Bramwell Lift Company"),
    # a dateline that takes a full date or a wire's credit, or a place with a hyphen in its
    # name, is no body: the name in apposition after its dash is the speaker
    ("Bakeries\n\nMERRIDGE, 14 March 2025 - A consumer group, Bread Watch, says the town "
     "has 64 bakeries.", "64", "Bread Watch"),
    ("Ferries\n\nPORT-LAVAL, 2 June 2024 (AFP) - The Isles Shipping group lowered its "
     "estimate of crossings to 8,200.", "8,200", "Isles Shipping group"),
    ("Ferries\n\nCALDERON (AFP) - The Isles Shipping group lowered its estimate of crossings "
     "to 8,200.", "8,200", "Isles Shipping group"),
    ("Bus routes cut\n\nWYNFORD, 9 July 2025 - The bus authority said it had cut routes to 41.",
     "41", "bus authority"),
    # a dateline whose place the parse cut off as a sentence of its own ("LYON" | ", March 4
    # (AFP) - ..."): its date and wire are still no body, whatever time word follows the name
    ("Latest update\n\nLYON, March 4 (AFP) - Maison Corbel on Friday raised the number of its "
     "shops to 240 from 212.", "240", "Maison Corbel"),
    ("Latest update\n\nSEOUL, Aug 3 (Reuters) - Hanbit Ferries on Tuesday raised the number of "
     "passengers due refunds to 18,500 from 12,000.", "18,500", "Hanbit Ferries"),
    ("Recall widens\n\nTOKYO, Sept 14 (Kyodo) - The Kanto Marathon Association on Monday "
     "lowered its count of finishers to 31,240 from 31,900.", "31,240",
     "Kanto Marathon Association"),
    # "it" of the clause a body reports is that body, not a name of the sentences before
    ("Ferry Link sails on\n\nThe harbour trust said it had counted 5,300 crossings.",
     "5,300", "harbour trust"),
    # the body that revises "the number of X <participle>" is the figure's author
    ("The Riverside parks board has corrected the number of trees planted to 3,450.", "3,450",
     "Riverside parks board"),
    ("The carmaker raised the number of vans covered from 9,000 to 11,000.", "11,000",
     "carmaker"),
    # a revising verb far up, past another clause, revises nothing of the figure's
    ("Two bakeries in the town have cut their opening hours by a quarter, and the health "
     "office has said it will inspect every shop with more than 40 staff during the fair.",
     "40", "health office"),
    # a body's name right before "says" in a clause on an apposition is the speaker, not the
    # noun the parse took for its subject
    ("The Harbour-2 ferry, a vessel the Coastal Transport Board says cost $48 million, entered "
     "service on Monday.", "$48 million", "Coastal Transport Board"),
    # a time is no author: "this year's count" says when, not who
    ("The aquarium holds 2,140 fish, according to this year's annual count.", "2,140",
     "this year's annual count"),
    # "it" is no person, and with no organisation named it is the body the sentence before
    # is about
    ("Kelso Scooters has widened its recall, adding Marco scooters to the models already "
     "covered. The company now puts the cost at about $4 million. It said it knew of 12 falls.",
     "12", "company"),
])
def test_an_origin_is_a_body(extract, text: str, figure: str, origin: str) -> None:
    assert one(extract(text), figure).origin == origin


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, origin", [
    # a speaker who only judges a figure a definite noun names ("the cap of ...") takes it as
    # given: the cap, the fare, the offer are someone else's, whom the sentence does not name
    ("Critics say the fare of £5 is too high for pensioners.", "£5", "the article"),
    ("The union says the offer of 3% is an insult.", "3%", "the article"),
    ("Fans said the price of €90 a ticket was unfair.", "€90", "the article"),
    ("Anglers say the quota of 12 trout per rod a day is far too low.", "12", "the article"),
    # a value the clause states, or the status of a body's own count, stays the speaker's
    ("The council says the cost of the bridge is £40m.", "£40m", "council"),
    ("The ministry said the toll of 45 was final.", "45", "ministry"),
])
def test_a_figure_only_judged_is_not_the_speakers(extract, text: str, figure: str,
                                                  origin: str) -> None:
    found = one(extract(text), figure)
    assert found.origin == origin
    assert found.source != "the article"
