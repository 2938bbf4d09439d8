"""People whose own clause says what they are: an employer's "employs 1,200 people" counts its
employees, "pulled 40 people alive" counts the people rescued, "52 people were treated" counts
the people treated, "900 people slept in evacuation centres" counts the people in shelters; the
key then gives each a class of its own, so that two such figures of one story meet instead of
fitting every count of persons. Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import thing_of

# sentence, figure, counted phrase, the class the key gives it
NAMED_BY_THEIR_CLAUSE = [
    # an employer's people are its employees
    ("The bakery chain employs 3,400 people in six towns.", "3,400", "employees", "workers"),
    ("Last year the bus company employed about 1,150 people.", "1,150", "employees", "workers"),
    # people brought out alive are the people rescued (the key gives them the class of the
    # participle, a verb of what befell them, ``quantities._done_to``: two articles' counts of
    # one rescue meet; another rescue's tally stands apart by its places, period or story)
    ("Lifeboat crews pulled 37 people alive from the flooded quarry by dusk.", "37",
     "people rescued", "rescued"),
    ("Firefighters have brought out 14 people alive since the bakery collapsed.", "14",
     "people rescued", "rescued"),
    ("Mountain guides rescued 22 people alive after the avalanche.", "22", "people rescued",
     "rescued"),
    # people a clinic treats are the people treated
    ("Paramedics said at least 45 people were being treated for smoke inhalation.", "45",
     "people treated", "treated"),
    ("The county hospital said 52 people were treated after the marathon.", "52",
     "people treated", "treated"),
    # people a verb of staying keeps in a place of refuge are the people in shelters
    ("About 1,900 people slept in emergency shelters after the marathon village lost power.",
     "1,900",
     "people in emergency shelters", "sheltered"),
    ("But 740 people remained in 11 shelters while the bakery quarter was aired out.", "740",
     "people in shelters",
     "sheltered"),
    ("Some 480 people stayed in evacuation centres near the stadium.", "480",
     "people in evacuation centres", "sheltered"),
]

UNNAMED = [
    # "alive" with a verb of no rescue, and a place that is no refuge, say nothing of the people
    ("The chess federation kept 300 people alive to the last round with its bulletins.", "300",
     "people"),
    ("About 2,600 people slept in hotels during the marathon weekend.", "2,600", "people"),
    ("Police counted 4,500 people at the rally.", "4,500", "people"),
    # a noun of who they are, or a word that names a class of them, keeps its words: being
    # employed or treated adds nothing to it
    ("The 60 drivers employed by the bus company walked out on Monday.", "60", "drivers"),
    ("At least 35 injured people were treated in the marathon's medical tent.", "35",
     "injured people"),
    ("Forty-one survivors of the bus crash were still being treated at the clinic.",
     "Forty-one", "survivors"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "thing"), NAMED_BY_THEIR_CLAUSE)
def test_people_are_named_by_what_their_own_clause_says(extract, sentence: str, text: str,
                                                        counted: str, thing: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.unit) == (counted, "people")
    assert thing_of(fig.counted, fig.counted_head, armed=False) == thing


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), UNNAMED)
def test_people_no_clause_names_stay_people(extract, sentence: str, text: str,
                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.parametrize(("counted", "thing"), [
    ("people employed", "workers"),
    ("people rescued", "rescued"),
    ("people treated", "treated"),
    ("people in shelters", "sheltered"),
    ("people in relief camps", "sheltered"),
    ("people in evacuation centres", "sheltered"),
    ("people", None),
])
def test_the_key_gives_people_named_by_their_clause_a_class(counted: str,
                                                            thing: str | None) -> None:
    assert thing_of(counted, "people", armed=False) == thing
