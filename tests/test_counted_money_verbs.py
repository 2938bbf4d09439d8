"""A sum a verb of money moves is that kind of money, as ``money_verbs`` of
``store/data/context.toml`` lists it: a sum promised is a pledge, whoever promised it (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
PROMISED = [
    ("The charity promised $2m to the flood appeal.", "$2m", "pledges"),
    ("Ministers promised 400 million rand for school repairs.", "400 million rand", "pledges"),
    ("Two donors promised a further €30m on Monday.", "€30m", "pledges"),
    # the second sum of the same verb, its verb left out, is the second donor's pledge
    ("Japan promised $40m and Korea $25m at the donor conference.", "$25m", "pledges"),
    # a noun of its own names the sum whatever the verb
    ("The club has promised its fans a refund of £25.", "£25", "refund"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PROMISED)
def test_a_sum_promised_is_a_pledge(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# sentence, figure, counted phrase: the scale split from the digits ("m") that the tagger calls
# a verb is a word of the figure, never the verb it hangs on; the verb of money before it is
GLUED_SCALE = [
    ("The hospital trust spent £14.2m this winter on agency nurses.", "£14.2m", "spending"),
    ("The school spent £1.9m this term on supply teachers.", "£1.9m", "spending"),
    ("The port authority borrowed $85.5m last month for new cranes.", "$85.5m", "loans"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GLUED_SCALE)
def test_a_scale_read_as_a_verb_is_no_verb(extract, sentence: str, text: str,
                                          counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
