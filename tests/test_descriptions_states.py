""""The state" is the one state of a country (a federal unit) the corpus names with the word:
"Kaduna State", "the state of Tarraz" (whatever label the tagger gave the name), never a
sovereign state ("the state of Israel"), a union of states ("United States") or a body whose
name holds the word ("Islamic State", "Orla State Railway"); a place the corpus never calls a
state is no state to it (``store/data/descriptions.toml``, ``below_country``;
``store.actors.described``). Cases: articles with their mentions marked, the mentions that
must be one actor and the pairs that must stay apart, as ``tests/test_resolution.py`` reads
them.
"""

from __future__ import annotations

import pytest

from store.extract.nlp import load_nlp
from tests.test_descriptions_placed import check_labelled
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("an election: a state the article calls 'the state of' is 'the state' after it",
     ["Voters in the state of [Sonora|GPE] went to the polls. [The state|DESC] counted 2m "
      "ballots by Monday."],
     [[(0, "Sonora"), (0, "The state")]], []),
    ("a school budget: a state named with the word is 'the state'",
     ["[Kaduna State|GPE] raised its school budget by 12%. [The state|DESC] will hire 900 "
      "teachers, said [Ada Musa|PERSON]."],
     [[(0, "Kaduna State"), (0, "The state")]], [[(0, "Ada Musa"), (0, "The state")]]),
    ("a flood: the tagger's body is the state the corpus calls one, in another article too",
     ["Floods hit the state of [Tarraz|ORG] on Sunday.",
      "[Tarraz|ORG] asked for aid. [The state|DESC] lost 300 homes."],
     [[(0, "Tarraz"), (1, "Tarraz"), (1, "The state")]], []),
    ("a trade deal: a union of states and a sovereign state are no 'state'",
     ["The [United States|GPE] signed the pact. [The state|DESC] will cut tariffs.",
      "Leaders of the state of [Israel|GPE] met. [The state|DESC] sent troops."],
     [], [[(0, "United States"), (0, "The state")], [(1, "Israel"), (1, "The state")]]),
    ("a court case: a body whose name holds the word is no 'state', nor a place never called one",
     ["[Islamic State|ORG] lost the case. [The state|DESC] must pay costs.",
      "The [Orla State Railway|ORG] left [Ohio|GPE]. [The state|DESC] paid the fares."],
     [], [[(0, "Islamic State"), (0, "The state")], [(1, "Orla State Railway"), (1, "The state")],
          [(1, "Ohio"), (1, "The state")]]),
    ("a flood: an article that names no state of its own takes none from another article",
     ["[Kaduna State|GPE] lost 300 bridges to floods.",
      "[Nigeria|GPE] will spend 2bn naira. [The state|DESC] will rebuild the roads, the "
      "finance minister said."],
     [], [[(0, "Kaduna State"), (1, "The state")]]),
    ("a curfew: the article's own state is still 'the state'",
     ["[Kaduna State|GPE] lost 300 bridges to floods.",
      "Gunmen struck [Kaduna State|GPE] again. [The state|DESC] imposed a curfew."],
     [[(0, "Kaduna State"), (1, "Kaduna State"), (1, "The state")]], []),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_state_is_a_state_the_corpus_calls_one(name: str, texts: list[str],
                                                   join: list[list[Ref]],
                                                   apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


MENTIONS = [
    # (text, must be descriptions, must not be mentions)
    ("Floods hit Tarraz in May. The state lost 300 homes, and the state's own count is higher.",
     ["The state", "the state"], []),
    ("The Orla state prosecutor's office charged the Orla state fire service on Monday.",
     ["The Orla state prosecutor's office", "the Orla state fire service"],
     ["The Orla state", "the Orla state"]),
    ("The state government said the state broadcaster would cut 200 jobs.",
     ["The state government", "the state broadcaster"], ["The state", "the state"]),
    # a condition before "of" is no state, but "the state" after it still is one
    ("The state of emergency declared last week ends today, and the state will pay for repairs.",
     ["the state"], ["The state"]),
    ("Crews said the state of the roads was poor after the floods.", [], ["the state"]),
]


nlp = pytest.fixture(scope="module")(load_nlp)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "described", "absent"), MENTIONS)
def test_the_state_alone_is_a_description_and_a_place_s_state_body_stays_whole(
        nlp, text: str, described: list[str], absent: list[str]) -> None:
    check_labelled(nlp, text, "DESC", described, absent)
