"""What becomes an actor mention, and its label, where the tagger's reading is visibly wrong:
a dateline's place taken for a body, a body named after a saint cut at its possessive, a
table's row labels, a headline's common noun, a place's body the tagger missed
(``store.extract.mentions``)."""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.mentions.edges import split
from store.extract.mentions.openers import without_common_openers
from store.extract.mentions.spans import DocView, Span
from store.extract.nlp import load_nlp
from tests.conftest import assert_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


CASES = [
    # (rule, text, must have [(surface, label or None)], must not have [surface])
    ("a dateline's word in capitals the tagger took for a body is the place the story is "
     "filed from",
     "Bakers strike\n\nHAMMERFEST, Oct 2 (NTB) - About 300 bakers walked out on Monday, the "
     "Northern Bakers Union said.",
     [("HAMMERFEST", "GPE")], []),
    ("so is one the tagger took for a person's",
     "Chess federation fined\n\nDUNMORE, March 4 (Reuters) - The chess federation was fined "
     "40,000 euros on Tuesday for late accounts, its auditors said.",
     [("DUNMORE", "GPE")], []),
    ("a body named after a saint is one name, an organisation's, whether the tagger took it "
     "whole for a person or cut it at the possessive; a country's possessive still owns",
     "The marathon ended early. St Thomas' Hospital treated 14 runners, Saint Luke's Clinic "
     "saw 9, and St John's Hospice lent 3 beds. St. Anne's College said 40 students ran. "
     "St Lucia's Prime Minister spoke.",
     [("St Thomas' Hospital", "ORG"), ("Saint Luke's Clinic", "ORG"),
      ("St John's Hospice", "ORG"), ("St. Anne's College", "ORG")],
     ["St Thomas", "St John", "Hospice", "Saint Luke", "St. Anne", "St Lucia's Prime Minister"]),
    ("a table row's label that opens with a capitalised common noun, then lowercase words, or "
     "is one word the article writes in lowercase too, is no name; a place's row stays",
     "Marathon entries, by race:\n\n| Race | 2024 | 2025 |\n|---|---|---|\n"
     "| Adult entrants | 8,100 | 8,900 |\n| Children's races | 640 | 720 |\n"
     "| Wheelchairs | 35 | 41 |\n| Velmora province | 300 | 310 |\n| Oslo | 90 | 95 |\n\n"
     "The organisers said entries for wheelchairs rose again.",
     [("Velmora", None), ("Oslo", None)], ["Adult", "Children", "Wheelchairs"]),
    ("a name the tagger took for a person's or a body's is a place where a settlement's or a "
     "feature's noun and 'of', a mayor's 'of' or 'near' says so; a body's name with its "
     "possessive is not",
     "Bakers struck in the town of Dovrek Moss on Monday. The mayor of Karvelo said 40 shops "
     "shut. Rain fell on the island of Tamsholm and near Brennvik. "
     "A marathon near Velkor's plant was cancelled.",
     [("Dovrek Moss", "GPE"), ("Karvelo", "GPE"), ("Tamsholm", "LOC"), ("Brennvik", "GPE")],
     []),
    ("three proper nouns or more the tagger left untagged, ending in a body's head noun, are "
     "a body's name; two capitalised words are left",
     "Greater Kelby Police put the marathon crowd at between 8,000 and 9,000. Officers made 12 "
     "arrests. Riot Police stood by.",
     [("Greater Kelby Police", "ORG")], ["Riot Police"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("rule", "text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_mention_and_label(nlp, rule: str, text: str, present: list, absent: list[str]) -> None:
    assert_mentions(extract_mentions(nlp(text)), text, rule, present, absent)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "kept"), [
    # a headline's first word the tagger took for a body, written in lowercase in the story
    ("Chess booms in schools\n\nPupils joined the chess club of the Velm Chess Federation.",
     "Chess", False),
    ("Trout escape from pen\n\nAbout 2,000 trout escaped, Vikfisk AB said.", "Trout", False),
    # a body's name: never written in lowercase, or not at a headline's start
    ("Oxfam warns on aid\n\nOxfam said aid fell.", "Oxfam", True),
    ("Trout Unlimited\n\nThe trout were counted by Trout Unlimited.", "Trout", True),
    ("A report. Chess said more.\n\nThe chess club met.", "Chess", True),
    # a paragraph's first sentence is no headline: its first word may be a body's short name
    ("Bakery strike\n\nCustoms checks fell to 40 a day, and customs staff said so.",
     "Customs", True),
])
def test_a_headlines_common_noun_taken_for_a_body_is_dropped(nlp, text: str, word: str,
                                                            kept: bool) -> None:
    start = text.index(word)
    span = Span(start, start + len(word), "ORG")
    found = without_common_openers(text, [span], DocView(nlp(text)))
    assert (span in found) is kept


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "label", "kept"), [
    # a headline's first common noun with a possessive, taken for a place or a body, written
    # in lowercase in the story
    ("Baker's profit falls\n\nThe baker said profit fell by a third.", "Baker", "GPE", False),
    ("Busmaker's orders slide\n\nThe busmaker sold fewer coaches.", "Busmaker", "ORG", False),
    # a place's possessive: never written in lowercase
    ("Velmton's council resigns\n\nThe council of Velmton met.", "Velmton", "GPE", True),
])
def test_a_headlines_possessive_common_noun_is_dropped(nlp, text: str, word: str, label: str,
                                                       kept: bool) -> None:
    start = text.index(word)
    span = Span(start, start + len(word), label)
    found = without_common_openers(text, [span], DocView(nlp(text)))
    assert (span in found) is kept


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "label", "found"), [
    # an irregular plural's possessive inside a body's name: one body, whatever place the
    # tagger took it for
    ("The Baltic Sea Fishermen's Federation said so.", "Baltic Sea Fishermen's Federation",
     "LOC", [("Baltic Sea Fishermen's Federation", "ORG")]),
    ("The Velm Women's Chess Federation met.", "Velm Women's Chess Federation", "ORG",
     [("Velm Women's Chess Federation", "ORG")]),
    # a person's possessive: the owner and what is owned
    ("Carla Nilsen's Bakery Group grew.", "Carla Nilsen's Bakery Group", "ORG",
     [("Carla Nilsen", "PERSON"), ("Bakery Group", "ORG")]),
])
def test_an_irregular_plurals_possessive_is_in_the_bodys_name(nlp, text: str, name: str,
                                                              label: str, found: list) -> None:
    start = text.index(name)
    spans = split(text, start, start + len(name), label, DocView(nlp(text)))
    assert [(text[s.start:s.end], s.label) for s in spans] == found
