"""A full stop the tokenizer keeps on a glued scale word ("$4.2m.") ends the sentence: no word
of the next sentence is what the sum counts (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase (None: its own sentence names nothing)
FULL_STOP = [
    ("The hospital trust ran up a deficit of £41m. Health secretary Joan Reid said the board "
     "would go.", "£41m", "deficit"),
    ("The campaign raised $4.2m. Campaign manager Lisa Tran thanked donors.", "$4.2m", None),
    ("The port authority put its share of the dredging bill at about €19m. Harbour master "
     "Ole Brandt said work would start in May.", "€19m", "share of dredging bill"),
    ("The fine came to €3.5mn. Regulators said the bank had misled savers.", "€3.5mn", "fine"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), FULL_STOP)
def test_no_noun_past_a_glued_full_stop(extract, text: str, figure: str,
                                        counted: str | None) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted


@pytest.mark.slow
def test_the_full_stop_ends_the_sentence() -> None:
    from store.extract.nlp import load_nlp

    doc = load_nlp()("The campaign raised $4.2m. Campaign manager Lisa Tran thanked donors.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Campaign"]
