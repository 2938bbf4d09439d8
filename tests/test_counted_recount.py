"""A bare number an authored count gives in a sentence that measured its quantity before it is
that count's figure for the measure, not the sentence before's (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, unit
RECOUNTED = [
    ("Some 2,400 households were moved. The floods covered 9,300 hectares by the ministry's count "
     "and about 11,000 by the satellite count of the university's lab.", "11,000", "hectares"),
    ("The plant emitted 4.1 million tonnes of carbon dioxide. We mapped about 52,000 hectares "
     "of burned forest; the agency's count was 49,500.", "49,500", "hectares"),
    ("Officials said the slick covered 85 square kilometres; the coastguard's estimate was 60.",
     "60", "km2"),
]

# text, figure, unit: a count that names its own things, or a toll, keeps them
OWN_THINGS = [
    ("The floods swamped 12,000 hectares of farmland, and the army's count of evacuees was "
     "3,400.", "3,400", "people"),
    ("The spill covered 40 square kilometres, the agency said; its toll was 12.", "12", "deaths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), [*RECOUNTED, *OWN_THINGS])
def test_a_recount_is_in_its_sentence_measure(extract, text: str, figure: str,
                                              unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.unit == unit
