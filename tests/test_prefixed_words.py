"""A word hyphened onto a prefix ("re-test", "co-op") is one word: the tokenizer cuts it in three
and the parser may give the three pieces one role, and a rule reading that role's noun then
took the prefix for it ("re cost")."""

from __future__ import annotations

import pytest

from tests.conftest import one_starting

pytestmark = pytest.mark.slow

# (sentence, the figure, words its counted phrase must hold, a word it must not end with)
PREFIXED = [
    ("The re-test will cost £40,000, the rowing club said.", "£40,000", "re-test", "re"),
    ("The re-count found 212 more ballots in the ward.", "212", "ballots", "re"),
    ("Members of the co-op bought 3,100 tonnes of grain.", "3,100", "grain", "co"),
    ("The re-run of the marathon drew 4,200 runners.", "4,200", "runners", "re"),
]


@pytest.mark.parametrize(("sentence", "text", "holds", "not_last"), PREFIXED)
def test_a_prefixed_word_is_one_word(extract, sentence: str, text: str, holds: str,
                                     not_last: str) -> None:
    counted = one_starting(extract(sentence), text).counted or ""
    assert holds in counted
    assert counted.split()[-1] != not_last


def test_the_parse_keeps_one_token_for_the_word() -> None:
    from store.extract.nlp import load_nlp

    doc = load_nlp()("The re-test will be held in June, and the e-mail said so.")
    assert "re-test" in [t.text for t in doc]
    assert [t.text for t in doc if t.text == "re"] == []
