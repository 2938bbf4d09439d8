"""A count of a queue counts its members (store/extract/figures/counted_members.py): the noun
its "of" names, the same noun with "of" earlier, or the count just before it; invented sentences."""

from __future__ import annotations

import pytest

MEMBERS = [
    # text, figure, unit
    ("The line of trucks waiting at the border post has grown to 340, customs officials said.",
     "340", "trucks"),
    ("Harbour pilots counted 73 tankers at anchor on Sunday. A broker put the queue at 90, "
     "including barges.", "90", "tankers"),
    ("Queue of 210 lorries at Dover. The queue stood at 210 on Friday; a haulage group counted "
     "260.", "260", "lorries"),
    ("A backlog of 1,200 asylum claims has built up; the backlog stood at 900 in May.", "900",
     "claims"),
    ("The tailback of cars outside the port reached 2,400 by noon.", "2,400", "vehicles"),
    # no members said: the queue is left as it is; a line without "of" is any line
    ("The council opened 14 new queues at the depot.", "14", "queues"),
    ("The operator runs 12 lines and carried 40,000 passengers.", "12", "lines"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"), MEMBERS)
def test_a_queue_counts_its_members(extract, text: str, figure: str, unit: str) -> None:
    found = [f for f in extract(text) if f.text == figure]
    assert found and found[-1].unit == unit
