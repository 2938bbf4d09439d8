"""Table cells the key cannot tell apart (several values of one key for one date in one table)
are never rival estimates of one period; a table that is a series keeps its dates."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.scope import alias_resolver

RESOLVE = alias_resolver()

TABLE = ("Levels on the board's weekly report:\n\n| Reservoir | 4 Mar 2031 |\n|---|---|\n"
         "| Pinewood | 44.2% |\n| Ashcombe | 63.0% |\n| Larkfield | 12.5% |\n")
PROSE = "Pinewood stood at 44 percent on 4 March, the board said."


def cell(article: str, text: str, value: str, when: str = "2031-03-04",
         origin: str = "the article") -> dict[str, Any]:
    """A storage level's figure row, whose sentence is the line it stands on (the tagger
    splits a table's rows, and a line of prose is one sentence here)."""
    start = text.index(value)
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return {"id": f"{article}:{start}", "article": article, "start": start,
            "end": start + len(value), "sentence": [line, len(text) if end < 0 else end],
            "low": float(value.rstrip("% percnt")), "high": float(value.rstrip("% percnt")),
            "approx": "exact", "unit": "percent", "counted": "storage level",
            "counted_head": "level", "group": None, "where": [], "when": when,
            "when_basis": "sentence", "reported": "2031-03-12", "period_basis": "stated",
            "source": origin, "origin": origin,
            "origin_basis": "article" if origin == "the article" else "named"}


def articles(**texts: str) -> list[dict[str, Any]]:
    return [{"id": a, "file": f"{a}.md", "date": "2031-03-12", "text": t}
            for a, t in texts.items()]


SERIES = ("The board's levels at Pinewood:\n\n| Day | Level |\n|---|---|\n| 4 Mar 2031 | 44.2% |\n"
          "| 11 Mar 2031 | 41.7% |\n")
RIVAL = "Pinewood stood at 52 percent on 4 March, the anglers' club said."


@pytest.mark.parametrize("figures, texts, verdicts", [
    # three rows of one date: different things the key cannot tell apart, not rivals; nor,
    # their date set aside, values nothing dates that show a move: no group
    ([("t", TABLE, "44.2%", "2031-03-04"), ("t", TABLE, "63.0%", "2031-03-04"),
      ("t", TABLE, "12.5%", "2031-03-04")], {"t": TABLE}, set()),
    # nor rivals of a sentence of another article that gives one of the dates
    ([("t", TABLE, "44.2%", "2031-03-04"), ("t", TABLE, "63.0%", "2031-03-04"),
      ("p", PROSE, "44 percent", "2031-03-04")], {"t": TABLE, "p": PROSE},
     {"change_over_time", "consistent"}),
    # a series, one value a date, keeps its dates: a rival of the same day contradicts it
    # (each named for its body: two outlets' own unattributed values are no rivals)
    ([("s", SERIES, "44.2%", "2031-03-04", "the board"),
      ("s", SERIES, "41.7%", "2031-03-11", "the board"),
      ("r", RIVAL, "52 percent", "2031-03-04", "the anglers' club")], {"s": SERIES, "r": RIVAL},
     {"change_over_time", "contradiction"}),
])
def test_cells_the_key_cannot_tell_apart_are_never_rivals(figures, texts, verdicts):
    rows = [cell(a, t, v, when, *who) for a, t, v, when, *who in figures]
    groups = build_conflicts(rows, articles(**texts), RESOLVE)
    assert {g["verdict"] for g in groups} == verdicts
