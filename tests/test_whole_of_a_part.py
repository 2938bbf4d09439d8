"""The whole a part is counted out of ("two of the town's 9 courts") is a count of its own: it
never joins the part's quantity, and so is neither a rival of the part nor its old value. A part
in words marks its whole so only where an owner's possessive gives the whole: out of a bare
whole ("Nine of the 30 bakers") the whole is often told plainly elsewhere too."""

from __future__ import annotations

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.scope import alias_resolver


def _row(sentence: str, at: str, counted: str) -> dict:
    start = sentence.index(at)
    return {"id": f"a:{start}", "article": "a", "start": start, "end": start + len(at),
            "sentence": [0, len(sentence)], "low": 9, "high": 9, "approx": "exact",
            "unit": counted, "counted": counted, "counted_head": counted, "where": [],
            "when": "2026-10", "source": "the club"}


@pytest.mark.parametrize("sentence, at, counted, whole", [
    ("The storm flooded two of the town's 9 tennis courts, the club said.", "9", "courts", True),
    ("Inspectors failed seven of Dunmore's 40 bakeries.", "40", "bakeries", True),
    ("Twenty-two of the federation's 180 clubs sent a team.", "180", "clubs", True),
    ("The bus company withdrew eleven of its 300 buses.", "300", "buses", True),
    ("The bus company withdrew 12 of its 300 buses.", "300", "buses", True),
    ("Nine of the 30 bakers are apprentices.", "30", "bakers", False),
    # no part before the whole: a count as any other
    ("The federation has 180 clubs.", "180", "clubs", False),
    ("Some of the town's 9 courts were flooded.", "9", "courts", False),
    ("A fleet often of its 300 buses ran the routes.", "300", "buses", False),
    # "one of" and a superlative pick a member: they count no part
    ("She coaches at one of the town's 9 courts.", "9", "courts", False),
    ("Fares rose most at the busiest of the line's 40 stations.", "40", "stations", False),
    # the part itself is no whole
    ("Inspectors failed seven of Dunmore's 40 bakeries.", "seven", "bakeries", False),
])
def test_the_whole_of_a_part_is_set_apart(sentence: str, at: str, counted: str,
                                          whole: bool) -> None:
    claim = claim_of(_row(sentence, at, counted), sentence, 0, alias_resolver(), frozenset())
    assert claim is not None
    assert ("whole" in claim.key.qualifiers) is whole
