"""Two rival estimates of one period, with every figure in the corpus that restates either.

A group judged a contradiction names the two figures that disagree most (``pair``): the
bureau's 412 deaths against the commission's 468. Outlets repeat each estimate under their own
noun and places, and undated ("412 inmates died", "the 468 deaths the commission counted"), so
the keys and the periods leave some restatements outside the group of the period. Where both
rival numbers are ones a coincidence would hardly repeat (``revisions_restated.distinctive``),
every figure giving the very same number in the same unit (any count being one) restates one of
the two estimates: the group with them is the same contradiction, told by every outlet that
printed either side. Nothing else is said of the figures added: the verdict and its reason are
the group's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from store.conflicts.keys import Claim
from store.conflicts.revisions_restated import distinctive, giving, written_as
from store.conflicts.revisions_said import ESTIMATE
from store.conflicts.verdicts import CONTRADICTION

MAX_RIVALS = 16  # contradictions whose sides are looked for across the corpus


def contradictions_restated(claims: list[Claim], groups: Sequence[Any]) -> list[Any]:
    """For each group judged a contradiction whose two rival figures are distinctive, the same
    group with every figure of ``claims`` that gives either rival's number, when that adds
    figures to it. Two passes over the figures."""
    judged = [g for g in groups if g.verdict == CONTRADICTION and g.pair][:MAX_RIVALS]
    by_id = {c.id: c for c in claims}
    sides = [(g, [by_id[i] for i in g.pair if i in by_id]) for g in judged]
    sides = [(g, pair) for g, pair in sides if len(pair) == 2 and all(map(distinctive, pair))]
    if not sides:
        return []
    same = giving(claims, {written_as(c) for _, pair in sides for c in pair})
    made = []
    seen: set[frozenset[str]] = set()
    for group, pair in sides:
        held = {c.id for c in group.claims}
        added = [c for side in pair for c in same[written_as(side)] if c.id not in held]
        members = tuple({c.id: c for c in [*group.claims, *added]}.values())
        ids = frozenset(c.id for c in members)
        if not added or ids in seen:
            continue
        seen.add(ids)
        made.append(replace(group, key=f"{group.key}<>", claims=members, parent=None,
                            kind=ESTIMATE))
    return made
