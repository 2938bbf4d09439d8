"""A headline's verb of measure that the tagger reads as a noun or an adjective ("Storm losses
top $2bn as ...") still has the noun before it for its subject, which the sum measures; and a
sum a fund disburses is its disbursements (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
MISREAD = [
    ("Storm losses top $2bn as insurers count claims", "$2bn", "Storm losses"),
    ("Strike fines top $3m as union vows to fight on", "$3m", "Strike fine"),
    ("Curupa fines top R$1.6bn as revised satellite data put clearing at 4,480 sq km",
     "R$1.6bn", "Curupa fine"),
]

DISBURSED = [
    ("The relief agency has disbursed $14m to flood victims since March.", "$14m",
     "disbursements"),
    ("The pension fund disbursed 2.1 billion rand in 2029, its annual report said.",
     "2.1 billion rand", "disbursements"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*MISREAD, *DISBURSED])
def test_a_misread_headline_verb_keeps_its_subject(extract, sentence: str, text: str,
                                                   counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# sentence, figure, counted phrase: a verb of money misread so is the misread price's
NOT_MISREAD_SUBJECT = [
    ("A weekend pass cost R$690 last year.", "R$690", "weekend pass price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_MISREAD_SUBJECT)
def test_a_misread_verb_of_money_names_a_price(extract, sentence: str, text: str,
                                               counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
