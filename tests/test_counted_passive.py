"""The subject of a passive verb of money that a sum completes is the party fined, paid or
granted, not what the sum is (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PASSIVES = [
    ("The airline may be fined £2.4m.", "£2.4m", "fine"),
    ("Under the law, the firm may be fined up to R$ 13 million.", "R$ 13 million", "fine"),
    ("The two clubs were fined a combined £400,000 by the league.", "£400,000", "fine"),
    ("The hospital trust was allocated £12m for the new wing.", "£12m",
     "allocation for new wing"),
]


# sentence, figure, counted: a sum in a phrase of its own keeps the subject's noun
OWN_PHRASE = [
    ("The contract was awarded for $5m to a local builder.", "$5m", "contract"),
]


# sentence, figure, counted: the sum is its verb's object, so an aside the parse reads as a second
# object is no noun of the sum's
SECOND_OBJECT = [
    ("The fund will pay €2,000 a hectare (£1,700) for plots that lost half their crop, through "
     "Agrifund, the ministry's agency for farms.", "€2,000", "payments"),
    ("The trust will pay $2,000 a pupil for schools that lost a term, through Edufund, the "
     "ministry's agency.", "$2,000", "payments per pupil"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*PASSIVES, *OWN_PHRASE, *SECOND_OBJECT])
def test_the_money_a_verb_moves_not_its_party(
        extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
