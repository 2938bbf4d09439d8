"""A measure in the "of" phrase of a measure noun ("a legal limit of 30 tonnes", "an
international standard of 4.7 square metres") measures that noun, as a bare count there does,
not what another clause of its sentence measured or what its sentence's verb moved (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, last word of what it counts
GENITIVE = [
    ("The plant emitted 41 tonnes of dust, above a legal limit of 30 tonnes.", "30 tonnes",
     "limit"),
    ("Each pupil had 1.9 square metres of desk space, against a national standard of 4.7 "
     "square metres.", "4.7 square metres", "standard"),
    ("The tanker spilled 900 cubic metres of oil, three times the threshold of 300 cubic "
     "metres.", "300 cubic metres", "threshold"),
    ("The reservoir held 40 million cubic metres in May, short of its capacity of 52 million "
     "cubic metres.", "52 million cubic metres", "capacity"),
    ("Lorries over a weight limit of 7.5 tonnes are banned from the bridge.", "7.5 tonnes",
     "limit"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "noun"), GENITIVE)
def test_a_measure_of_a_measure_noun_measures_it(extract, sentence: str, text: str,
                                                 noun: str) -> None:
    counted = {f.text: f.counted for f in extract(sentence)}[text]
    assert counted is not None and counted.split()[-1] == noun
