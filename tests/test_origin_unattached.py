"""Whose figure it is when the parse leaves the speaker off its verb or reads a verb as one of
saying: a speaker named after the figure and hung on its noun, the second subject of a gapped
clause, a verb of estimating coordinated inside the clause another verb reports, a body that
values a thing "at" a figure while another speaker is quoted, a person whose title's portfolio
the tagger ran into the name, a chain of shops as a body, and a thing that "adds" a number of
things, which says nothing (spaCy: slow)."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting as one


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2025-03-12")


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, origin", [
    # the speaker after the figure, set off by commas, with no subject of its own for "said"
    ("The ferry line carried 81,000 cars, the head of Nordvik Shipping, Lena Dahl, said.",
     "81,000", "Lena Dahl"),
    ("The fire destroyed 300 homes, the regional fire chief, Anna Holm, told reporters.",
     "300", "Anna Holm"),
    # the same with no comma before the verb: the parse hangs the whole speaker on the noun
    ("A rockfall near the Pic Noir hut on Monday injured four people, the prefecture of "
     "Basse-Vallee said.", "four", "prefecture of Basse Vallee"),
    ("A flood near the Saint Ore camp on Friday killed six people, the mayor of Port-Lindvik "
     "said.", "six", "mayor of Port Lindvik"),
    # the second subject of a gapped clause puts the second figure
    ("The ministry puts the cost of the bridge at 3 billion euros, the Harbour Institute at "
     "4 billion euros.", "4 billion", "Harbour Institute"),
    ("The ministry puts the cost of the bridge at 3 billion euros, the Harbour Institute at "
     "4 billion euros.", "3 billion", "ministry"),
    ("Over two seasons, the club puts the season fee at 300 euros, the Rowing Federation at "
     "350 euros.", "350 euros", "Rowing Federation"),
    # a rival that "had it at" a figure in a clause of contrast puts that figure
    ("The Velm Bakers' Guild put bread sales at 4,000 loaves, while the Harbour Market had "
     "them at 3,200 loaves.", "3,200", "Harbour Market"),
    ("The bakery put its loss at 4,000 euros, while the insurer had it at 3,100 euros.",
     "3,100", "insurer"),
    ("The bakery put its loss at 4,000 euros, while the insurer had it at 3,100 euros.",
     "4,000", "bakery"),
    # a time set off the same way is no subject
    ("The council put the pool fee at 5 euros, Mondays at 3 euros.", "3 euros", "council"),
    # a verb of estimating coordinated with the clause a body reports is the body's
    ("The chess federation said the fee was too high and estimated that entries had fallen "
     "by 12 per cent.", "12 per cent", "chess federation"),
    ("Marathon organiser Runwell said the course was harder this year and estimated the "
     "field at 9,500 runners.", "9,500", "Runwell"),
    # a body that values or costs a thing "at" a figure gives the estimate, whoever is quoted
    ("The orchestra's insurer, Corven Re, valued the violins at 6 million euros, a "
     "spokeswoman said.", "6 million", "Corven Re"),
    ("The league's insurer, Harbour Mutual Group, valued the trophies at 2 million euros, a "
     "spokesman said.", "2 million", "Harbour Mutual Group"),
    ("The bus company, asked by the council, costed the new route at 1.2 million pounds.",
     "1.2 million", "bus company"),
    # a body that adds a number of things still gives it
    ("The health board added 13 cases after a recount.", "13", "health board"),
    # the tagger runs a title's portfolio into the name after it: the person speaks
    ("Secretary of Culture Tomas Brandt said 86 libraries were closed.", "86", "Tomas Brandt"),
    ("Secretary of Transport Ines Moura said 400 buses were late.", "400", "Ines Moura"),
    # a chain of shops is a body: its revised estimate is its own
    ("The Kelso shoe chain raised its estimate of pairs sold to 41,000.", "41,000",
     "Kelso shoe chain"),
])
def test_an_unattached_speaker_gives_the_figure(extract, text: str, figure: str,
                                                origin: str) -> None:
    assert one(extract(text), figure).origin == origin


@pytest.mark.slow
@pytest.mark.parametrize("text, figure", [
    # a gapped clause whose subject is no body names no one
    ("The price of bread rose to 2 euros, the price of milk to 1 euro.", "1 euro"),
    # a speaker is not found in an apposition that is no name or body
    ("The bakery sold 2,400 loaves, 300 more than in May.", "2,400"),
    # a thing that adds a number of things says nothing
    ("The new pool, due to open in 2027, will add 400 lanes of swimming time a week.", "400"),
    ("The extension will add 2,000 seats to the velodrome.", "2,000"),
    # a clause of contrast whose subject is no body names no one
    ("The bakery's sales rose to 4,000 loaves, while prices had it at 3 euros.", "4,000"),
    # a thing's cost is no one's estimate
    ("The new stand cost 3 million pounds.", "3 million"),
])
def test_no_speaker_is_made_up(extract, text: str, figure: str) -> None:
    assert one(extract(text), figure).origin == "the article"
