"""What a count of a queue, a line or a convoy counts: the things in it, which its "of" phrase
names, or the count of them just given (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# text, figure, counted, unit
MEMBERS = [
    # the "of" phrase on the collective noun names its members
    ("The queue of lorries waiting at the border crossing grew to 430 on Sunday.", "430",
     "lorries", "lorries"),
    ("The line of trawlers waiting to unload at Kessport has grown to 62, the harbour master "
     "said.", "62", "trawlers", "trawlers"),
    # no "of" phrase: the count of them given just before
    ("Customs officers counted 310 lorries waiting on Friday. A haulage group put the queue at "
     "355 on Saturday.", "355", "lorries", "lorries"),
    # the "of" phrase the article gave the noun before (a headline), before a nearer count
    ("Queue of 500 lorries at Dover as strike goes on\n\nFarmers blocked 12 roads on Monday. "
     "Customs say the queue stood at 480 on Tuesday.", "480", "lorries", "lorries"),
    # a count two sentences up, or one given after, is not what the queue holds: with its
    # members unsaid, it counts what the noun is a line of (a queue's people, a tailback's
    # vehicles)
    ("Farmers blocked 12 roads on Monday. The protest went on. Customs say the queue stood at "
     "480 on Tuesday.", "480", "queue", "people"),
    ("The tailback stood at 290 on Monday, against 240 a week earlier, after officers counted "
     "210 coaches at the gate on Sunday.", "290", "tailback", "vehicles"),
    ("At the Vesna clinic, the queue for a nurse stood at 85 on Tuesday.", "85", "queue",
     "people"),
    ("The convoy that left Tarbek at dawn was 36 strong.", "36", "convoy", "vehicles"),
    # a fleet is counted by its vehicles or vessels, as a convoy is
    ("The rowing club had bought 60 boats since spring, bringing the fleet to about 500.", "500",
     "boats", "boats"),
    # the fleet is the level the increment reached, not the increment ("added", "bought")
    ("The bus company added 45 coaches this year, taking its fleet to 610.", "610",
     "coaches", "coaches"),
    ("The taxi firm's fleet now numbers 1,200.", "1,200", "fleet", "vehicles"),
    # a list is counted by what is on it: the count of them just given, else people (a waiting
    # list's)
    ("Dunmore's council flats are in demand. The list had stood at 3,900 in April.", "3,900",
     "list", "people"),
    ("The chess federation had 212 clubs on its register. The list grew to 230 in June.", "230",
     "clubs", "clubs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "number", "counted", "unit"), MEMBERS)
def test_a_count_of_a_queue_counts_the_things_in_it(extract, text: str, number: str,
                                                    counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(text)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)
