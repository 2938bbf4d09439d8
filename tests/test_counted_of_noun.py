"""A figure in the "of" phrase of the subject of a verb of cost or change ("a visa cap of 350,000
could cost universities £1.1bn") is the value of that subject, not the cost the verb names; the
verb's own figure still names the cost (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
OF_THE_NOUN = [
    ("A cap of 350,000 on work permits could cost farms £2bn a year, growers warn.", "350,000",
     "cap"),
    ("A quota of 12,000 tonnes would cost fishermen €40m a season.", "12,000 tonnes", "quota"),
    ("Strike pay of £50 a day will cost the union £1.2m.", "£50", "Strike pay"),
    ("A toll of $3 could cost commuters $600 a year, the council warned.", "$3", "toll"),
]

# sentence, figure, counted phrase: the verb's own figure names the subject's cost
THE_VERBS_OWN = [
    # "a season" is the rate's period, in the unit (EUR per season), as "a year" is
    ("A quota of 12,000 tonnes would cost fishermen €40m a season.", "€40m", "quota cost"),
    ("Strike pay of £50 a day will cost the union £1.2m.", "£1.2m", "Strike pay cost"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OF_THE_NOUN + THE_VERBS_OWN)
def test_a_figure_of_the_subject_is_its_value(extract, sentence: str, text: str,
                                              counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
