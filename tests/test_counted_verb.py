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

# sentence, figure, what it counts: a participle after the noun opens a clause about it, whose
# object is what the counted things need or carry
CLAUSE_AFTER_ITS_NOUN = [
    ("The medics recorded about 150 walkers needing help on the trail.", "150", "walkers"),
    ("Rescue crews said 200 passengers needing care were seen at the quay.", "200",
     "passengers"),
    ("The clinic has 40 patients awaiting surgery.", "40", "patients"),
    ("Police stopped 30 lorries carrying grain at the border.", "30", "lorries"),
    ("About 2,140 confirmed measles cases were reported.", "2,140", "confirmed measles cases"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"),
                         SUBJECT_BEFORE_ITS_VERB + MODIFIER_BEFORE_ITS_NOUN
                         + CLAUSE_AFTER_ITS_NOUN)
def test_the_noun_stops_at_its_verb(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
