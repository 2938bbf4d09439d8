"""Times a sentence says are means: by a mean's noun as the clause's subject, by "on average"
after a verb of time taken, or set against such a time right before them; and a time written
in two units is one figure. A length of time stays no figure."""

from __future__ import annotations

import pytest

MEANS = [
    # the subject is a time noun a summary word makes a mean
    ("The median wait for a passport rose to 9.5 weeks from 7.1 weeks in June.",
     [("9.5", 9.5, "weeks", "wait"), ("7.1", 7.1, "weeks", "wait")]),
    ("Its average delay was 14 minutes, against 6 minutes across the network.",
     [("14", 14.0, "minutes", "delay"), ("6", 6.0, "minutes", "delay")]),
    ("The mean response time for fire crews was 11 minutes 40 seconds.",
     [("11 minutes 40 seconds", 11 + 40 / 60, "minutes", "response time")]),
    ("The average stay at the shelter fell to 4.2 days.", [("4.2", 4.2, "days", "stay")]),
    # a verb of time taken with "on average", and times set against it
    ("Ferries took about 52 minutes on average to cross, down from almost 61 minutes a year "
     "earlier.", [("52", 52.0, "minutes", "time"), ("61", 61.0, "minutes", "time")]),
    ("Buses took an average of 1 hour 5 minutes to reach the depot, against a target of 50 "
     "minutes.", [("1 hour 5 minutes", 1 + 5 / 60, "hours", "time"),
                  ("50", 50.0, "minutes", "time")]),
    # a length of time, or a time nobody says is a mean, stays no figure
    ("The bakery strike lasted five days, down from nine days last year.", []),
    ("The talks took six hours.", []),
    ("The median wait was long; the strike lasted 12 days.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "read"), MEANS)
def test_a_time_said_as_a_mean_is_a_measure(extract, sentence: str,
                                           read: list[tuple[str, float, str, str]]) -> None:
    assert [(f.text, pytest.approx(f.low), f.unit, f.counted) for f in extract(sentence)] == [
        (text, pytest.approx(low), unit, counted) for text, low, unit, counted in read]
