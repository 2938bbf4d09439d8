"""A happening named with its noun, then called by the noun alone: "the Tarn ammonia leak ...
the leak", "the Kessel trial ... the trial", "the Velm Motor Show ... the show", "the Water
Rationing Decree ... the decree" (``event_nouns`` and ``event_heads`` in
``store/data/names.toml`` make the name an event, the rules of those heads in
``store/data/descriptions.toml`` join the description to it). A run of capitalised words
ending in an event's head keeps no preposition the sentence opened with ("Under the Orla
Accords" is the "Orla Accords": ``store.extract.mentions.events``).
"""

from __future__ import annotations

import pytest

from store.extract.mentions.events import event_spans
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a gas leak at a plant, then 'the leak'",
     ["The [Tarn leak|EVENT] forced 300 people from their homes near [Orla|GPE]. [The "
      "leak|DESC] began at night."],
     [[(0, "Tarn leak"), (0, "The leak")]], [[(0, "Orla"), (0, "The leak")]]),
    ("a drug's trial and its maker",
     ["[Corvane Pharma|ORG] ran the [Kessel trial|EVENT] in 40 clinics. [The trial|DESC] "
      "enrolled 900 people."],
     [[(0, "Kessel trial"), (0, "The trial")]], [[(0, "Corvane Pharma"), (0, "The trial")]]),
    ("a motor show the tagger took for a body",
     ["The [Velm Motor Show|ORG] opened on Friday. [The show|DESC] runs until May."],
     [[(0, "Velm Motor Show"), (0, "The show")]], []),
    ("a government's decree and the ministry that enforces it",
     ["The [Water Rationing Decree|EVENT] took effect. The [Ministry of Water|ORG] said fines "
      "under [the decree|DESC] rose."],
     [[(0, "Water Rationing Decree"), (0, "the decree")]],
     [[(0, "Ministry of Water"), (0, "the decree")]]),
    ("a show named nowhere in its article names nobody there",
     ["The [Orla Boat Fair|EVENT] opened. [The show|DESC] drew crowds."],
     [], [[(0, "Orla Boat Fair"), (0, "The show")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_happening_named_with_its_noun_is_called_by_the_noun(
        name: str, texts: list[str], join: list[list[Ref]], apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.parametrize(("text", "event"), [
    ("Under the Orla Accords, both sides withdrew.", "Orla Accords"),
    ("At the Velm Peace Conference, leaders met.", "Velm Peace Conference"),
    ("Fines under the Water Rationing Decree rose.", "Water Rationing Decree"),
    ("During the Karsby Motor Show, sales doubled.", "Karsby Motor Show"),
    ("The Tarvos Summit ended early.", "Tarvos Summit"),
])
def test_an_events_name_keeps_no_opening_preposition(text: str, event: str) -> None:
    found = {text[s.start:s.end] for s in event_spans(text, [])}
    assert event in found
    assert not any(f.endswith(event) and f != event for f in found)
