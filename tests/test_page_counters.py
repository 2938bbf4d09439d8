"""A page's comment counter is page furniture, not a figure (invented pages)."""

from __future__ import annotations

import pytest

from store.extract.figures.page_counters import page_counter
from store.extract.numbers import scan


def _expr(text: str, number: str):
    at = text.index(number)
    return next(e for e in scan(text) if e.start <= at < e.end)


@pytest.mark.parametrize("text, number, furniture", [
    ("THE HARBOUR GAZETTE | Tuesday | Comments (318)\n\nFerry fares rise", "318", True),
    ("The ferry fares rose again.\n\nComments (47)\n", "47", True),
    ("Ferry fares rise by a third\n63 comments\n\nThe operator said", "63", True),
    ("By Ada Quell | 4 May | 129 Comments | Share\n", "129", True),
    # a sentence's own count of comments is a claim of the text
    ("The council received 412 comments on the ferry plan.", "412", False),
    ("Readers sent 35 replies, the editor said.", "35", False),
    # a count in brackets after another word is no counter
    ("Ferries (41) and buses (18) ran late.", "41", False),
])
def test_a_comment_counter_is_page_furniture(text: str, number: str, furniture: bool) -> None:
    assert page_counter(_expr(text, number), text) is furniture
