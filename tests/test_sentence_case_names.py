"""A body's name in its own language written in sentence case and defined by its acronym
("Státní ústav pro kontrolu léčiv (SÚKL)") is one name, however little of it the tagger took
(``store.extract.mentions.sentence_case``). Cases: a text, the span the tagger found (its first
word), and the name it must become, or None where it stays as it was.
"""

from __future__ import annotations

import pytest

from store.extract.mentions.sentence_case import with_sentence_case_names
from store.extract.mentions.spans import Span
from store.extract.nlp import load_nlp
from tests.test_descriptions_placed import check_labelled

CASES = [
    # a drug recall: "pro" is a joining word the acronym leaves out
    ("The Státní ústav pro kontrolu léčiv (SÚKL) recalled 12,000 packs of the syrup.", "Státní",
     "Státní ústav pro kontrolu léčiv"),
    # research grants: two joining words left out
    ("Grants from the Agence nationale de la recherche (ANR) fell by 8%.", "Agence",
     "Agence nationale de la recherche"),
    # an election count: the acronym spells every word
    ("The Český statistický úřad (ČSÚ) counted 5.2 million votes.", "Český",
     "Český statistický úřad"),
    # roads: a name of two words
    ("Statens vegvesen (SV) closed 14 mountain passes.", "Statens", "Statens vegvesen"),
    # the acronym spells the name alone: the words after it are no part of it
    ("Novak told the union on Tuesday (CTK) the strike would go on.", "Novak", None),
    ("The Banque de France said inflation was 2% (BdF) last year.", "Banque", None),
    # a lower-case word left out of the acronym is no joining word: no name
    ("Hospital staff at Karolinska universitetssjukhuset kept striking (KS).", "Karolinska",
     None),
    # a term the acronym spells, no body: no head word in it
    ("Gross domestic product (GDP) shrank 0.4% in the quarter.", "Gross", None),
    ("Value added tax (VAT) on fuel rose to 21%.", "Value", None),
    ("Foreign direct investment (FDI) fell by a third.", "Foreign", None),
    # English copy in sentence case before an acronym: a common noun, however body-like its
    # head word, unless the stretch reads as another language
    ("Patients waited 9 hours in the Emergency department (ED) on Friday.", "Emergency", None),
    ("The Sovereign wealth fund (SWF) lost 4% last year.", "Sovereign", None),
    ("Staff at the Regional health authority (RHA) went on strike.", "Regional", None),
    # a head word of another language, alone or ending a compound, makes it a body
    ("The Správa železnic (SŽ) closed 40 km of track.", "Správa", "Správa železnic"),
    ("Checks by the Państwowy instytut geologiczny (PIG) found 3 leaks.", "Państwowy",
     "Państwowy instytut geologiczny"),
]


@pytest.mark.parametrize(("text", "tagged", "name"), CASES)
def test_a_sentence_case_name_before_its_acronym_is_whole(text: str, tagged: str,
                                                          name: str | None) -> None:
    start = text.index(tagged)
    span = Span(start, start + len(tagged), "PERSON")
    [out] = with_sentence_case_names(text, [span])
    assert text[out.start:out.end] == (name or tagged)
    assert out.label == ("ORG" if name else "PERSON")


nlp = pytest.fixture(scope="module")(load_nlp)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "tagged", "name"), [c for c in CASES if c[2]])
def test_a_sentence_case_name_is_one_mention(nlp, text: str, tagged: str,
                                             name: str) -> None:
    check_labelled(nlp, text, "ORG", [name], [tagged])
