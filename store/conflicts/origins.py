"""Which estimate each figure of a quantity belongs to.

A figure whose sentence names whose estimate it is keeps that origin. One that names nobody
("nearly 3,900 people may have died", a headline, a recap) is most often a restatement of an
estimate given elsewhere: it joins the one origin of its period whose figures it agrees with;
a count of what an event caused that agrees with none is taken as the official count, the figure
newsrooms print without attribution; anything else stands alone (``?<id>``), an estimate of its
own that may contradict the others.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from store.conflicts.keys import FRACTION, OFFICIAL, PERCENT, Claim, writer_key
from store.conflicts.ranges import Interval, near_bound

Origins = dict[str, str]  # claim id -> origin key ("?<id>" for a figure that stands alone)
ALONE = "?"  # what the origin key of a figure that stands alone starts with
MAX_NAMES = 200  # origins of one quantity compared name by name (``_containing``)
MAX_EARLIER = 200  # earlier figures a restatement is compared with (``restated_whens``)


def stands_alone(origin: str) -> bool:
    """Whether an origin key is a lone figure's own: it names nobody, and no named estimate of
    its period holds its value (``assign_origins``)."""
    return origin.startswith(ALONE)


def assign_origins(claims: list[Claim], periods: dict[str, str | None]) -> Origins:
    origins: Origins = {}
    named: dict[tuple[str | None, str], list[Claim]] = defaultdict(list)
    same = _containing({c.origin for c in claims if c.origin is not None})
    for claim in claims:
        if claim.origin is not None:
            origin = same.get(claim.origin, claim.origin)
            origins[claim.id] = origin
            named[(periods.get(claim.id), origin)].append(claim)
    of_period: dict[str | None, list[tuple[str, Interval]]] = defaultdict(list)
    for (period, origin), members in named.items():
        of_period[period].extend((origin, m.claim) for m in members)
    by_period = {period: Holders(ranges) for period, ranges in of_period.items()}
    for claim in claims:
        if claim.id in origins:
            continue
        holders = by_period.get(periods.get(claim.id))
        agreeing = holders.holding(claim.core) if holders is not None else []
        if len(agreeing) == 1:
            origins[claim.id] = agreeing[0]
        elif claim.event and not agreeing:
            origins[claim.id] = OFFICIAL
        else:
            origins[claim.id] = f"{ALONE}{claim.id}"
    _join_revisions(claims, origins)
    return origins


def _join_revisions(claims: list[Claim], origins: Origins) -> None:
    """A figure the text says replaces another ("updated from 45 to 58", "given as 14, has
    been corrected to 29") is the same body's: when only one of the two names its origin, the
    other takes it; when neither does, they share one. A new figure whose only origin is the
    one who tells of both in its sentence ("a report said the institute counted 120; the
    right number is 210") is the old one's body's too: the teller reports, it estimates
    nothing; so is the writer's own figure that a notice's next sentence gives as the right
    one ("An article said the institute counted 120. The toll was 210.")."""
    by_id = {c.id: c for c in claims}
    for claim in sorted(claims, key=lambda c: c.order):
        old = claim.revises
        if old is None or old not in by_id:
            continue
        mine, theirs = origins[claim.id], origins[old]
        told = (claim.origin_label == claim.source and by_id[old].origin_label != claim.source
                and (claim.sentence == by_id[old].sentence
                     or (claim.article == by_id[old].article
                         and claim.origin in (None, writer_key(claim.article)))))
        if stands_alone(mine) or (told and not stands_alone(theirs)):
            origins[claim.id] = theirs
        elif stands_alone(theirs):
            origins[old] = mine


class Ranges:
    """The ranges of one estimate (or of any figures), asked whether any shares more than an
    edge with a value: sorted by their lower end, with the highest upper end seen so far, so
    each question costs a bisection rather than a pass over the estimate's figures."""

    def __init__(self, ranges: list[Interval]) -> None:
        ordered = sorted(ranges)
        self.lows = [low for low, _ in ordered]
        self.reach: list[float] = []
        for _, high in ordered:
            self.reach.append(max(high, self.reach[-1]) if self.reach else high)
        self.exact = set(ordered)

    def holds(self, value: Interval) -> bool:
        if value in self.exact:
            return True
        below = bisect.bisect_left(self.lows, value[1])  # ranges starting below its top
        return below > 0 and self.reach[below - 1] > value[0]


_NOBODY: tuple[float, str | None] = (float("-inf"), None)


class Holders:
    """The named estimates of one period, asked which of them hold a value (as ``Ranges.holds``
    asks one estimate). A period may hold thousands of origins (every article's writer is one),
    so the question is not put to each in turn: the ranges are sorted by their lower end, and
    each prefix keeps the two origins whose ranges reach highest, so a value's holders by overlap
    are known after one bisection (two of them are all a caller needs to tell one from several);
    ranges equal to the value are looked up whole."""

    def __init__(self, ranges: list[tuple[str, Interval]]) -> None:
        ordered = sorted(ranges, key=lambda item: item[1])
        self.lows = [interval[0] for _, interval in ordered]
        self.top: list[tuple[tuple[float, str | None], tuple[float, str | None]]] = []
        first, second = _NOBODY, _NOBODY
        for origin, (_, high) in ordered:
            if origin == first[1]:
                first = (max(first[0], high), origin)
            elif origin == second[1]:
                second = (max(second[0], high), origin)
                if second[0] > first[0]:
                    first, second = second, first
            elif high > first[0]:
                first, second = (high, origin), first
            elif high > second[0]:
                second = (high, origin)
            self.top.append((first, second))
        self.exact: dict[Interval, set[str]] = defaultdict(set)
        for origin, interval in ranges:
            self.exact[interval].add(origin)

    def holding(self, value: Interval) -> list[str]:
        """The origins, sorted, with a range that shares more than an edge with ``value`` or
        equals it; when more than two do, at least two of them."""
        found = set(self.exact.get(value, ()))
        below = bisect.bisect_left(self.lows, value[1])  # ranges starting below its top
        if below > 0:
            found.update(origin for reach, origin in self.top[below - 1]
                         if origin is not None and reach > value[0])
        return sorted(found)


def _within(a: Interval, b: Interval) -> bool:
    """Whether two ranges share more than an edge: a restatement lies inside an estimate's
    range, it does not merely touch the rounding of its end."""
    return max(a[0], b[0]) < min(a[1], b[1]) or a == b


_NOT_NAME = frozenset({"of", "the", "for", "and", "on", "in", "s"})


def _words(key: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", key.lower().replace("'s", ""))) - _NOT_NAME


def _containing(keys: set[str]) -> dict[str, str]:
    """Origins that name one body in more or fewer words, within one quantity: "Ashby School of
    Public Health", "Eastmere University" and "Eastmere University's Ashby School of
    Public Health" are one study's authors; so are names of the same words in another order
    ("the prefecture of Velm", "the Velm prefecture"). Each name goes to the one longest name
    that holds all its words; a name held by two unrelated longer names stays itself."""
    if len(keys) > MAX_NAMES:  # the pairwise test costs the square of the names; past this
        return {}  # many sources of one quantity, a longer name is not worth the wait
    words = {k: _words(k) for k in keys if k != OFFICIAL}
    named: dict[frozenset[str], str] = {}  # one name for each set of words, the first in order
    for key in sorted(words):
        named.setdefault(words[key], key)
    longest = [w for w in named if not any(w < o for o in named)]
    merged: dict[str, str] = {}
    for key, own in words.items():
        if not own:
            continue
        holders = [own] if own in longest else [o for o in longest if own < o]
        if len(holders) == 1 and named[holders[0]] != key:
            merged[key] = named[holders[0]]
    return merged


def restated_whens(claims: list[Claim], origins: Origins,
                   tally: bool = False) -> dict[str, str | None]:
    """Each figure's date for its period. A figure dated only by its article that restates an
    earlier figure of its own origin, or of anyone's when nobody is named for it (its value lies
    in that figure's range), keeps that figure's date: a later article repeating an estimate
    does not move the estimate's period; nor does an earlier article giving, undated, the value
    of its origin's target or forecast for a period still to come ("3.5 million more homes",
    then "3.5 million homes by 2035"): it keeps that period (``_target_restated``; never for a
    share). A revision keeps the
    period of the figure it replaces
    (``_revised_in_their_period``), and so do its restatements. In a ``tally`` (a count the
    text dates by the day it stood at) a repeated value is where the count still stood on the
    day it was printed: no figure takes an earlier one's date but a revision."""
    whens = {c.id: c.when for c in claims}
    if tally:
        _revised_in_their_period(claims, whens)
        return whens
    earlier = sorted((c for c in claims if not c.event and c.when),
                     key=lambda c: (c.reported or c.when or "9999", c.order))
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for other in earlier:
        by_origin[origins.get(other.id, "")].append(other)
    firsts: dict[str | None, list[Claim]] = {}
    # what a pool answers depends on the date and the value alone: asked once for each (many
    # articles restate one figure, and the pool holds up to MAX_EARLIER figures to compare)
    answers: dict[tuple[str | None, str, Interval], Claim | None] = {}
    restating: dict[str, str] = {}  # figure -> the earlier figure it restates
    targets: dict[str | None, list[Claim]] = {}  # each pool's figures dated by their own words
    for claim in claims:
        if claim.event or not claim.reported_basis:
            continue
        origin = origins.get(claim.id, "")
        # its own origin's, or any one's when nobody is named for it (a recap: "the 1,850
        # evacuees"); the earliest figures first, a bounded number of them: a restatement
        # repeats an estimate made soon after the event, and the bound keeps a large quantity
        # linear
        pool = None if stands_alone(origin) else origin
        if pool not in firsts:
            firsts[pool] = _first_of_each(earlier if pool is None else by_origin.get(pool, []))
        reported = claim.reported or ""
        asked = (pool, reported, claim.core)
        if asked not in answers:
            # (its own origin's target only, and never a share: a rate printed today often
            # equals a forecast of it for next year by chance; a quantity's figures are all
            # shares or none)
            target = pool is not None and claim.key.measure not in (PERCENT, FRACTION)
            if target and pool not in targets:
                targets[pool] = [c for c in by_origin.get(pool, [])[:MAX_EARLIER]
                                 if not c.reported_basis and c.when and c.reported
                                 and c.when > c.reported[:len(c.when)]]
            answers[asked] = _restated(claim.core, reported, firsts[pool]) or (
                _target_restated(claim.core, reported, targets[pool]) if target else None)
        restated = answers[asked]
        if restated is not None:
            whens[claim.id] = restated.when
            restating[claim.id] = restated.id
    if _revised_in_their_period(claims, whens):
        for claim_id, restated_id in restating.items():  # a restated revision's period too
            whens[claim_id] = whens[restated_id]
    return whens


def _revised_in_their_period(claims: list[Claim], whens: dict[str, str | None]) -> bool:
    """A figure the text says replaces another ("corrected its estimate from 18 to 29
    percent") describes what the old one described: the period of a revision is the period of
    what is counted, not the day of the correction. A new figure dated only by its article
    takes the old one's date; whether any did."""
    moved = False
    for claim in sorted(claims, key=lambda c: c.order):
        if (claim.revises in whens and claim.reported_basis and not claim.event
                and whens[claim.revises] != whens[claim.id]):
            whens[claim.id] = whens[claim.revises]
            moved = True
    return moved


def _restated(core: Interval, reported: str, pool: list[Claim]) -> Claim | None:
    """The first figure of the pool said before ``reported`` whose range holds the value (a
    bound's open side only as far as it restates: ``near_bound``)."""
    for other in pool:
        if (other.reported or other.when) >= reported:
            break  # the pool is in date order: no later one was said before it
        if _within(core, near_bound(other.claim, other.core)):
            return other
    return None


def _target_restated(core: Interval, reported: str, pool: list[Claim]) -> Claim | None:
    """The first figure of the pool (each dated by its own words to a period still to come on
    the day it was printed: "3.5 million homes by 2035") dated to a period still to come on the
    day ``reported``, whose range holds the value: a figure dated only by its article that
    gives the same number restates that target or forecast, whenever either was printed (a
    level of its own day is not yet known for a year to come)."""
    for other in pool:
        when = other.when or ""
        if reported and when > reported[:len(when)] and _within(core, other.claim):
            return other
    return None


def _first_of_each(pool: list[Claim]) -> list[Claim]:
    """The first ``MAX_EARLIER`` figures of a pool in date order, each date and range once: a
    figure that a copy before it (same date, same range) did not match cannot match either,
    and wire copy repeated by many outlets would otherwise be compared once per outlet."""
    seen: set[tuple[str, Interval]] = set()
    kept = []
    for other in pool[:MAX_EARLIER]:
        said = (other.reported or other.when or "", other.claim)
        if said not in seen:
            seen.add(said)
            kept.append(other)
    return kept
