"""An adverb that qualifies the adjective or participle after a number ("1.2 million internally
displaced people") does not end the words the number counts: the noun after it is counted; an
adverb that qualifies no noun's modifier leaves the reading as it was (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted head (the noun's lemma)
QUALIFIED = [
    ("The war has left 1.2 million internally displaced people in the north.", "1.2 million",
     "people"),
    ("Only 40,000 fully vaccinated children were counted in the district.", "40,000", "child"),
    ("The council approved 3,000 newly built homes on the edge of town.", "3,000", "home"),
    ("The inspectors recorded 250 seriously injured workers at the plant.", "250", "worker"),
    ("Pharmacists checked 640 commonly prescribed medicines in 14 cities.", "640", "medicine"),
    ("The court heard that 36 wrongly convicted defendants had been freed.", "36", "defendant"),
]

# sentence, figure, counted head: the adverb qualifies a verb or the number, not a modifier
UNQUALIFIED = [
    ("The firm sold 3 million more cars last year.", "3 million", "car"),
    ("Turnout rose to 61 percent sharply higher than in 2019.", "61 percent", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), QUALIFIED)
def test_an_adverb_of_a_modifier_keeps_the_noun(extract, sentence: str, text: str,
                                                head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), UNQUALIFIED)
def test_other_adverbs_leave_the_reading(extract, sentence: str, text: str,
                                         head: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}[text]
    if head is not None:
        assert found.counted_head == head
    else:
        assert found.counted_head != "sharply"
