"""A lone word shortens a longer name of its article by the labels the corpus mostly gives, not
the tagger's one slip there (``Resolver._shortened``, ``Resolver._usual_label``): a word tagged
a place once but a body elsewhere is the body's first word ("Kelbau" of "Kelbau Infrastruktur
Holding"), and a name tagged a place once but a person or body elsewhere is no place ("Dravomir
Brno"); a word the corpus mostly tags a place stays the place. Cases: articles with their
mentions marked, the mentions that must be one actor and those that must stay apart.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart

CASES = [
    # a bank's results: the bank's name tagged a place in one article, a person in two
    (["Profits at [Dravomir Brno|PERSON] rose.", "[Dravomir Brno|PERSON] paid out.",
      "[Dravomir Brno|GPE] lent more. [Dravomir|ORG] holds 42%. Branches in [Brno|GPE] shut."],
     [(2, "Dravomir Brno"), (2, "Dravomir")], [(2, "Dravomir"), (2, "Brno")]),
    # a strike: the builder's first word tagged a place once, a body three times
    (["[Kelbau|ORG] staff struck. [Kelbau|ORG] and [Kelbau|ORG] talked.",
      "Talks at [Kelbau|GPE] stalled, [Kelbau Infrastruktur Holding|ORG] said."],
     [(1, "Kelbau"), (1, "Kelbau Infrastruktur Holding")], []),
    # an election: a word the corpus mostly tags a place stays the place
    (["Voters in [Orvika|GPE] queued. [Orvika|GPE] counted.",
      "[Orvika|GPE] voted; the [Orvika Electoral Commission|ORG] counted."],
     [], [(1, "Orvika"), (1, "Orvika Electoral Commission")]),
    # a court case: a name the corpus tags a place as often as a person stays a place's
    (["The judge, [Brenvik Cross|PERSON], sat.",
      "The court in [Brenvik Cross|GPE] sat. [Brenvik|ORG] lawyers appealed."],
     [], [(1, "Brenvik Cross"), (1, "Brenvik")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), CASES)
def test_a_lone_word_shortens_by_the_corpus_s_labels(texts: list[str], joined: list[Ref],
                                                     apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
