"""Verdicts: which kind of disagreement a group of figures about one quantity is, and why.

- ``contradiction``: two origins (whose estimates they are) give figures of the same known period
  whose ranges (with rounding, "about" and open sides) do not overlap; an origin that revised its
  figure is judged on its latest one; a figure dated only by its article's day is set against
  another only when their days are at most a day apart (a month's counts move by the day), or
  when the two stood side by side: a value was printed again on days that reach the other's
  (``Coexisting``; a figure for a period not over when printed stands as an undated one), so
  the quantity did not move between them; beside a projection of the outcome (an amount, not a
  count), two figures each dated only by its article's day are estimates of that outcome,
  whenever printed; a lone value nobody is named for is no rival of a named estimate more
  than a few times from it (``_lone_far_apart``), nor are two values one article sets down
  more than four times apart without a word of comparison (``_one_article_far_apart``);
- ``revision``: one origin replaced its own figure for the same quantity and period ("raised the
  toll from 38 to 912", or its later figure no longer overlaps its earlier one, or its bound
  moved: "at least 21", then "at least 37"; their days not known to be more than a day apart;
  printed more than a day apart, two figures one of which names nobody, or each dated by its
  own words, are no revision the text leaves unstated; nor, but for an event's toll of its
  dead (``_a_toll``), are two values several times apart: ``revised_far``),
  unless another origin's figures, printed elsewhere in the same unit, restate neither value
  and show the quantity moved beside the new one: then the group is a change over time and the
  revision a group inside it;
- ``change_over_time``: figures of different (or not provably the same) periods whose stated
  values differ (a bound and a value it holds do not: "more than 3,000" restates 3,400), when
  something shows the move: a figure dated by its own words, or a sentence that sets one
  figure against another; two values each dated only by the day its article printed it (or of
  an event, or projected) show none (``_move_unshown``), save in a series of periods;
- ``consistent``: otherwise: the ranges overlap. A group no two of whose figures agree, that
  none of the rules above reads, is left unjudged (``_unjudged``), and so is one two of whose
  figures disagree with nothing to show a move: the grouping keeps no such group, for it would
  say figures agree that do not, or mark what nothing shows.

A part its sentence tells after its whole ("60 were hurt, 9 of whom badly": ``parts_after``) is
never one side of a contradiction or of a revision the text leaves unstated; nor is a count its
own words tell as a part of a whole ("3 of its 8 kilns") beside a figure giving that whole, nor a
move of it (``parts_said.part_and_whole``).

Figures stated in one sentence are never set against each other (the writer put them side by side
on purpose: a part and its whole, a peak and a range), except that a sentence may state a revision,
or a change when it sets one figure against another ("up from 9,600 in May") or dates two of them
to two periods ("180,000 last year and 95,000 the year before": ``dated_apart``).

Finding the most disagreeing pair looks only at the few figures with the highest lower bounds and
the lowest upper bounds, so a verdict costs a sort, not a comparison of every pair.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Protocol, TypeVar

from store.conflicts.coarse_dates import held_move, unplaced_move
from store.conflicts.dated_apart import dated_apart
from store.conflicts.keys import Claim, open_above, open_below, writer_key
from store.conflicts.moves import moves_apart
from store.conflicts.one_article import dated_beside_undated
from store.conflicts.origins import ALONE, Origins, Ranges, stands_alone
from store.conflicts.parts_said import part_and_whole
from store.conflicts.ranges import Interval, gap, near_bound, overlap
from store.conflicts.revised_far import too_far_unstated
from store.conflicts.still_to_come import target_beside_level

CONTRADICTION = "contradiction"
REVISION = "revision"
CHANGE = "change_over_time"
CONSISTENT = "consistent"
# no verdict: figures that disagree with nothing shown to explain it (``_unjudged``); never kept
UNJUDGED = "unjudged"
TOP = 8  # extremes examined on each side when looking for the most disagreeing pair


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str
    pair: tuple[str, str] | None
    # the revision a group holds beside a change its other figures show (old figure first)
    revised: tuple[str, str] | None = None


def _who(claim: Claim) -> str:
    who = claim.source if claim.origin_label in (claim.source, "the article") else (
        f"{claim.origin_label}, per {claim.source}" if claim.source != "the article"
        else claim.origin_label)
    return f"{who}, {claim.when_label}" if claim.when_label else who


def _sentence(text: str) -> str:
    """A reason as a sentence a fact-checker can quote: a capital first, a full stop last."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _describe(claim: Claim) -> str:
    return f"{claim.label} ({_who(claim)})"


def _conversions(*claims: Claim) -> str:
    notes = sorted({c.currency_note for c in claims if c.currency_note})
    return f" (in US dollars at the yearly average rate: {'; '.join(notes)})" if notes else ""


def most_disagreeing(claims: list[Claim], interval: Callable[[Claim], Interval],
                     allowed: Callable[[Claim, Claim], bool]) -> tuple[Claim, Claim] | None:
    """The allowed pair whose intervals are furthest apart, or None if every allowed pair
    overlaps. Returned lower one first."""
    # the few extremes without sorting the whole group (a group grows with the corpus)
    by_low = heapq.nsmallest(TOP, claims, key=lambda c: (-interval(c)[0], c.id))
    by_high = heapq.nsmallest(TOP, claims, key=lambda c: (interval(c)[1], c.id))
    best: tuple[float, Claim, Claim] | None = None
    for upper in by_low:
        b = interval(upper)
        for lower in by_high:
            if upper is lower:
                continue
            a = interval(lower)
            # the intervals first: a pair that overlaps is never the answer, and the test of
            # whether a pair may be compared at all is the dearer one
            if a[1] > b[0] or overlap(a, b) or not allowed(upper, lower):
                continue
            distance = gap(a, b)
            if best is None or distance > best[0]:
                best = (distance, lower, upper)
    return (best[1], best[2]) if best else None


def _by_time(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Two figures, the earlier first. A sentence that states both ("from 64 to 51", "to 95
    from 70") says which came first. A period inside the other's ("2024-07" and "2024-07-08",
    or the day a projection was printed) does not order them: the days they were given do (a
    month's figure printed on the 30th comes after a figure printed on the 8th), and when the
    day one was given is itself known only to its month (a count "given on Thursday" read as
    that month), the days their articles appeared do."""
    if a.sentence == b.sentence and a.earlier != b.earlier:
        return (a, b) if a.earlier else (b, a)
    if _nested(a.time_order[0], b.time_order[0]):
        given_a, given_b = a.time_order[1:], b.time_order[1:]
        if _nested(given_a[0], given_b[0]) and a.reported and b.reported:
            given_a, given_b = (a.reported, a.order), (b.reported, b.order)
        return (a, b) if given_a <= given_b else (b, a)
    return (a, b) if a.time_order <= b.time_order else (b, a)


def _nested(one: str | None, other: str | None) -> bool:
    """Whether one of two dates ("2024-07") holds the other ("2024-07-08")."""
    if not one or not other or one == other:
        return False
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(f"{shorter}-")


def _consistent(claims: list[Claim]) -> Verdict:
    """The two figures furthest apart that still agree, as the example a reader checks; a
    group no two of whose figures agree is no consistent one (``UNJUDGED``)."""
    lowest = heapq.nsmallest(TOP, claims, key=lambda c: (c.middle, c.id))
    low, others = lowest[0], []
    for candidate in lowest:
        # the example pair agrees: a part stated beside its whole (``SentenceMates``), below
        # every other figure, is no example
        others = [c for c in claims if c.sentence != candidate.sentence
                  and overlap(c.claim, candidate.claim)]
        if others:
            low = candidate
            break
    if not others:
        agreeing = _agreeing_pair(claims)
        if agreeing is None:
            return _unjudged(claims)
        low, others = agreeing[0], [agreeing[1]]
    high = max(others, key=lambda c: (c.middle, c.id))
    first, second = _by_time(low, high)
    return Verdict(CONSISTENT, _sentence(f"{_describe(first)} and {_describe(second)} agree: "
                                         "their ranges overlap" + _conversions(first, second)),
                   (first.id, second.id))


def _agreeing_pair(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """Two figures whose ranges share a value, of two sentences if any are, else of one (an
    amount and its conversion: "9 metres (30 feet)"); None when no two agree. One sort: in
    order of their lower ends, a figure agrees with an earlier one exactly when it starts
    below the highest upper end so far."""
    ordered = sorted(claims, key=lambda c: (c.claim, c.id))
    for apart in (True, False):
        # the earlier figure reaching highest, of each sentence's (two sentences: the
        # highest of any other sentence must be at hand, so the best two are kept)
        reach: list[Claim] = []
        for claim in ordered:
            for other in reach:
                if overlap(other.claim, claim.claim) and (
                        not apart or other.sentence != claim.sentence):
                    return other, claim
            reach = sorted([*reach, claim], key=lambda c: -c.claim[1])
            reach = [reach[0], *[c for c in reach[1:] if c.sentence != reach[0].sentence][:1]]
    return None


def _unjudged(claims: list[Claim]) -> Verdict:
    """A group whose figures disagree, none with another, though no rule shows them rival
    estimates of one time, one origin's revision or a change between periods: most often
    things the key could not tell apart (a part beside its whole, a district beside its
    country, a day beside a season). Called consistent it would say they agree, which is
    untrue; marked, it would say what nothing shows. It is left unjudged: the grouping keeps
    no such group (``judged``), and its figures stand alone or in the groups that do agree."""
    low = min(claims, key=lambda c: (c.middle, c.id))
    high = max(claims, key=lambda c: (c.middle, c.id))
    first, second = _by_time(low, high)
    return Verdict(UNJUDGED, _sentence(
        f"{_describe(first)} and {_describe(second)} differ, and nothing shows they are two "
        "estimates of one thing at one time, a revision or a change" + _conversions(first, second)),
        (first.id, second.id))


class _Judged(Protocol):
    """A group as ``judged`` reads it (the grouping's own)."""

    @property
    def id(self) -> str: ...
    verdict: str
    parent: str | None


G = TypeVar("G", bound=_Judged)


def judged(groups: list[G]) -> list[G]:
    """The groups that carry a verdict: an ``UNJUDGED`` group is left out, and a group inside
    it hangs from the nearest group kept around it (agreeing figures of a group that as a
    whole shows nothing stay a group of their own)."""
    dropped = {g.id: g.parent for g in groups if g.verdict == UNJUDGED}
    if not dropped:
        return groups
    kept = []
    for group in groups:
        if group.id in dropped:
            continue
        parent, seen = group.parent, set()
        while parent in dropped and parent not in seen:
            seen.add(parent)
            parent = dropped[parent]
        kept.append(group if parent == group.parent else replace(group, parent=parent))
    return kept


def revision_of(claims: list[Claim], origins: Origins, periods: dict[str, str | None], *,
                far: bool = False, weeks: bool = False) -> tuple[Claim, Claim] | None:
    """The revision one origin made among these figures, old figure first: one the text says
    replaces another ("from 38 to 912"), else two of its figures of the same known period that
    no longer overlap, or two of its bounds on one side whose stated values differ ("at least
    21", then "at least 37") (figures of an origin whose periods are unknown may have
    changed). ``far``: also two values several times apart that nothing says replaced one
    another (``revised_far``), which are no revision but may not be called consistent.
    ``weeks``: instead, only two counts of an event printed more than a week apart
    (``_tally_weeks_apart``), no revision but the count as it stood each day."""
    by_id = {c.id: c for c in claims}
    for claim in [] if weeks else sorted(claims, key=lambda c: c.time_order, reverse=True):
        old = by_id.get(claim.revises or "")
        # (a sentence that states both values, naming nobody for the old one, says whose it
        # was: "the canton revised its estimate from 3 million to 9 million", whoever else
        # the grouping gave it to)
        if old is not None and (origins.get(old.id) == origins.get(claim.id) or (
                old.sentence == claim.sentence and old.origin is None)):
            return old, claim
    told = _ChangeTold(claims)
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if not stands_alone(origins[claim.id]):
            by_origin[origins[claim.id]].append(claim)
    best: tuple[float, Claim, Claim] | None = None
    for members in by_origin.values():
        # a figure dated by its own words and one dated only by the day its article appeared
        # are not shown to describe one period: a poll of late September reprinted on 2
        # October is not revised by the same pollster's poll of 28 October
        # nor are two figures dated only by articles of different days: a count printed on
        # the 6th and a higher one printed on the 15th moved, unless the text says it was
        # corrected (then ``revises`` says so) or it counts what one event caused
        # nor do two figures of one article: a text that replaces its own count says so
        # ("revises"); two values of one release are two things its key cannot tell apart
        # nor two figures whose days are known and far apart: a tally of the 21st and a
        # higher one of the 28th, each dated by its own words, is a count that moved
        # nor, printed more than a day apart, two figures one of which names nobody: it is the
        # value some outlet printed, given to the body only because it restates its figures or
        # is an event's toll (the official count), and nothing says the body gave it, let
        # alone replaced it weeks later ("19,000 homes damaged" on the 3rd, the authority's
        # 59,000 on the 10th: the count grew, or counts another thing); the text would say so
        # (``revises``)
        # nor, printed more than a day apart, two figures each dated by its own words to one
        # period: a body's two values of one stated month or year printed weeks apart are far
        # more often two things its key cannot tell apart (a part beside its whole, a region
        # beside the nation) than one value replaced without a word (``revises``)
        # nor, printed more than a day apart, an event's count given later wholly below the
        # one given before it: what an event caused is found as the days go on, so a body's
        # toll that falls without a word is far more often a part of the first (one town's
        # dead beside the region's) than the toll replaced; the text would say so
        # (``_lowered_unsaid``)
        # nor a part its sentence states after its whole ("60 hurt, 9 of them badly":
        # ``parts_after``)
        # nor two values several times apart, that nothing says replaced one another
        # (``revised_far``), but for an event's toll of its dead (``_a_toll``) (two counts of
        # an event weeks apart, the tally as it stood each day, may lie any factor apart)
        # nor two counts of an event printed more than a week apart with no word that one
        # replaced the other (``_tally_weeks_apart``)
        def one_period(a: Claim, b: Claim) -> bool:
            return (a.article != b.article and (a.origin, b.origin) != (None, None)
                    and not a.after_whole and not b.after_whole
                    and not part_and_whole(a, b)
                    and ((a.origin is not None and b.origin is not None)
                         or _printed_near(a, b))
                    and periods.get(a.id) is not None
                    and periods.get(a.id) == periods.get(b.id) and _dated_alike(a, b)
                    and ((periods[a.id] in UNDATED_PERIODS
                          and _tally_weeks_apart(a, b, periods) is weeks)
                         or (not weeks and near_days(a, b)
                             and (a.reported_basis or _printed_near(a, b))))
                    and not told(a, b) and not _lowered_unsaid(a, b, periods)
                    and (far or weeks or (periods[a.id] == EVENT_PERIOD and _a_toll(a, b))
                         or not too_far_unstated(a, b)))

        pair = most_disagreeing(members, lambda c: c.claim, one_period)
        for side in (open_above, open_below):
            # one origin's bound that moved ("at least 21 deaths", weeks later "at least 37")
            # is its count revised, though the open sides overlap: each is the bound it
            # stood by when said, compared as stated
            bounds = [c for c in members if side(c)]
            if not pair and len(bounds) > 1:
                pair = most_disagreeing(bounds, lambda c: c.core, one_period)
        if pair:
            distance = gap(pair[0].claim, pair[1].claim) or gap(pair[0].core, pair[1].core)
            if best is None or distance > best[0]:
                best = (distance, *_by_time(*pair))
    return (best[1], best[2]) if best else None


def _lowered_unsaid(a: Claim, b: Claim, periods: dict[str, str | None]) -> bool:
    """Whether two figures of an event, printed more than a day apart, give a later value
    wholly below the earlier one, with no word that it replaced it (``revises``)."""
    if periods.get(a.id) != EVENT_PERIOD or _printed_near(a, b):
        return False
    first, later = _printed_in_order(a, b)
    return later.claim[1] < first.claim[0]


class _ChangeTold:
    """Whether one of two figures is the level a change its own sentence states reaches, and
    the other matches the level that change starts from ("fares will rise to 5.00 from 4.25",
    beside another report of the 4.25 fare): the text tells the quantity moving from one
    period to the next, and a sentence that replaced a stated figure would have said so
    (``revises``), so the two are no revision left unstated. So too the other way round: one
    figure is the level a change its own sentence starts from, and the other matches the level
    that change reaches ("output averaged 620 a day, down from 750", beside another report of
    the 620): the earlier value is the quantity before it moved, not a figure the later one
    silently replaced. The figures each sentence calls the value before its change, and those
    it gives beside them, are gathered once."""

    def __init__(self, claims: list[Claim]) -> None:
        self.before: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        self.after: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for claim in claims:
            (self.before if claim.earlier else self.after)[claim.sentence].append(claim)

    def __call__(self, a: Claim, b: Claim) -> bool:
        return any(
            (not new.earlier and any(c.id != new.id and overlap(c.claim, old.claim)
                                     for c in self.before.get(new.sentence, ())))
            or (old.earlier and not new.earlier and new.sentence != old.sentence
                and any(overlap(c.claim, new.claim) for c in self.after.get(old.sentence, ())))
            for new, old in ((a, b), (b, a)))


def _outcome_unshown(a: Claim, b: Claim, periods: dict[str, str | None], *,
                     projected: bool) -> bool:
    """Whether one of two figures projects an outcome ("will cost 61 billion"): a projection
    is no time, and a figure of a dated period beside it ("the line's cost, put at 48.5
    billion in February") may state the same outcome, so the two show no change between
    periods, only, if they disagree, two estimates of it. So too two figures dated only by the
    days their articles printed them, of a quantity some figure of which (``projected``) is
    such an outcome: each is an estimate of it as it stood that day, not a level it had."""
    return (PROJECTED_PERIOD in (periods.get(a.id), periods.get(b.id))
            or (projected and a.reported_basis and b.reported_basis))


def _bound_holds(a: Claim, b: Claim) -> bool:
    """Whether one of two figures is a bound the other's stated value lies within ("more than
    3,000 hectares" beside "3,400 hectares", "at least nine warnings" beside 14): the bound
    restates the value, rounded to its side, so the two show no change between their dates.
    Two bounds are compared as stated (one body's "at least 21", then "at least 37"), and so
    is a figure its sentence sets against another ("about 9,000, up from at least 7,500"): the
    text says it moved."""
    first, second = open_above(a) or open_below(a), open_above(b) or open_below(b)
    if first == second or a.compared or b.compared:
        return False
    bound, value = (a, b) if first else (b, a)
    return overlap(value.core, bound.claim)


def _dated_alike(a: Claim, b: Claim) -> bool:
    """Whether two figures are dated the same way: both by their own words, or both only by
    articles of one day (a figure dated by its article's day alone may describe days before)."""
    return a.reported_basis == b.reported_basis and not (
        a.reported_basis and a.reported != b.reported)


NEAR_DAYS = 1  # a report of the next day speaks of the day before ("yesterday's march")


def near_days(a: Claim, b: Claim) -> bool:
    """Whether two figures of one period may describe one day. A month is one period (a
    month's figures are dated by the day they were printed as often as by the day they
    describe), but two figures whose days are both known and more than a day apart describe
    two days: a count printed on the 6th and a higher one printed on the 15th moved, and so did
    one the text dates to the 15th and another it dates to the 19th. A figure dated only by its
    article's day says how things stood when it was printed, so it may set itself against
    another only when their days are at most a day apart (the same test ``revision_of``
    applies to one origin's figures)."""
    first, second = _day(a), _day(b)
    if first == second:
        return True
    apart = days_apart(first, second)
    if apart is not None:
        return apart <= NEAR_DAYS
    if a.reported_basis or b.reported_basis:
        return False
    # one dated to the day, the other only to the month: the days they were printed tell
    printed = days_apart(a.reported, b.reported)
    return printed is None or printed <= NEAR_DAYS


def _day(claim: Claim) -> str | None:
    """The day a figure speaks for: its own date, or its article's when nothing else dates it
    (its ``when`` is then only the article's month), or when its own words date it to a period
    not over that day ("36,000 arrivals this year", printed in June): a count of a year still
    running stands as it was on the day it was printed, so the same body's higher count of a
    later day is that count grown, not a revision of it. (A period still to come is a target
    or a forecast: it speaks for that period, whenever printed.)"""
    return claim.reported if claim.reported_basis or _running_period(claim) else claim.when


def _running_period(claim: Claim) -> bool:
    """Whether a figure its own words date to a year or a month that holds the day it was
    printed: begun and not over ("this year", printed in June)."""
    when, day = claim.when or "", claim.reported or ""
    if not when or not day or claim.event or claim.projected or claim.reported_basis:
        return False
    return len(when) < len(day) and when == day[:len(when)]


def days_apart(first: str | None, second: str | None) -> int | None:
    """Days between two ISO days, None unless both are whole days."""
    try:
        return abs((date.fromisoformat(first or "") - date.fromisoformat(second or "")).days)
    except ValueError:
        return None


def current(claims: list[Claim], origins: Origins) -> list[Claim]:
    """Each origin's standing figures: those that agree with its latest one, or that are many
    times apart from it (``_orders_apart``: another thing its key could not tell apart, a
    city's marchers beside the nation's, which the latest does not replace), and that no later
    figure of its own says it replaced; and no figure, whoever gives it, that restates a value
    the text says was replaced and not its replacement (an outlet repeating the first count
    repeats what its author has since corrected: an old version, not a rival estimate)."""
    replaced = {c.revises for c in claims if c.revises}
    restates_old = _restates_a_replaced_value(claims)
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_origin[origins[claim.id]].append(claim)
    standing: list[Claim] = []
    for members in by_origin.values():
        latest = max(members, key=lambda c: c.time_order)
        standing.extend(c for c in members
                        if c.id not in replaced
                        and (overlap(c.claim, latest.claim) or _orders_apart(c, latest))
                        and not restates_old(c))
    return standing


def _not_replaced(claims: list[Claim]) -> list[Claim]:
    """The figures, less those that restate a value the text says was replaced."""
    restates_old = _restates_a_replaced_value(claims)
    return [c for c in claims if not restates_old(c)]


def _restates_a_replaced_value(claims: list[Claim], revising: list[Claim] | None = None
                               ) -> Callable[[Claim], bool]:
    """Whether a figure restates a value the text says was replaced and not its replacement
    ("corrected its estimate from 24 to 37 percent": every 24 percent, whoever prints it and
    whenever); of the replacements ``revising`` only, when given (every one by default)."""
    if revising is None:
        revising = [c for c in claims if c.revises]
    if not revising:  # nothing replaced (most groups): no figure restates a replaced value
        return lambda c: False
    by_id = {c.id: c for c in claims}
    old = Ranges([by_id[c.revises].claim for c in revising if c.revises in by_id])
    new = Ranges([c.claim for c in revising if c.revises in by_id])
    return lambda c: old.holds(c.core) and not new.holds(c.core)


def _one_writer(a: Claim, b: Claim) -> bool:
    """Whether two figures are one article's own words, given to nobody but the writer's own
    "we": a writer does not contradict himself, so two such values that disagree are two
    things the key could not tell apart ("1.81 million voters" on the roll, "one deputy for
    every 3,271 voters"), or a change the text would say, not rival estimates."""
    writer = (None, writer_key(a.article))
    return a.article == b.article and a.origin in writer and b.origin in writer


def _unnamed_count_moved(a: Claim, b: Claim) -> bool:
    """Whether the later of two counts of what one event caused, printed days after the other,
    names nobody for its value ("three climbers died" on 9 March, "the avalanche killed 11" on
    21 May): a toll printed with no origin but the article is the count as it stood that day,
    so it is the earlier count grown or revised, not a rival estimate. (A body's own estimate
    printed after an unattributed toll may still rival it, and counts printed on one day, or
    the next, stay rivals.)"""
    if not (a.event and b.event) or a.article == b.article or a.after_whole or b.after_whole:
        return False  # (a part told after its whole is no count of the event: ``parts_after``)
    apart = days_apart(a.reported, b.reported)
    if apart is None or apart <= NEAR_DAYS:
        return False
    return _printed_in_order(a, b)[1].origin is None


def _both_unnamed(a: Claim, b: Claim, origins: Origins) -> bool:
    """Whether neither of two figures has an origin: each names nobody and restates no named
    estimate (``assign_origins`` leaves it standing alone). Two outlets' unattributed values
    that differ ("rents average $1,450", "the average rent is $1,380") tell of no two estimates
    that cannot both be right: nothing says whose each is, nor that they are one quantity of
    one day rather than two things, or an old value and its correction, that the key could not
    tell apart. Each may still contradict an estimate a named origin gives."""
    return stands_alone(origins.get(a.id, ALONE)) and stands_alone(origins.get(b.id, ALONE))


RIVAL_FACTOR = 10.0  # rival estimates of one quantity seldom differ by more than this factor


def _more_apart_than(a: Claim, b: Claim, factor: float) -> bool:
    """Whether the larger of two positive middles is more than ``factor`` times the smaller."""
    low, high = sorted((a.middle, b.middle))
    return low > 0 and high > factor * low


def _orders_apart(a: Claim, b: Claim) -> bool:
    """Whether one of two figures is more than ``RIVAL_FACTOR`` times the other (in the common
    unit, as stated). Two bodies' estimates of one quantity differ by a factor of a few at most
    (a union's 1,900 jobs against a board's 1,100; a city's 40,000 marchers against the
    organisers' 150,000); a value ten times another is, far more often, another thing the key
    could not tell apart (a district beside its country, one day beside a season, a part beside
    its whole), so the two are no contradiction: a false one misleads more than none. (A body
    revising its own count may move it further: "raised the toll from 38 to 912" stays a
    revision.)"""
    return _more_apart_than(a, b, RIVAL_FACTOR)


def _a_tally(claim: Claim) -> bool:
    """Whether a figure counts people or things (not a sum, a measure, a share or a rate)."""
    return claim.key.measure.startswith("count:")  # persons too: ``keys.PERSONS``


WRITER_FACTOR = 3.0  # a lone value this many times a named estimate is no rival of it


def _lone_far_apart(a: Claim, b: Claim, origins: Origins) -> bool:
    """Whether one of two figures stands alone (it names nobody, no named estimate of its
    period holds its value, and it is no event's official count: ``assign_origins``) while the
    other is a named estimate, and one is more than ``WRITER_FACTOR`` times the other. A
    writer's own value set down beside a body's estimate that many times apart is far more
    often another thing the key could not tell apart (a town's households beside the
    district's people, one ward beside the whole city) than a dispute of the body's figure:
    rival estimates a writer reports are given to whoever made them. (Two named estimates stay
    rivals up to ``RIVAL_FACTOR``: an official count against a study's.)"""
    if stands_alone(origins.get(a.id, ALONE)) == stands_alone(origins.get(b.id, ALONE)):
        return False
    return _more_apart_than(a, b, WRITER_FACTOR)


ARTICLE_FACTOR = 4.0  # two rival estimates one article sets down without a word of comparison


def _one_article_far_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures of one article, neither set against another value by its sentence
    ("three times the ministry's figure"), are more than ``ARTICLE_FACTOR`` times apart. A
    writer who reports two bodies' estimates of one quantity side by side mostly gives values
    well within that, or says how far apart they are; two values of one article that far
    apart, set down without a word, are far more often a part beside its whole that the key
    could not tell apart (one town's count beside the province's, one port's ships beside the
    four ports', a plant's output beside the nation's imports) than a dispute. (Articles
    apart stay rivals up to ``RIVAL_FACTOR``: each may give one body's estimate alone.)"""
    if a.article != b.article or a.compared or b.compared:
        return False
    return _more_apart_than(a, b, ARTICLE_FACTOR)


def _printed_in_order(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Two figures, the one printed first first."""
    return (a, b) if (a.reported or "", a.order) <= (b.reported or "", b.order) else (b, a)


class SentenceMates:
    """The figures each sentence of a group gives to each source, asked whether a figure's own
    sentence also gives, from the same source, a value that agrees with another figure. A
    writer who puts two values of one source side by side knows both: when one of them restates
    a rival's value, the other is a different thing the key could not tell apart (a part beside
    its whole: "of the 410 wells, 260 are dry"; an amount beside its conversion in a currency
    not read), not a second estimate of the rival's quantity. Two sources set against each
    other in one sentence ("the ministry counts 40, the UN 400") stay rivals. Each question is
    a bisection over the sentence's own figures."""

    def __init__(self, claims: list[Claim]) -> None:
        by_sentence: dict[tuple[tuple[str, int], str | None], list[Claim]] = defaultdict(list)
        for claim in claims:
            by_sentence[(claim.sentence, claim.origin)].append(claim)
        self._others = {said: members for said, members in by_sentence.items()
                        if len(members) > 1}
        self._ranges: dict[tuple[tuple[str, int], str | None], Ranges] = {}

    def agree(self, claim: Claim, other: Claim) -> bool:
        """Whether a figure ``claim``'s sentence gives to ``claim``'s source, other than
        ``claim``, agrees with ``other``."""
        said = (claim.sentence, claim.origin)
        members = self._others.get(said)
        if not members or overlap(claim.claim, other.claim):
            return False  # (figures that agree are no rivals anyway)
        if said not in self._ranges:
            # each mate as stated, its open side left out: "at least 200" beside "about 2,700"
            # reaches any higher rival by its open side alone, which shows no part and whole
            self._ranges[said] = Ranges([m.core for m in members])
        # the hit is not the figure itself, which does not agree with ``other``
        return self._ranges[said].holds(other.claim)


class Coexisting:
    """Whether two origins' figures, each dated only by the day its article printed it, stood at
    the same time. A value printed on several days stands over those days: a rival origin's
    different value printed within them is not a change of the quantity between two days but a
    disagreement between two estimates that stood side by side ("the federation says 1,900 jobs"
    on the 12th and the 20th, "the levy board says 1,100" on the 15th). Each value's span is the
    first and last day anyone named printed a value that agrees with it (an estimate restated by
    an outlet under another name stands as well); at least one of the two spans must cover more
    than one day (two figures printed once each, on different days, may be a change). A figure
    its own words date to a period not over on the day it was printed ("under next year's
    quota") stands from that day as an undated one does (``_not_over``). A figure nobody is
    named for ("the claim that the strike costs 330 million a day") stands while a named origin
    printed its value: it restates that value (which of two origins that gave it, nothing says),
    so it makes no span of its own, and two such figures are never set side by side."""

    def __init__(self, claims: list[Claim], origins: Origins) -> None:
        self._origins = origins
        dated = [c for c in claims if ((c.reported_basis and not _running(c)) or _not_over(c))
                 and _whole_day(c.reported)]
        held = [c for c in dated if not stands_alone(origins.get(c.id, ALONE))]
        self._held = {c.id for c in dated}
        # each value as stated: "more than 40" and "more than 1,100" are two values, though
        # their open sides meet
        self._days = [(c.core, c.reported or "") for c in held]
        self._spans: dict[str, tuple[str, str] | None] = {}

    def _span(self, claim: Claim) -> tuple[str, str] | None:
        if claim.id not in self._spans:
            days = [day for held, day in self._days if overlap(held, claim.core)]
            self._spans[claim.id] = ((min(days), max(days)) if claim.id in self._held and days
                                     else None)
        return self._spans[claim.id]

    def __call__(self, a: Claim, b: Claim) -> bool:
        if (self._origins.get(a.id, ALONE) == self._origins.get(b.id, ALONE)
                or _both_unnamed(a, b, self._origins)):
            return False
        first, second = self._span(a), self._span(b)
        if first is None or second is None or (first[0] == first[1] and second[0] == second[1]):
            return False
        return _spans_meet(first, second)


DEATHS = "deaths"  # the class of a death toll (``[[classes]]`` of store/data/quantities.toml)
# the classes of a toll of an event's dead: its deaths, and its dead and missing counted together
TOLLS = (DEATHS, "dead or missing")


def _a_toll(a: Claim, b: Claim) -> bool:
    """Whether two figures of an event count its dead, a toll which the body that keeps it may
    raise by any factor without a word as the dead are found (the guide's "raised the official
    toll from 38 to 912"). Another count of an event, or a sum it cost, given by one origin at
    values several times apart with no word that one replaced the other, is far more often two
    things the key could not tell apart (the injured one clinic treated beside the region's,
    one sector's damage beside the whole) than one count quietly replaced (``revised_far``)."""
    return a.key.thing in TOLLS and b.key.thing in TOLLS


REVISED_WITHIN_DAYS = 7  # an unstated revision of an event's count is printed within a week


def _printed_weeks_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures of different articles were printed more than
    ``REVISED_WITHIN_DAYS`` apart. A body's count of what an event caused, given again weeks
    later at another value with no word that it replaced the first, is far more often the
    tally as it stood that day (the injured registered as the days went on, the buildings
    inspected so far) than one figure silently corrected: a text that revises such a count
    says so (``revises``). Within a week, a first count and its correction stay one count
    revised."""
    apart = days_apart(a.reported, b.reported)
    return a.article != b.article and apart is not None and apart > REVISED_WITHIN_DAYS


def _tally_weeks_apart(a: Claim, b: Claim, periods: dict[str, str | None]) -> bool:
    """Whether two counts of what an event caused were printed more than a week apart
    (``_printed_weeks_apart``). Not a death toll: the dead of an event are its toll, which
    the body that keeps it raises as the dead are found and named (the annotation guide's own
    revision: "raised the official toll from 38 to 912"); the injured it registers, the homes
    and schools it has inspected so far, are a tally of work still going on. Not a sum (an
    estimate of damage is reckoned again as claims come in, and a new reckoning replaces the
    old) nor a projection (a forecast given again months later is the forecast revised)."""
    return (periods.get(a.id) == EVENT_PERIOD and _a_tally(a) and _a_tally(b)
            and DEATHS not in (a.key.thing, b.key.thing) and _printed_weeks_apart(a, b))


def _printed_near(a: Claim, b: Claim) -> bool:
    """Whether two figures were printed at most ``NEAR_DAYS`` apart."""
    apart = days_apart(a.reported, b.reported)
    return apart is not None and apart <= NEAR_DAYS


def _running(claim: Claim) -> bool:
    """Whether a figure dated only by its article is a running total ("1,100 aftershocks since
    the quake"), counted up to the day it was printed (its date keeps the day): it grows, so it
    stands on no day but its own."""
    return claim.reported_basis and _whole_day(claim.when)


def _not_over(claim: Claim) -> bool:
    """Whether a figure its own words date describes a period not over on the day it was
    printed ("1,900 jobs at risk under the 2032 quota", printed in March 2031): what it says
    stands from that day on, as a figure dated only by its article's day does."""
    when, day = claim.when or "", claim.reported or ""
    if not when or not day or claim.event or claim.projected or claim.reported_basis:
        return False
    # a year or a month still running, or a period to come; a day is over when it ends
    return when > day[:len(when)] or (len(when) < len(day) and when == day[:len(when)])


def _spans_meet(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two spans of days overlap or lie at most ``NEAR_DAYS`` apart."""
    if first[0] > second[0]:
        first, second = second, first
    if second[0] <= first[1]:
        return True
    apart = days_apart(first[1], second[0])
    return apart is not None and apart <= NEAR_DAYS


def _whole_day(when: str | None) -> bool:
    return bool(when) and len(when or "") == len("2024-01-01")


def judge(claims: list[Claim], periods: dict[str, str | None], origins: Origins, *,
          series: bool) -> Verdict:
    """The verdict of one group. ``periods`` maps each figure to its known period (None when its
    date is too coarse to tell), ``origins`` to whose estimate it is. A series (figures of
    several periods) is judged on how the quantity moved between periods; its periods' own
    groups carry any contradiction or revision."""

    def apart(a: Claim, b: Claim) -> bool:
        return a.sentence != b.sentence

    def same_period(a: Claim, b: Claim) -> bool:
        return apart(a, b) and periods.get(a.id) is not None and periods[a.id] == periods.get(b.id)

    def other_period(a: Claim, b: Claim) -> bool:
        # a sentence that sets one figure against another ("up from 2.35 percent a year
        # earlier"), or dates two of them to two periods, states a change by itself
        return ((apart(a, b) or a.compared or b.compared or dated_apart(a, b))
                and not same_period(a, b) and not side_by_side(a, b))

    coexist = Coexisting(claims, origins)
    projected = any(periods.get(c.id) == PROJECTED_PERIOD for c in claims)

    # (the quantity's: a group of one period of it holds none of its projections); a count is
    # a level on the day it is given, not an outcome: a plan's count ("would move about 450
    # families") leaves two bodies' counts printed a week apart a count that moved
    outcome = projects(periods) and not _a_count(claims)

    def of_the_outcome(a: Claim, b: Claim) -> bool:
        # beside a projection, figures nothing dates but their articles' days are each an
        # estimate of the outcome as it stood that day (``_outcome_unshown``): two bodies'
        # differing values are rival estimates of it, whenever printed
        return outcome and a.reported_basis and b.reported_basis

    def other_known_period(a: Claim, b: Claim) -> bool:
        return (other_period(a, b) and periods.get(a.id) is not None
                and periods.get(b.id) is not None and not coexist(a, b)
                and not _bound_holds(a, b)
                and not _outcome_unshown(a, b, periods, projected=projected))

    if series:
        # a value the text says was replaced, restated in its own period, shows an old version
        # of an estimate, not a level the quantity had: a change is shown by the rest
        changed = _change(_not_replaced(claims), periods, other_known_period, series=True)
        if changed:
            return changed
    tally = _running_tally(claims)
    if tally:
        return tally
    standing = current(claims, origins)
    rivals = {c.id for c in standing if not c.after_whole}
    mates = SentenceMates(claims)

    def rival(a: Claim, b: Claim) -> bool:
        return (a.id in rivals and b.id in rivals and origins[a.id] != origins[b.id]
                and ((same_period(a, b)
                      and (periods[a.id] in UNDATED_PERIODS or near_days(a, b)))
                     or (apart(a, b) and (coexist(a, b) or of_the_outcome(a, b))))
                and not mates.agree(a, b) and not mates.agree(b, a)
                and not _one_writer(a, b) and not _unnamed_count_moved(a, b)
                and not _orders_apart(a, b) and not _both_unnamed(a, b, origins)
                and not _lone_far_apart(a, b, origins) and not _one_article_far_apart(a, b)
                and not part_and_whole(a, b))

    pair = most_disagreeing(standing, lambda c: c.claim, rival)
    if pair:
        first, second = _by_time(*pair)
        period = periods[first.id]
        when = ("the same event" if period == EVENT_PERIOD else "the same projected outcome"
                if period == PROJECTED_PERIOD else f"the same period ({period})"
                if same_period(first, second) else "the same projected outcome"
                if of_the_outcome(first, second) and not coexist(first, second)
                else f"the same time (printed on {first.reported_label} and "
                     f"{second.reported_label}, each repeated by its origin while the other "
                     "stood)")
        return Verdict(CONTRADICTION,
                       _sentence(f"{_describe(first)} and {_describe(second)} are two estimates "
                                 f"of {when} that cannot both be right: their ranges do not "
                                 "overlap" + _conversions(first, second)),
                       (first.id, second.id))
    # figures whose dates do not show one period: they may show a change
    def not_shown_one_period(a: Claim, b: Claim) -> bool:
        return (periods.get(a.id) is None or periods[a.id] != periods.get(b.id)
                or not _dated_alike(a, b)
                or (periods[a.id] not in UNDATED_PERIODS and not near_days(a, b)))

    revised = revision_of(claims, origins, periods)
    if revised:
        old, new = revised
        # a revision is the whole story only if the figures that restate neither its old nor
        # its new value show no change beside the new one: a running total corrected for its
        # first week, then printed by another origin weeks later at another value, moved as
        # well (the reviser's own other values are its further revisions; the other values of
        # the articles that state the revision are other things the key could not tell apart,
        # as in ``revision_of``; a value in another unit than the new one differs only through
        # a conversion, which shows no move; nor does a figure its own origin replaced)
        beside = [c for c in claims if c.id in rivals
                  and c.article not in (old.article, new.article)
                  and origins[c.id] != origins[new.id] and c.unit == new.unit
                  and not overlap(c.claim, old.claim) and not overlap(c.claim, new.claim)]
        moved = beside and _change([new, *beside], periods, not_shown_one_period,
                                   series=False, interval=lambda c: c.claim)
        if moved:
            return Verdict(CHANGE, moved.reason, moved.pair, (old.id, new.id))
        return Verdict(REVISION, _sentence(
            f"{new.origin_label} revised its own figure from {old.label} "
            f"({old.reported_label}) to {new.label} ({new.reported_label})"
            + _conversions(old, new)), (old.id, new.id))
    grown = revision_of(claims, origins, periods, weeks=True)
    if grown:
        old, new = grown
        return Verdict(CHANGE, _sentence(
            f"{new.origin_label} gave {old.label} ({old.reported_label}) and {new.label} "
            f"({new.reported_label}), more than a week apart, with no word that one replaced "
            "the other: the count as it stood each day, not a revision"
            + _conversions(old, new)), (old.id, new.id))
    # (an event's count other than its toll of the dead, several times the other, is no count
    # grown or revised either: ``_a_toll``)
    unnamed = most_disagreeing(
        standing, lambda c: c.claim,
        lambda a, b: _unnamed_count_moved(a, b) and (
            _a_toll(a, b) or not too_far_unstated(a, b)))
    if unnamed:
        old, new = _printed_in_order(*unnamed)
        return Verdict(REVISION, _sentence(
            f"The count of the event went from {_describe(old)}, printed {old.reported_label}, "
            f"to {_describe(new)}, printed {new.reported_label}; the later toll, printed with "
            "no origin but the article, is the count as it then stood, not a rival estimate"
            + _conversions(old, new)), (old.id, new.id))
    # figures whose dates do not show different periods show a change only if they disagree
    # (with rounding and open sides): "at least 3,000" and "3,212" agree, whenever said
    # (two figures no words of their own date, that nothing sets against each other, show no
    # move: ``_move_unshown``; nor does a figure dated only by its article's day beside one
    # whose date, too coarse for a period, holds that day: ``unplaced_move``; nor do two
    # figures of one sentence that neither sets one against the other nor dates apart, whatever
    # their dates leave unknown: "three ferries instead of eight", "€40 million for roads, €6
    # million for schools" are two things side by side, as the module says; a table's row is
    # no sentence: its columns may date its cells apart, which ``tables`` leaves unread)
    def shown(a: Claim, b: Claim) -> bool:
        return (not _move_unshown(a, b, periods) and not unplaced_move(a, b, periods)
                and not held_move(a, b) and not part_and_whole(a, b)
                and (apart(a, b) or a.compared or b.compared or dated_apart(a, b)
                     or a.table_row))

    changed = _change(claims, periods, lambda a, b: other_known_period(a, b) and shown(a, b),
                      series=False) or _change(
        claims, periods, lambda a, b: other_period(a, b) and shown(a, b), series=False,
        interval=lambda c: near_bound(c.claim, c.core)) or _change(
        claims, periods,
        lambda a, b: not_shown_one_period(a, b) and shown(a, b) and not side_by_side(a, b),
        series=False, interval=_as_it_stood)
    if changed:
        return changed
    # a group is never called consistent while two of its figures disagree that are not shown
    # to describe one period (of different or unknown periods, one dated by its own words and
    # the other only by its article's day, both only by articles of different days, or of
    # days far apart), even when one sentence states both: when nothing shows those two
    # moved either, the group is left unjudged
    if most_disagreeing(claims, _as_it_stood,
                        lambda a, b: not_shown_one_period(a, b) or side_by_side(a, b)
                        or moves_apart(a, b)):
        return _unjudged(claims)
    # nor while one origin's two values lie several times apart with no word that one
    # replaced the other (``revised_far``): nothing says what they are
    if revision_of(claims, origins, periods, far=True):
        return _unjudged(claims)
    return _consistent(claims)


def side_by_side(a: Claim, b: Claim) -> bool:
    """Whether one sentence sets two figures of one date side by side by a comparison word
    alone, no word of time after the value it compares ("63 percent of one ward, against
    18 percent of another", "compared with", "more than"; not "up from", "fell from", nor
    "against 130 at the end of May": ``Claim.contrasted``): two places, groups or parts on one
    day, not one quantity at two times. Their difference shows no change (were they one
    quantity, one sentence would contradict itself), and nothing makes them agree either."""
    return (a.sentence == b.sentence and (a.contrasted or b.contrasted)
            and not a.earlier and not b.earlier and a.when == b.when
            and a.reported_basis == b.reported_basis and a.event == b.event
            and a.projected == b.projected)


def _undated(claim: Claim, periods: dict[str, str | None]) -> bool:
    """Whether no words of a figure's own date it: it has no date at all, or is dated only by
    the day its article printed it (a running total, "since the quake", is dated by its own
    words: up to that day), or stands for an event or a projected outcome, which no day
    bounds."""
    return (not claim.when or (claim.reported_basis and not _running(claim)) or claim.event
            or claim.projected or periods.get(claim.id) in UNDATED_PERIODS)


def _move_unshown(a: Claim, b: Claim, periods: dict[str, str | None]) -> bool:
    """Whether nothing shows the quantity moved between two differing figures: neither is
    dated by words of its own ("in March", "last year"), they stand in different sentences,
    and neither sentence sets its figure against another ("up from 9,600") or dates two
    figures apart. Two such values printed on different days ("210 boats" in one article,
    "about 24 boats" in another a month later; "a 4,600 a day" flow beside a projection of
    23,000) are far more often two things the key could not tell apart, a figure beside its
    own conversion or a headline's round number beside its body's, than one quantity that
    moved: called a change over time, the group would say what nothing shows."""
    return (a.sentence != b.sentence and not a.compared and not b.compared
            and not dated_apart(a, b) and _undated(a, periods) and _undated(b, periods))


TALLY_STEPS = 3  # values, each above the last and given on a later day, that make a tally


def _a_count(claims: list[Claim]) -> bool:
    """Whether a group's figures count things (people, families, boats) rather than measure an
    amount (a cost, a volume)."""
    return bool(claims) and claims[0].key.measure.startswith("count:")


def _running_tally(claims: list[Claim]) -> Verdict | None:
    """A count of what an event caused that the text gives as it grew: three values at least,
    each wholly above the one before and given on a later day ("at least 38 dead" on the 14th,
    71 on the 15th, 81 on the 17th), show bodies found or surveys going on, a change over time,
    not rival estimates of the event, when more than one voice gives them (one body's count
    raised as it went is that body's revisions, and two bodies whose counts disagree on one day
    are rivals, each perhaps raising its own). The day of each is the day the text
    says it was counted, else the day its article printed it. A count the text says one body
    raised ("raised the toll from 412 to 1,046") is that body revising its count, no tally; a
    value the text says was corrected down is left out (the correction is a revision inside
    the change: ``revised``).
    The first and the last value of the rise must both be counts of the event (a count the text
    dates by its own day beside the event's first toll is judged by its periods). Only for
    a count of a group holding figures of an event (any other count is dated by its
    own words and judged by its periods; a measure of an event, "2 million cubic metres of
    rock", does not grow once it happened). One sort and a bisection per figure."""
    if not any(c.event for c in claims) or not claims[0].key.measure.startswith("count:"):
        return None
    by_id = {c.id: c for c in claims}
    if any(c.revises in by_id and c.core[0] > by_id[c.revises].core[1] for c in claims):
        return None  # "raised the toll from 412 to 1,046": a body revising its own count
    # (only a count corrected down is left out, with every figure that restates its old value)
    lowered = [c for c in claims if c.revises in by_id and c.core[1] < by_id[c.revises].core[0]]
    restates_old = _restates_a_replaced_value(claims, lowered)
    dated = sorted(((day, c) for c in claims if not restates_old(c)
                    if _whole_day(day := c.counted_on or _day(c) or c.reported)),
                   key=lambda item: (item[0], item[1].core[0]))
    if len({c.origin for _, c in dated}) < 2 or _rivals_on_one_day(dated):
        return None  # one body's count raised as it went, or two bodies' counts side by side
    rise = _rise(dated)
    if rise is not None and not (rise[0].event and rise[1].event):
        # (counts dated by their own days beside the event's first toll are judged by their
        # periods: the rise must start and end with counts of the event)
        rise = _rise([(day, c) for day, c in dated if c.event])
    if rise is None:
        return None
    first, last = rise
    stated = lowered[0] if lowered else None
    return Verdict(CHANGE, _sentence(
        f"The count rose as it was given day by day ({TALLY_STEPS} values or more, each above "
        f"the last), from {_describe(first)} to {_describe(last)}: a running tally, not rival "
        "estimates" + _conversions(first, last)), (first.id, last.id),
        (stated.revises or "", stated.id) if stated else None)


def _rivals_on_one_day(dated: list[tuple[str, Claim]]) -> bool:
    """Whether two bodies named for their counts give values that disagree on one day (the
    ministry's 3 beside the Red Cross's 5): rival counts, each perhaps raised as it went, not
    one tally. One pass."""
    spans: dict[tuple[str, str], Interval] = {}
    for day, claim in dated:
        if claim.origin is not None:
            low, high = spans.get((day, claim.origin), claim.core)
            spans[(day, claim.origin)] = (min(low, claim.core[0]), max(high, claim.core[1]))
    by_day: dict[str, list[Interval]] = defaultdict(list)
    for (day, _), span in spans.items():
        by_day[day].append(span)
    return any(min(s[1] for s in found) < max(s[0] for s in found)
               for found in by_day.values() if len(found) > 1)


def _rise(dated: list[tuple[str, Claim]]) -> tuple[Claim, Claim] | None:
    """The first and last figure of the longest run of values, each wholly above the one before
    and given on a later day, when it is ``TALLY_STEPS`` long at least (patience sorting on
    intervals: one bisection per figure)."""
    tops: list[float] = []  # the lowest top of a chain of each length so far
    ends: list[tuple[Claim, Claim]] = []  # each length's first and last figure
    pending: list[tuple[int, float, tuple[Claim, Claim]]] = []
    day_now = None
    for day, claim in dated:
        if day != day_now:  # a day's figures extend chains of earlier days only
            _extend(tops, ends, pending)
            pending, day_now = [], day
        low, high = claim.core
        steps = bisect.bisect_left(tops, low)  # chains whose top lies wholly below
        first = ends[steps - 1][0] if steps else claim
        pending.append((steps, high, (first, claim)))
    _extend(tops, ends, pending)
    return ends[-1] if len(tops) >= TALLY_STEPS else None


def _extend(tops: list[float], ends: list[tuple[Claim, Claim]],
            pending: list[tuple[int, float, tuple[Claim, Claim]]]) -> None:
    """One day's figures added to the chains (patience sorting on intervals)."""
    for steps, high, pair in pending:
        if steps == len(tops):
            tops.append(high)
            ends.append(pair)
        elif high < tops[steps]:
            tops[steps] = high
            ends[steps] = pair


def _as_it_stood(claim: Claim) -> Interval:
    """Every value a figure allows, save that a running total's bound ("at least 40 attacks
    since 2024") is its value on its own day: the total grows, so the bound says where it
    stood when printed, not what it may be on a later day."""
    return claim.core if _running(claim) else claim.claim


def _change(claims: list[Claim], periods: dict[str, str | None],
            allowed: Callable[[Claim, Claim], bool], *, series: bool,
            interval: Callable[[Claim], Interval] = lambda c: c.core) -> Verdict | None:
    # (two moves over different spans or from different points are no one quantity at two
    # times: ``moves``; nor a target or forecast for a period still to come beside a level:
    # ``still_to_come``; nor one article's figure dated by its own words beside one dated only
    # by its day, nothing setting either against another: ``one_article``)
    pair = most_disagreeing(claims, interval,
                            lambda a, b: allowed(a, b) and not moves_apart(a, b)
                            and not target_beside_level(a, b)
                            and not dated_beside_undated(a, b))
    if not pair:
        return None
    first, second = _by_time(*pair)
    known = periods.get(first.id) is not None and periods.get(second.id) is not None
    why = ("" if known
           else "; the dates do not show whether they describe the same period")
    span = "Over time"
    if series:
        # (a figure's period may name the day its article printed it, finer than its date:
        # ``printed_days``)
        dated = [_finer(c.when, periods.get(c.id)) for c in claims if c.when]
        if dated:
            span = f"Between {min(dated)} and {max(dated)} ({len(claims)} figures)"
    return Verdict(CHANGE, _sentence(
        f"{span}, the figure changed from {_describe(first)} to {_describe(second)}{why}"
        + _conversions(first, second)), (first.id, second.id))


def _finer(when: str, period: str | None) -> str:
    """A figure's date, or its period where that names a day within it."""
    return period if period and len(period) > len(when) and period.startswith(when) else when


EVENT_PERIOD = "the event"
PROJECTED_PERIOD = "the projection"  # what a project will cost or carry, whenever it is said
UNDATED_PERIODS = (EVENT_PERIOD, PROJECTED_PERIOD)  # periods no day of printing bounds


class QuantityPeriods(dict[str, "str | None"]):
    """Each figure's period in one quantity, which every group of the quantity is judged
    against: whether any is a projected outcome is asked of each group, so it is answered once
    (asked afresh of a popular quantity's hundreds of groups, it made judging grow with the
    square of the quantity). Built whole, never changed after."""

    @cached_property
    def projects(self) -> bool:
        return PROJECTED_PERIOD in self.values()


def projects(periods: dict[str, str | None]) -> bool:
    """Whether any figure of the quantity is a projected outcome."""
    if isinstance(periods, QuantityPeriods):
        return periods.projects
    return PROJECTED_PERIOD in periods.values()


def spread(claims: list[Claim]) -> float:
    """Highest over lowest midpoint in the common unit (1.0 when they agree exactly)."""
    mids = [c.middle for c in claims]
    lowest, highest = min(mids), max(mids)
    if highest == lowest:
        return 1.0
    if lowest <= 0:
        return 1e6
    return round(min(highest / lowest, 1e6), 3)
