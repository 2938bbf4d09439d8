"""A revision the text states, as a group of its own inside its quantity.

"The commission's count, first printed as 45,300, is 54,300" or "the ministry corrected its
estimate from 38 to 912" says that one figure replaced another. The quantity's groups show it
only when the figures around the pair let them: a quantity whose key holds other things, or
several periods, may be judged a change, and its estimates may mix the pair with figures of
something else. The old figure and the new one, with the figures that restate either value
(every outlet that repeats the corrected count, or the first one), are then one estimate that
was revised: a group of its own, kept when it is judged a revision (``store.conflicts.grouping``
judges it as any group). Nothing is guessed: the text linked the two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from store.conflicts.keys import Claim, QuantityKey
from store.conflicts.ranges import overlap
from store.conflicts.verdicts import REVISION

MAX_SAID = 16  # revisions stated among one quantity's figures, each made a group at most
ESTIMATE = "estimate"  # the kind of a group inside a quantity (``grouping.ESTIMATE``)


class Judged(Protocol):
    """What ``revisions_said`` reads of a group (``grouping.Group``)."""

    @property
    def id(self) -> str: ...

    verdict: str
    claims: tuple[Claim, ...]


GroupsOf = Callable[..., Sequence[Any]]  # ``grouping.groups_of``


def restating_either(chunk: list[Claim], old: Claim, new: Claim) -> list[Claim]:
    """A stated revision's figures: the old one, the new one and every figure of ``chunk``
    whose value restates one of them only (a range that holds both values restates neither:
    "between 40 and 60" beside a count corrected from 45 to 58 says nothing of which was
    right)."""
    return [c for c in chunk if c is old or c is new
            or overlap(c.core, old.claim) != overlap(c.core, new.claim)]


def revisions_said(key: QuantityKey, chunk: list[Claim], suffix: str,
                   found: Sequence[Judged], groups_of: GroupsOf) -> list[Any]:
    """One group for each revision the text states among a quantity's figures that no group
    of ``found`` (the quantity's groups) already judges a revision: the old and the new figure
    with every figure of the quantity whose value restates one of them, under the quantity's outer
    group. A set of figures a group of ``found`` already holds is left as it is judged there."""
    by_id = {c.id: c for c in chunk}
    pairs = [(by_id[c.revises], c) for c in chunk if c.revises in by_id][:MAX_SAID]
    if not pairs:
        return []
    held = {frozenset(c.id for c in g.claims) for g in found}
    revised = [frozenset(c.id for c in g.claims) for g in found if g.verdict == REVISION]
    parent = found[0].id if found else None
    made = []
    for old, new in pairs:
        if any(old.id in ids and new.id in ids for ids in revised):
            continue
        members = restating_either(chunk, old, new)
        ids = frozenset(c.id for c in members)
        if ids in held:
            continue
        held.add(ids)
        outer = groups_of(key, members, f"{suffix}>{new.id}", leave_strays=False)[:1]
        made.extend(replace(g, parent=parent, kind=ESTIMATE) for g in outer
                    if g.verdict == REVISION)
    return made
