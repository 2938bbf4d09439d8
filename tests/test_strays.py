"""A figure nobody is named for, that no other sentence repeats and that agrees with none of the
named estimates of its period, is left out of its quantity's groups: it is most often a part the
grammar took for the whole, and set against the named estimates it would mark a contradiction
nobody made."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.scope import alias_resolver
from tests.test_conflicts import corpus, figure


def _deaths(article: str, value: float, source: str, approx: str = "exact") -> dict[str, Any]:
    row = figure(article, f"Officials in {article} spoke of {value:g} deaths in Velm.", value,
                 unit="deaths", counted="deaths", head="deaths", where=("Velm",),
                 when="2024-03", approx=approx)
    row["source"] = source
    return row


@pytest.mark.parametrize("specs, left_out, verdict", [
    # one unattributed figure far from the ministry's count: a part, not a rival
    ([("a", 412, "the ministry"), ("b", 412, "the ministry"), ("c", 3, "the article")],
     {"c"}, "consistent"),
    # repeated by another outlet, it is an estimate of its own and is kept (within a few times
    # the named count: ``verdicts._lone_far_apart``)
    ([("a", 412, "the ministry"), ("b", 412, "the ministry"), ("c", 1000, "the article"),
      ("d", 1000, "the article")], set(), "contradiction"),
    # agreeing with a named estimate, it is a restatement and is kept
    ([("a", 412, "the ministry"), ("b", 410, "the article")], set(), "consistent"),
    # a named rival is always kept
    ([("a", 412, "the ministry"), ("b", 3000, "a university study")], set(), "contradiction"),
])
def test_a_lone_unattributed_figure_marks_nothing(specs: list, left_out: set,
                                                  verdict: str) -> None:
    figures, articles = corpus(*(_deaths(a, v, s) for a, v, s in specs))
    groups = build_conflicts(figures, articles, alias_resolver())
    grouped = {f.split(":")[0] for g in groups for f in g["figures"]}
    assert {a for a, *_ in specs} - grouped == left_out
    assert groups[0]["verdict"] == verdict
