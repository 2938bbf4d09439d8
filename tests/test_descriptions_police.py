""""The police", and "police" written bare, stand for the force a name calls "X Police
Department", "X Police Service" or "X Police Force" (``body_tails`` in descriptions.toml: the
last word says only what kind of unit the police are), but never for a "Police Federation", a
body the word only modifies. Bare "police" is found after a dateline's dash and after "its",
and never inside an address. Extraction needs the tagger (slow).
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.mention_checks import assert_surfaces
from tests.test_resolution import resolve
from tests.test_resolution import test_rule as check_rule

JOINED = [
    # (name, articles, must join, must stay apart)
    ("the police of an article that names no force: the one force the corpus names",
     ["Thefts in [Orvik|GPE] fell, [the police|DESC] said on Monday.",
      "The [Orvik City Police Department|ORG] published its count."],
     [[(0, "the police"), (1, "Orvik City Police Department")]], []),
    ("a force named a service, and bare police after it in the same article",
     ["The [Velm Police Service|ORG] counted 40 burglaries. Last year [police|DESC] counted 52."],
     [[(0, "Velm Police Service"), (0, "police")]], []),
    ("a force named a force",
     ["The [Tarn Valley Police Force|ORG] hired 30 officers. [The police|DESC] said more would "
      "follow."],
     [[(0, "Tarn Valley Police Force"), (0, "The police")]], []),
]

APART = [
    # a federation of police officers is a union, not the police
    ["The [Orvik Police Federation|ORG] called a ballot. [The police|DESC] said the roads were "
     "closed."],
    # nor is a commission that oversees them
    ["The [Velm Police Commission|ORG] met on Friday. [The police|DESC] made two arrests."],
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), JOINED)
def test_police_is_the_force_named_so(name: str, texts: list[str], join: list, apart: list
                                      ) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.parametrize("texts", APART)
def test_police_is_no_body_the_word_only_modifies(texts: list[str]) -> None:
    articles, _ = resolve(texts)
    art = articles[0]
    ids = {art.text[item[0]:item[1]]: item[3] for item in art.items}
    body = next(surface for surface in ids if surface[:1].isupper() and "Police" in surface
                and surface != "The police")
    assert ids["The police"] != ids[body]


EXTRACTED = [
    # (text, bare descriptions that must be found, surfaces that must not)
    ("ORVIK, 3 May (Wirepress) - Police in Orvik recorded 90 thefts in 2031.", ["Police"], []),
    ("The town will spend 4m crowns on its police next year.", ["police"], []),
    ("Thefts fell by a tenth in 2031, police said, and burglaries were down.", ["police"], []),
    ("Figures are posted at police.orvik.example and sent from press@police.orvik.example.",
     [], ["police"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), EXTRACTED)
def test_bare_police_is_found(text: str, present: list[str], absent: list[str]) -> None:
    found = {m.text for m in extract_mentions(load_nlp()(text)) if m.label == "DESC"}
    assert_surfaces(found, present, absent)
