"""A relative clause whose verb the tagger reads as a noun ("which the customs office compiles")
gives no noun to the sum its antecedent reaches: the antecedent is what the sum is; a count in
a relative clause on a subject lends no noun to the figure of the subject's verb (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
MISREAD_RELATIVE = [
    ("Exports, which the customs office compiles from shipping manifests, reached 9.2 billion "
     "dollars last year.", "9.2 billion dollars", "Exports"),
    ("Overtime payments, which the police federation audits every spring, reached 64 million "
     "euros.", "64 million euros", "Overtime payments"),
    ("Tuition receipts, which the university board compiles from bursar data, reached 410 "
     "million rand in the first term.", "410 million rand", "Tuition receipts"),
    # a relative clause the tagger reads right keeps its antecedent too
    ("Donations, which the charity commission collects from annual returns, fell to £2.3 "
     "billion in 2025.", "£2.3 billion", "Donations"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), MISREAD_RELATIVE)
def test_a_misread_relative_verb_is_no_noun(extract, sentence: str, text: str,
                                            counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


# sentence, figure, counted phrase (None: no noun): a count in a relative clause on the
# subject says who the subject is, and lends no noun to the figure of the subject's own verb
ON_THE_SUBJECT = [
    ("The charity, which runs 40 night shelters, put the number at 2,600 on Friday.", "2,600",
     None),
    ("The forum, which collects reports from 64 private and government hospitals, put the "
     "number at 17,800 for the week.", "17,800", None),
    # the same verb's own earlier count still lends its noun
    ("The agency counted 40 shelters in May and put the number at 52 in June.", "52",
     "shelters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ON_THE_SUBJECT)
def test_a_count_describing_the_subject_lends_no_noun(extract, sentence: str, text: str,
                                                      counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
