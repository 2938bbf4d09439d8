"""What one of a kind costs is its price, whatever way the currency is written and however the
parser reads the verb "cost" (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: a currency written as a prefix the tagger does not know
# ("Rs", "Rp", "R$") is still a sum, so one of a kind that costs it is priced
PREFIXED = [
    ("A cylinder of cooking gas now costs Rs 1,150 in Pune.", "Rs 1,150", "cylinder price"),
    ("A sack of rice now costs between Rs 1,900 and Rs 2,100 in Patna.",
     "Rs 1,900 and Rs 2,100", "sack price"),
    ("The repairs now cost Rs 40 crore, the ministry said.", "Rs 40 crore", "repair cost"),
    ("A bag of cement now costs R$38 in Recife.", "R$38", "bag price"),
]

# sentence, figure, counted phrase: "cost" read as a noun ("a bus ticket cost" as one noun
# phrase) is still the verb of one of a kind's price; a modal or another determiner is not
MISREAD = [
    ("A Sunday ticket cost R$420, the organiser said.", "R$420", "Sunday ticket price"),
    ("Officials said a Sunday ticket cost R$420.", "R$420", "Sunday ticket price"),
    ("A one-way adult ticket on the night ferry costs Rp 61,000.", "Rp 61,000",
     "one-way adult ticket price"),
    ("A kilo of shallots now costs Rp 48,000 in Surabaya.", "Rp 48,000", "kilo price"),
    ("The new lock would cost $40m.", "$40m", "new lock cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*PREFIXED, *MISREAD])
def test_one_of_a_kind_costs_its_price(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted


# sentence, figure: a span of time, an event or a mishap that cost a sum is no kind with a
# price (what it cost is a loss), however the parser reads "cost"
NO_PRICE = [
    ("A month of drought cost Rs 120 crore in lost crops.", "Rs 120 crore"),
    ("A single billing error cost Rs 25 lakh, the auditor said.", "Rs 25 lakh"),
    ("A stoppage at the smelter cost $30m.", "$30m"),
    ("A storm on the coast cost $80m in repairs.", "$80m"),
    ("A one-day blackout cost Rp 9 billion.", "Rp 9 billion"),
    # one of a kind after a preposition is not the subject of "cost"
    ("The purchase of a refinery cost Rp 8 trillion in 2024.", "Rp 8 trillion"),
    ("Court costs for a single appeal cost Rs 30 lakh.", "Rs 30 lakh"),
    # "cost" with who paid as its indirect object names a loss
    ("A single fine cost the insurer $25m.", "$25m"),
    ("A strike by dockers cost the port $9m.", "$9m"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NO_PRICE)
def test_a_span_an_event_or_a_mishap_has_no_price(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted_head != "price"
    assert " per " not in fig.unit
