"""A verb after the counted noun, which the tagger may read as a participle modifier, ends the
noun (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts: the verb's subject, never its object
SUBJECT_BEFORE_ITS_VERB = [
    ("At the memorial on Sunday night, about 3,000 mourners lit lanterns, organisers said.",
     "3,000", "mourners"),
    ("At a vigil outside the town hall, about 800 people lit candles, police said.", "800",
     "people"),
    ("In the square on Saturday evening, some 1,200 residents lit torches, the mayor said.",
     "1,200", "residents"),
]

# sentence, figure, what it counts: a participle before the noun still describes it
MODIFIER_BEFORE_ITS_NOUN = [
    ("The group has about 4,000 armed adherents in the hills.", "4,000", "armed adherents"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"),
                         SUBJECT_BEFORE_ITS_VERB + MODIFIER_BEFORE_ITS_NOUN)
def test_the_noun_stops_at_its_verb(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
