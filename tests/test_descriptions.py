"""Definite descriptions of players, and a census's noun written bare: "the striker" and
"census night" stand for the one player or census named in the same article that fits the head
noun, never across articles by the description alone; "the club" stands for no club
(``store/data/descriptions.toml``, ``store.actors.described``).

Each case is marked text as in ``tests/test_resolution.py``: the mentions that must be one actor,
and the pairs that must stay apart.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("'the club' names no club, even the one whose name says it is a club: a transfer or a "
     "match names two clubs, and the one the story means is often written without its club word",
     ["[Vitoria Orla|ORG] sold a winger to [Karsby Athletic Football Club|ORG]. [The club|DESC] "
      "said the fee was fair."],
     [], [[(0, "Karsby Athletic Football Club"), (0, "The club")],
          [(0, "Vitoria Orla"), (0, "The club")]]),
    ("'the club' with no club named in its article names nobody, and never a club of another "
     "article",
     ["[FC Dravo Velm|ORG] won the cup.",
      "Fans of [Velm|GPE] marched. [The club|DESC] said nothing."],
     [], [[(0, "FC Dravo Velm"), (1, "The club")], [(1, "Velm"), (1, "The club")]]),
    ("'the club' is not a body whose name says nothing of a club",
     ["The [Orla Sports Council|ORG] met the [Velm Ministry of Sport|ORG]. [The club|DESC] was "
      "not there."],
     [], [[(0, "Orla Sports Council"), (0, "The club")],
          [(0, "Velm Ministry of Sport"), (0, "The club")]]),
    ("'the striker', 'the player', 'the forward' are the one person the article wrote after a "
     "player's position",
     ["[Orla United|ORG] signed Georgian striker [Ilia Kartvel|PERSON] on Monday. The club "
      "thanked [the player|DESC]. [The striker|DESC] scored twice.",
      "Velm sold forward [Tomas Lind|PERSON]. [The forward|DESC] cost 9m."],
     [[(0, "Ilia Kartvel"), (0, "the player"), (0, "The striker")],
      [(1, "Tomas Lind"), (1, "The forward")]], []),
    ("a player's description names no person the article gave no position, nor one of another "
     "article",
     ["Manager [Ana Ruiz|PERSON] left [Orla United|ORG].",
      "Striker [Ilia Kartvel|PERSON] signed.",
      "Coach [Piet Laan|PERSON] said [the striker|DESC] was tired."],
     [], [[(0, "Ana Ruiz"), (2, "the striker")], [(1, "Ilia Kartvel"), (2, "the striker")],
          [(2, "Piet Laan"), (2, "the striker")]]),
    ("a census's noun written bare is the one census its article names, as 'the census' is; of "
     "two named in its sentence, neither",
     ["The [2026 Velm Population Census|EVENT] began. On [census|DESC] night 5m were counted. "
      "The final [census|DESC] count rose.",
      "[Orla|GPE] held the [2019 Orla census|EVENT] and the [2025 Orla farm census|EVENT]. Its "
      "[census|DESC] results came.",
      "[Karsby|GPE] voted. The [census|DESC] data is old."],
     [[(0, "2026 Velm Population Census"), (0, "census")]],
     [[(1, "2019 Orla census"), (1, "census")], [(1, "2025 Orla farm census"), (1, "census")]]),
    ("'the education ministry' is the one ministry the corpus names with that word anywhere in "
     "its portfolio, not only first ('Ministry of National Education', 'Ministry of Public "
     "Health')",
     ["The [Ministry of National Education|ORG] of [Velmora|GPE] shut 40 schools.",
      "In [Velmora|GPE], [the education ministry|DESC] said 530 schools were damaged.",
      "[Orla|GPE] opened the [Ministry of Public Health|ORG] hotline.",
      "Cases rose in [Orla|GPE], [the health ministry|DESC] said."],
     [[(0, "Ministry of National Education"), (1, "the education ministry")],
      [(2, "Ministry of Public Health"), (3, "the health ministry")]], []),
    ("a portfolio that opens a ministry's name comes first: 'the health ministry' is the "
     "'Ministry of Health', not the 'Ministry of Labour and Health'; a scope word names no "
     "portfolio",
     ["[Velmora|GPE] has a [Ministry of Health|ORG] and a [Ministry of Labour and Health|ORG].",
      "In [Velmora|GPE], [the health ministry|DESC] said 12 died.",
      "[Karsby|GPE] has a [Ministry of National Defence|ORG].",
      "In [Karsby|GPE], [the labour ministry|DESC] met [the defence ministry|DESC]."],
     [[(0, "Ministry of Health"), (1, "the health ministry")],
      [(2, "Ministry of National Defence"), (3, "the defence ministry")]],
     [[(0, "Ministry of Labour and Health"), (1, "the health ministry")],
      [(2, "Ministry of National Defence"), (3, "the labour ministry")]]),
    ("a description that says its level of government is a body whose name says that level, "
     "or names a place below a country",
     ["[Velm|GPE] voted. The [Velm Provincial Government|ORG] met. [The provincial "
      "government|DESC] paid 3m.",
      "[Orla Islands|GPE] voted. The [Parliament of the Orla Islands|ORG] met. [The regional "
      "parliament|DESC] passed the law.",
      "The [Karsby District Authority|ORG] closed roads. [The district authority|DESC] said "
      "more would follow."],
     [[(0, "Velm Provincial Government"), (0, "The provincial government")],
      [(1, "Parliament of the Orla Islands"), (1, "The regional parliament")],
      [(2, "Karsby District Authority"), (2, "The district authority")]], []),
    ("a description that says its level of government is never a body whose name says neither "
     "that level nor a place below a country",
     ["The census went to the [Office of the President|ORG]. [The regional office|DESC] said "
      "12 complaints came in.",
      "The [Orla Health Authority|ORG] counted cases. [The provincial authority|DESC] counted "
      "more.",
      "[Norway|GPE] has a [Parliament of Norway|ORG]. [The regional parliament|DESC] met."],
     [], [[(0, "Office of the President"), (0, "The regional office")],
          [(1, "Orla Health Authority"), (1, "The provincial authority")],
          [(2, "Parliament of Norway"), (2, "The regional parliament")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_description(name: str, texts: list[str], join: list[list[Ref]],
                     apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)  # resolved as test_resolution's cases are


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "described"), [
    ("Orla United signed Georgian striker Ilia Kartvel. The striker scored twice.",
     ["The striker"]),
    ("Velm watched the player for a year. Then the striker agreed terms.",
     ["the player", "the striker"]),
])
def test_a_players_position_after_the_is_a_description(nlp, text: str,
                                                                 described: list[str]) -> None:
    found = {m.text for m in extract_mentions(nlp(text)) if m.label == "DESC"}
    assert set(described) <= found, f"{described} missing from {found}"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "bare"), [
    ("Velm counted 5m people on census night.", 1),
    ("The final census count was higher than the provisional census results.", 2),
    ("Velm's census says 5m. Tags: Velm, census, population.", 2),
    ("Every census misses people, and no census is perfect; a census costs money.", 0),
    ("The Census Bureau posted velm-census-2026 online.", 0),
])
def test_a_census_noun_written_bare_is_a_description(nlp, text: str, bare: int) -> None:
    found = [m for m in extract_mentions(nlp(text)) if m.label == "DESC" and m.text == "census"]
    assert len(found) == bare, f"{text!r}: {found}"
