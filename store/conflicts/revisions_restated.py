"""A revision the text states, with every figure in the corpus that restates either value.

"The bureau revised its count from 52,600 to 49,870" links two figures (``revises``). Other
articles repeat the first count or the second, each under its own noun and places ("52,600
inmates" in one, "a prison population of 52,600" in the next, "49,870 people" in a third), so
the quantity keys may scatter the two versions over several quantities, and the revision then
shows in none of them (``store.conflicts.revisions_said`` works inside one quantity). Where
both values are numbers a coincidence would hardly repeat (three significant digits at least:
"52,600", "14.6 million", "63.8%"; not "1.2 million", a rounding many counts share), every
figure giving the very same number in the same unit (any count being one, as
``grouping._repeated_words`` reads them) restates one version of the revised estimate: the old
figure, the new one and those restatements are one estimate that was revised, a group of its
own, kept only when it is judged a revision. Numbers of two significant digits ("3,400 to
3,900") are linked by the text just as surely, but another body may give one of them by chance:
only the figures nobody is named for and the reviser's own restate such a revision. Nothing is
guessed beyond what the text linked and the very numbers it gave.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from store.conflicts.attach import as_written, stable
from store.conflicts.keys import Claim
from store.conflicts.revisions_said import ESTIMATE
from store.conflicts.stories import APART_DAYS, day_of
from store.conflicts.verdicts import CONSISTENT, REVISION

SIGNIFICANT = 3  # digits a number needs to be one another figure would hardly give by chance
# a pair the text itself links ("raised from 3,400 to 3,900") needs two: the link is no
# coincidence, and only the figures giving one of its two numbers join it
STATED_SIGNIFICANT = 2
MAX_STATED = 16  # revisions the corpus states that are each looked for across quantities

GroupsOf = Callable[..., Sequence[Any]]  # ``grouping.groups_of``
Written = tuple[str, float, float]


def written_as(claim: Claim) -> Written:
    """A figure's number as two restatements share it: its unit as written, any count being
    one ("52,600 inmates", "a population of 52,600"), and its values before conversion."""
    unit, low, high = as_written(claim)
    return ("count" if claim.key.measure.startswith("count:") else unit, low, high)


COUNT, PERSONS, UNSAID = "count:", "count:persons", "count:count"
# a plural noun of persons by its ending, where no table names it (strikers, protesters, donors,
# pharmacists, migrants, residents, civilians, detainees): English agent and person nouns
_OF_PERSONS = re.compile(r"(?:er|or|ist|ant|ent|ian|ee)s$")


def counts_alike(claim: Claim, given: Claim) -> bool:
    """Whether a figure giving the number of ``given`` may restate it as a count: any figure
    that is no count, a count that leaves its noun unsaid ("a total of 12,980"), one of the
    same things, or one of persons where the other counts persons too (strikers, workers and
    employees are the same people under three nouns); not a count of other things ("12,980
    taxis" restates no "12,980 strikers", nor "1,180 pharmacies" "1,180 patients": a
    coincidence of digits in one story)."""
    mine, theirs = claim.key.measure, given.key.measure
    if mine == theirs or not (mine.startswith(COUNT) and theirs.startswith(COUNT)) \
            or UNSAID in (mine, theirs):
        return True
    return all(m == PERSONS or _OF_PERSONS.search(m) for m in (mine, theirs))


def distinctive(claim: Claim, significant: int = SIGNIFICANT) -> bool:
    """Whether a figure's numbers, as written, have ``significant`` digits or more: stricter
    than the test for figures that only agree (``grouping._distinctive``), since a coincidence
    here would make a revision, not an agreement."""
    _, low, high = as_written(claim)
    return all(len(f"{abs(v):.6f}".replace(".", "").strip("0")) >= significant
               for v in (low, high))


def giving(claims: list[Claim], wanted: set[Written]) -> dict[Written, list[Claim]]:
    """The figures that give each of the ``wanted`` numbers (``written_as``). One pass."""
    same: dict[Written, list[Claim]] = defaultdict(list)
    for claim in claims:
        written = written_as(claim)
        if written in wanted:
            same[written].append(claim)
    return same


def revisions_restated(claims: list[Claim], home: dict[str, Any], groups_of: GroupsOf,
                       places: dict[str, frozenset[str]]) -> list[Any]:
    """One group for each revision the text states (old figure, new figure) whose two values
    are distinctive, of the two figures and every figure that gives either value, when those
    figures lie in more than one quantity (``home``: each figure's; none for a figure no
    quantity took) and the group is judged a revision; ``places``: each article's, as
    ``stories.article_places`` gives them. Two passes over the figures."""
    by_id = {c.id: c for c in claims}
    pairs = [(by_id[c.revises], c) for c in sorted(claims, key=lambda c: c.order)
             if c.revises in by_id and distinctive(c, STATED_SIGNIFICANT)
             and distinctive(by_id[c.revises], STATED_SIGNIFICANT)
             and written_as(c)[0] == written_as(by_id[c.revises])[0]][:MAX_STATED]
    if not pairs:
        return []
    same = giving(claims, {written_as(c) for pair in pairs for c in pair})
    made = []
    seen: set[frozenset[str]] = set()
    for old, new in pairs:
        voiced = _voiced_by(old, new, places)
        members = list({c.id: c for c in [*same[written_as(old)], *same[written_as(new)]]
                        if c.id in (old.id, new.id) or (voiced(c) and (
                            counts_alike(c, old) or counts_alike(c, new)))}.values())
        ids = frozenset(c.id for c in members)
        quantities = {stable(home[c.id]) if c.id in home else None for c in members}
        if ids in seen or len(quantities) < 2:
            continue  # one quantity's revision: its own groups judge it
        seen.add(ids)
        outer = groups_of(new.key, members, f">{old.id}>{new.id}", leave_strays=False)[:1]
        for group in outer:
            if group.verdict == REVISION:
                made.append(replace(group, parent=None, kind=ESTIMATE))
                made.extend(_versions(group, old, new, same, groups_of, voiced))
    return made


def _voiced_by(old: Claim, new: Claim,
               places: dict[str, frozenset[str]]) -> Callable[[Claim], bool]:
    """Which figures giving one of a stated revision's numbers may restate it: any, when both
    numbers are ones a coincidence would hardly repeat (``SIGNIFICANT`` digits); for numbers
    of fewer digits ("60 to 75", "3,400 to 3,900"), only the figures nobody is named for and
    those of the reviser itself: another body giving the old number ("the company put it at
    60") holds an estimate of its own that the reviser's number happens to match; and only in
    articles of the reviser's story: printed within ``stories.APART_DAYS`` of the revision, or
    naming one of its articles' places (an article naming none, or undated, leaves it open): in
    an archive, another story's "46" is its own."""
    if distinctive(old) and distinctive(new):
        return lambda claim: True
    own = {old.origin, new.origin}
    articles = {old.article, new.article}
    story = places.get(old.article, frozenset()) | places.get(new.article, frozenset())
    days = [d for d in (day_of(old.reported), day_of(new.reported)) if d is not None]

    def near(claim: Claim) -> bool:
        day = day_of(claim.reported)
        return day is None or not days or any(abs((day - d).days) <= APART_DAYS for d in days)

    def voiced(claim: Claim) -> bool:
        theirs = places.get(claim.article, frozenset())
        return (claim.origin is None or claim.origin in own) and (
            claim.article in articles or near(claim) or not story or not theirs
            or bool(theirs & story))

    return voiced


def _versions(revised: Any, old: Claim, new: Claim, same: dict[Written, list[Claim]],
              groups_of: GroupsOf, voiced: Callable[[Claim], bool]) -> list[Any]:
    """The revised estimate's two versions (the first figure and the one that replaced it, each
    with the figures that give its number), each a group inside the revision when the figures
    of several sentences give it and they agree, as ``grouping._versions`` makes them inside one
    quantity."""
    found = []
    for n, version in enumerate((old, new)):
        members = [c for c in same[written_as(version)] if c is version or voiced(c)]
        if len({c.sentence for c in members}) < 2:
            continue
        inner = groups_of(version.key, members, f">{old.id}>{new.id}~{n}",
                          leave_strays=False)[:1]
        found.extend(replace(g, parent=revised.id, kind=ESTIMATE) for g in inner
                     if g.verdict == CONSISTENT)
    return found
