"""One body's figures of one period in two articles: a revision left unstated, unless one of them
is the level a change its own sentence tells reaches, and the other the level it starts from
("fares will rise to 5.00 from 4.25"), or the other way round ("fell to 4.00, down from 4.60",
beside another report of the 4.00): then the text tells the quantity moving, not a figure
replaced (``store.conflicts.verdicts.revision_of``). Each row is invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_estimates import build, deaths


def fee(article: str, sentence: str, low: float, at: str, *, reported: str = "2031-04-02",
        origin: str = "Lakeside Ferries", counted: str = "crossing fare") -> dict[str, Any]:
    row = deaths(article, sentence, low, origin=origin, counted=counted, unit="USD",
                 period_basis="stated", reported=reported, when="2031-04")
    row["when_basis"] = "sentence"
    row["at"] = at
    return row


@pytest.mark.parametrize("specs, revised", [
    # a change the sentence tells, beside another article's report of the level it starts from
    ([fee("a", "Lakeside Ferries charges $4.25 for a crossing in April.", 4.25, "$4.25"),
      fee("b", "Crossing fares will rise to $5.00 from $4.25, Lakeside Ferries said.", 5.0,
          "$5.00", reported="2031-04-03"),
      fee("b", "Crossing fares will rise to $5.00 from $4.25, Lakeside Ferries said.", 4.25,
          "$4.25", reported="2031-04-03")], False),
    ([fee("a", "The bakery guild says a loaf costs $3.10 this April.", 3.1, "$3.10",
          origin="bakery guild", counted="loaf price"),
      fee("b", "Loaf prices are going up from $3.10 to $3.40, the bakery guild says.", 3.1,
          "$3.10", origin="bakery guild", counted="loaf price"),
      fee("b", "Loaf prices are going up from $3.10 to $3.40, the bakery guild says.", 3.4,
          "$3.40", origin="bakery guild", counted="loaf price")], False),
    # the other way round: the level a change starts from, beside another article's report
    # of the level it reaches
    ([fee("a", "Crossing fares fell to $4.00 in April, down from $4.60, Lakeside Ferries said.",
          4.0, "$4.00"),
      fee("a", "Crossing fares fell to $4.00 in April, down from $4.60, Lakeside Ferries said.",
          4.6, "$4.60"),
      fee("b", "Lakeside Ferries charges $4.00 for a crossing in April.", 4.0, "$4.00",
          reported="2031-04-03")], False),
    # no change told: one body's two values of one period printed on one day, one replaced
    ([fee("a", "Lakeside Ferries charges $4.25 for a crossing in April.", 4.25, "$4.25"),
      fee("b", "Lakeside Ferries charges $5.00 for a crossing in April.", 5.0, "$5.00")], True),
])
def test_a_change_told_is_no_unstated_revision(specs, revised: bool) -> None:
    verdicts = {g["verdict"] for g in build(*specs)}
    assert ("revision" in verdicts) == revised, verdicts
