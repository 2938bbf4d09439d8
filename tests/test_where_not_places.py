"""Places of a figure that are no places: seats of government that stand for the government, and
a newspaper's "World" section, an amount the tagger misread (extraction)."""

from __future__ import annotations

import pytest

from store.extract.figures.where import names_no_place


@pytest.mark.parametrize("name, no_place", [
    ("Malacañang", True),
    ("the Kremlin", True),
    ("Downing Street", True),
    ("the White House", True),
    ("Élysée", True),
    ("World", True),
    ("Manila", False),
    ("Moscow", False),
    ("World Bank", False),
    ("Kremlin Street market", False),
    # one word with a digit: an amount or a code the tagger took for a place
    ("R29", True),
    ("R7.1bn", True),
    ("Ward 5", False),
])
def test_seats_of_government_and_a_world_section_are_no_places(name, no_place) -> None:
    assert names_no_place(name) is no_place


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The city will ask Malacañang to release 1,200 new classrooms in Cebu.",
     {"1,200": ["Cebu"]}),
    ("Officials in the Kremlin said 40 buildings in Moscow were damaged.",
     {"40": ["Moscow"]}),
    ("THE DAILY COURIER | World | Kenya\n\nFloods cut off 3,000 homes\n\n"
     "Rivers rose on Monday and cut off 3,000 homes.", {"3,000": ["Kenya"]}),
    # a headline that names only a seat of government gives the article no place
    ("Town takes its census fight to Malacañang\n\nThe town counted 41,000 residents.",
     {"41,000": []}),
    ("Floods cut off 3,000 homes in Valparaíso, officials told Downing Street.",
     {"3,000": ["Valparaíso"]}),
])
def test_a_figure_keeps_its_real_place_beside_a_seat_of_government(extract, text,
                                                                      expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a name beside a noun that describes only a body names that body, not a place
    ("Ridership hit 4,000, while the operator, Aquaval, says it carried 4,400.",
     {"4,000": [], "4,400": []}),
    # a place that is a person's possessive says where the person is from
    ("Norway's Ingrid Solberg won the 30,000 euros first prize.", {"30,000 euros": []}),
    ("Norway's Ingrid Solberg took home 30,000 euros in Bergen.", {"30,000 euros": ["Bergen"]}),
    # a place's own possessive, or a place beside a noun of places, stays
    ("Kenya's economy grew 5 percent.", {"5 percent": ["Kenya"]}),
    ("The capital, Nairobi, has 4.4 million people.", {"4.4 million": ["Nairobi"]}),
])
def test_a_body_or_a_person_s_country_is_no_place_of_the_figure(extract, text,
                                                                expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected



@pytest.fixture(scope="module")
def nlp():
    from store.extract.nlp import load_nlp

    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize("text, credit, figure, expected", [
    # a wire's credit in a dateline, which the tagger may take for a place, is no place; nor is
    # the dateline's own place
    ("TROMSVIK, 3 May 2026 (Bloomberg) - The ferry line carried 1.4 million cars.",
     "Bloomberg", "1.4", []),
    ("TROMSVIK, 3 May 2026 (Bloomberg) - The ferry line carried 1.4 million cars.",
     "TROMSVIK", "1.4", []),
    ("HAVNBY (Reuters) - The port handled 900,000 containers.", "Reuters", "900,000", []),
    # the same name in the story's own sentence is a place
    ("The ferry line carried 1.4 million cars in Bloomberg.", "Bloomberg", "1.4", ["Bloomberg"]),
])
def test_a_dateline_names_no_place_of_the_figure(nlp, text, credit, figure, expected) -> None:
    from spacy.tokens import Span

    from store.extract.figures.where import where_of

    doc = nlp(text)
    at = next(t.i for t in doc if t.text == credit)
    doc.ents = [e for e in doc.ents if not (e.start <= at < e.end)] + [Span(doc, at, at + 1,
                                                                            label="GPE")]
    number = next(t for t in doc if t.text == figure)
    places, _ = where_of(doc[number.i:number.i + 2], number.sent, doc, None)
    assert places == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a sentence's paragraph ends at its own line: a place of the next paragraph is not its
    ("Choir wins prize\n\nThe town choir won 3,000 euros on Saturday.\n\nIts conductor "
     "thanked the judges.\n\nThe prize money pays for 12 concerts.\n\nThe choir said it would "
     "send four of its 40 singers to a festival in Austria.",
     {"12": [], "four": ["Austria"]}),
])
def test_a_place_of_the_next_paragraph_is_not_the_figures(extract, text, expected) -> None:
    found = {f.text: f.where for f in extract(text)}
    assert {k: found.get(k) for k in expected} == expected
