"""A body's earlier word and its present one told side by side ("had earlier said ... now
says"): the present figure replaces the earlier one of the same teller; two tellers named apart
are a dispute (``store.extract.figures.revisions_now_says``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2031-05-02")


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    # the next sentence, its teller a pronoun or a description pointing back
    ("The ferry line had earlier said 1,200 passengers were stranded on Friday. It now says "
     "1,450 were stranded.", "1,200", "1,450"),
    ("Velm Chess Federation had earlier said the tournament's purse was 80,000 euros. The "
     "federation now says it was 86,500 euros.", "80,000 euros", "86,500 euros"),
    # one sentence, one teller
    ("The bakery had initially put its Easter sales at 9,000 buns but now says 11,500 were "
     "sold.", "9,000", "11,500"),
    # an adverb of a first statement from the file's list ("wrongly"), and a verb of the file's
    ("The marathon's organisers had wrongly reported 31,000 finishers. They now put the "
     "finishers at 29,400.", "31,000", "29,400"),
    # two tellers named apart: a dispute
    ("The drivers' union had earlier said 400 buses were idle. The Velm Bus Company now says "
     "300 were idle.", None, None),
    # no earlier word: two statements
    ("The ferry line said 1,200 passengers were stranded. It now says 1,450 were stranded.",
     None, None),
])
def test_now_says_replaces_what_it_had_earlier_said(extract, text: str, old: str | None,
                                                    new: str | None) -> None:
    figures = extract(text)
    starts = {f.text: f.start for f in figures}
    expected = {f.text: (starts[old] if f.text == new else None) for f in figures}
    assert {f.text: f.revises for f in figures} == expected
