"""Conflict groups: figures about the same quantity, compared, with a verdict.

Runs once per ingest, after the actors are resolved (``store.ingest.corpus_stage``). Figures are
bucketed by quantity key (never compared pair by pair across the corpus); a bucket whose figures
span several periods gives a series, ordered by date (how the quantity moved), plus one group per
period that more than one sentence speaks to (whether the sources of that period agree). A group
needs figures from at least two sentences. Beside the quantities, groups of agreement only: the
very same distinctive number repeated under names the keys keep apart (``_repeated_words``), a
headline's number its own article's body restates in the same unit, any count as one
(``_headline_restated``), one number under one name in several articles
(``store.conflicts.restated``: also one source's number retold by several articles), and
figures in doubt that agree (``_without_guesses``). Across quantities too, a revision the text
states and a contradiction, each with the figures that give one of its two distinctive numbers
(``store.conflicts.revisions_restated``, ``store.conflicts.contradictions_restated``).
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from store.actors.lookup import ActorIndex
from store.conflicts.attach import BARE_COUNT, as_written, attach, stable
from store.conflicts.contradictions_restated import contradictions_restated
from store.conflicts.conversions import with_conversion_rounding
from store.conflicts.dated_apart import one_sentence_dates_apart
from store.conflicts.earlier_placed import stated_changes
from store.conflicts.headlines import rounded_in_body
from store.conflicts.issuers import as_issuers, as_mentioned, issuer_of, speaking_for
from store.conflicts.keys import (
    BY_ARTICLE,
    MONEY_RATE,
    PERSONS,
    Claim,
    QuantityKey,
    armed_group_keys,
    claim_of,
    measure_of,
    with_fates,
)
from store.conflicts.origins import Ranges, assign_origins, restated_whens, stands_alone
from store.conflicts.parts_after import with_parts_marked
from store.conflicts.periods import PeriodScale
from store.conflicts.printed_days import by_printed_day
from store.conflicts.ranges import Interval, overlap, scale, widen
from store.conflicts.rates import CURRENCY_CODE, convertible
from store.conflicts.restated import restated_by_name, restated_by_origin, ungrouped
from store.conflicts.revisions_restated import revisions_restated
from store.conflicts.revisions_said import restating_either, revisions_said
from store.conflicts.scope import Resolve, alias_resolver, display_name, lower_case_words
from store.conflicts.stated_rates import stated_rates
from store.conflicts.stories import article_places, by_story
from store.conflicts.strays import strays_of
from store.conflicts.tables import Tables
from store.conflicts.verdicts import (
    CHANGE,
    CONSISTENT,
    CONTRADICTION,
    EVENT_PERIOD,
    PROJECTED_PERIOD,
    REVISION,
    UNJUDGED,
    Origins,
    QuantityPeriods,
    judge,
    judged,
    spread,
)
from store.model import FILE_TIME, corpus_order
from store.packing import unpack_items
from store.storage import settle

QUANTITY, PERIOD, ESTIMATE = "quantity", "period", "estimate"


def group_id(key_text: str) -> str:
    return "c" + hashlib.sha1(key_text.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Group:
    key: str
    quantity: str
    verdict: str
    reason: str
    spread: float
    claims: tuple[Claim, ...]
    parent: str | None = None  # id of the enclosing group
    kind: str = QUANTITY  # QUANTITY, PERIOD or ESTIMATE
    pair: tuple[str, str] | None = None  # the two figures the reason names
    revised: tuple[str, str] | None = None  # a revision held beside a change (old first)

    @property
    def id(self) -> str:
        return group_id(self.key)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent": self.parent,
            "kind": self.kind,
            "pair": list(self.pair) if self.pair else None,
            "quantity": self.quantity,
            "key": self.key,
            "verdict": self.verdict,
            "spread": self.spread,
            "reason": self.reason,
            "figures": [c.id for c in self.claims],
            "values": {c.id: [c.values[0], c.values[1]] for c in self.claims},
        }


PLACE_TYPES = frozenset({"GPE", "LOC"})


def actor_resolver(actor_rows: Iterable[dict[str, Any]],
                   mention_docs: Iterable[dict[str, Any]] = ()) -> Resolve:
    """Places and groups resolve to the corpus's actors ("ISIS" and "IS" are one group, "Syria
    and Iraq" the same places as "Iraq and Syria"), then to the curated aliases. ``mention_docs``
    (the store's mentions, packed per article) say which actor each phrase of an article
    names, "the company" and "the union" included (``issuers.as_mentioned``)."""
    actor_rows = list(actor_rows)
    index = ActorIndex.from_rows(actor_rows)
    curated = alias_resolver()

    def resolve(name: str) -> str | None:
        return index.resolve(name) or curated(name)

    # the actors that are places: a body's name is never one (``keys.origin_key``)
    resolve.places = frozenset(  # type: ignore[attr-defined]
        row["id"] for row in actor_rows if row.get("type") in PLACE_TYPES)
    # the actors that are people: who may speak for a body (``issuers.speaking_for``)
    resolve.people = frozenset(  # type: ignore[attr-defined]
        row["id"] for row in actor_rows if row.get("type") == "PERSON")
    # the actors that are bodies: who a description or an office names (``issuers``)
    resolve.bodies = frozenset(  # type: ignore[attr-defined]
        row["id"] for row in actor_rows if row.get("type") == "ORG")
    resolve.names = {row["id"]: row.get("name", "")  # type: ignore[attr-defined]
                     for row in actor_rows}
    resolve.spans = {  # type: ignore[attr-defined]
        doc["article"]: sorted((s, e, actor) for s, e, _, actor, _ in unpack_items(
            doc.get("items", "")) if actor)
        for doc in mention_docs if doc.get("article")}
    return resolve


Adjust = Callable[[list[Claim]], list[Claim]]


def build_conflicts(figures: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]],
                    resolve: Resolve, adjust: Adjust | None = None) -> list[dict[str, Any]]:
    """Conflict rows for a corpus, as plain dicts (see docs/schema.md). ``adjust`` sees the
    figures as the grouping reads them before they are bucketed: the reader's judgements take
    figures out or move them to another quantity there (``store.review``). The cyclic garbage
    collector is paused meanwhile: the grouping makes millions of small objects that live until
    it ends, and the collector's passes over them grew faster than the corpus."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build(figures, articles, resolve, adjust)
    finally:
        if paused:
            settle()  # the rows made meanwhile go to the oldest generation, not walked now
            gc.enable()


def _build(figures: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]],
           resolve: Resolve, adjust: Adjust | None) -> list[dict[str, Any]]:
    claims = as_revised(claims_of(figures, articles, resolve))
    if adjust is not None:
        claims = adjust(claims)
    buckets, ambiguous = attach(claims)
    unsure = {c.id for c in ambiguous}
    groups: list[Group] = []
    places = article_places(claims)
    for parts, every_story in sorted(buckets.items(), key=lambda item: stable(item[0])):
        key = QuantityKey.from_tuple(parts)
        stories = by_story(every_story, places)
        chunks = [(s, part) for s, members in enumerate(stories)
                  for chunk in magnitudes(in_own_currency(members))
                  for part in projections_apart(key, chunk)]
        for n, (story, chunk) in enumerate(chunks):
            suffix = (f"~{n}" if len(chunks) > len(stories) else "") + (
                f"#story{story}" if story else "")
            found = groups_of(key, chunk, suffix)
            if found and found[0].verdict != CONSISTENT and any(c.id in unsure for c in chunk):
                # a figure that might belong to several quantities may show that figures agree,
                # never that they disagree: a guess must not make a conflict
                found = _without_guesses(key, chunk, suffix, found, unsure)
            groups.extend(found)
            groups.extend(revisions_said(key, chunk, suffix, found, groups_of))
    home = {c.id: parts for parts, members in buckets.items() for c in members}
    every = [*(c for c in ambiguous if c.id not in home),
             *(c for members in buckets.values() for c in members)]
    groups.extend(contradictions_restated(every, groups))
    groups.extend(_repeated_words(every, home))
    groups.extend(revisions_restated(every, home, groups_of, places))
    groups.extend(_headline_restated(every, home))
    groups.extend(g for members in restated_by_name(every)
                  if (g := _restating(f"{members[0].id}#", members, home,
                                      "the same {} restated")) is not None
                  and g.verdict == CONSISTENT)
    compared = [[c.id for c in g.claims] for g in groups if g.verdict != UNJUDGED]
    revised = {c.id for g in groups if g.verdict == REVISION for c in g.claims}
    groups.extend(g for members in ungrouped(restated_by_origin(every), compared, revised)
                  if (g := _restating(f"{members[0].id}@", members, home,
                                      "one source's {} retold")) is not None
                  and g.verdict == CONSISTENT)
    return _unique([g.row() for g in judged(groups)])


def projections_apart(key: QuantityKey, members: list[Claim]) -> list[list[Claim]]:
    """A count's figures, its projections whose value no other figure of it states (as
    written: "about" and rounding let an expectation meet what came to pass) set apart: what
    someone expected or said the count could reach ("analysts had expected 230,000", "the
    toll could reach 500") is no value the count had, so beside a count of what came to pass
    that it does not meet it is neither a revision of it, nor a change of it, nor a rival
    estimate of it. Projections stay with projections; one another figure restates (the same
    forecast printed again, a plan's figure repeated) stays where that figure is. Counts
    nothing dates but their articles' days are levels on the days they were printed, not
    estimates of what was projected ("the firm expects 2,000 claims", then 6,300 and 19,000
    claims printed weeks apart: the count grew): their projections are set apart when none of
    them is restated (one that is, a forecast the count's figures repeat, keeps them all
    beside it, read by ``verdicts.judge``). Not where the text sets one figure against another
    ("expects 8 million tonnes this season, against 13.5 million last season"): then it states
    the change itself. A sum or a measure keeps its projections: an estimate of what a project
    will cost is one of the outcome the other estimates describe. One sort, and a bisection
    per projection."""
    if not key.measure.startswith("count:") or any(c.compared for c in members):
        return [members]
    projections = [c for c in members if c.projected]
    others = sorted((c.values for c in members if not c.projected), key=lambda values: values[0])
    if not projections or all(c.projected for c in members):
        return [members]
    lows = [low for low, _ in others]
    highest = list(accumulate((high for _, high in others), max))

    def met(values: Interval) -> bool:
        below = bisect_right(lows, values[1])  # the others starting at or below its top
        return below > 0 and highest[below - 1] >= values[0]

    apart = [c for c in projections if not met(c.values)]
    if not apart or (len(apart) < len(projections)
                     and all(c.projected or c.reported_basis for c in members)):
        return [members]
    kept = {c.id for c in apart}
    return [[c for c in members if c.id not in kept], apart]


def in_own_currency(members: list[Claim]) -> list[Claim]:
    """A quantity's figures, compared in the currency most of them are written in:
    "£1.2 billion" and "£1.38 billion" are two values, though each converted to dollars at a
    rate that may drift by a tenth or more would meet the other, and so they are beside a third
    figure written in dollars. The drift belongs to a comparison across currencies only: a
    figure in another currency is brought into the shared one through both rates, with both
    drifts, save that one its own sentence converts ("2.5 billion euros ($2.7 billion)") is the
    value it converts. Left as they are when the most written currency is the dollar (the
    common unit), has no drift, or ties with another."""
    if not any(c.drift for c in members):
        return members
    written = Counter(c.unit for c in members)
    (home, most), *rest = written.most_common(2)
    shared = next(c for c in members if c.unit == home)
    if not shared.drift or (rest and rest[0][1] == most):
        return members
    factor, drift = shared.factor, shared.drift
    mine = {c.id: replace(c, values=(c.values[0] / c.factor, c.values[1] / c.factor),
                          claim=_unconverted(c.claim, c), core=_unconverted(c.core, c),
                          factor=1.0, drift=0.0, currency_note=None)
            for c in members if c.unit == home}
    own: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in mine.values():
        own[c.sentence].append(c)
    found = []
    for c in members:
        if c.id in mine:
            found.append(mine[c.id])
            continue
        core = widen(scale(c.core, 1 / factor), drift)
        converts = next((o for o in own.get(c.sentence, ()) if overlap(o.core, core)), None)
        found.append(replace(c, values=converts.values, claim=converts.claim,
                             core=converts.core) if converts is not None else
                     replace(c, values=scale(c.values, 1 / factor),
                             claim=widen(scale(c.claim, 1 / factor), drift), core=core,
                             factor=c.factor / factor, drift=c.drift + drift))
    return found


def _unconverted(interval: Interval, claim: Claim) -> Interval:
    """An interval of a converted figure back in its own currency, without the rate's drift."""
    return (interval[0] / (1 - claim.drift) / claim.factor,
            interval[1] / (1 + claim.drift) / claim.factor)


def as_revised(claims: list[Claim]) -> list[Claim]:
    """A figure the text says replaces another ("the race drew 13,000 runners, not 31,000") is
    of the quantity it replaces, however its own words name it: a correction says "runners"
    or "peak demand" where the first report said "runners in the Tessel marathon" or "peak
    demand on the Varna grid". So when the two are of one measure, the new figure takes the
    old one's key (in a chain of revisions, the first figure's). Linear in the figures."""
    by_id = {c.id: c for c in claims}
    moved = False
    for claim in sorted((c for c in claims if c.revises), key=lambda c: c.order):
        old = by_id.get(claim.revises or "")
        if old is None or old.key == claim.key or old.key.measure != claim.key.measure:
            continue
        by_id[claim.id] = replace(claim, key=old.key, names={**claim.names, **old.names})
        moved = True
    return [by_id[c.id] for c in claims] if moved else claims


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with one id each: a group's id is a hash of its key, and a store with an id used
    twice is refused at open, so a second group under a key already taken is dropped when it
    holds the same figures and otherwise takes a numbered id of its own."""
    taken: dict[str, frozenset[str]] = {}
    kept = []
    for row in rows:
        figures = frozenset(row["figures"])
        if row["id"] in taken:
            if taken[row["id"]] == figures:
                continue
            n = 2
            while f"{row['id']}-{n}" in taken:
                n += 1
            row = {**row, "id": f"{row['id']}-{n}"}
        taken[row["id"]] = figures
        kept.append(row)
    return kept


def _repeated_words(claims: list[Claim], home: dict[str, Any]) -> list[Group]:
    """Figures grouped where several sentences give the very same number, in the same currency or
    as a count of anything, across quantities the keys keep apart (``home``: each figure's
    quantity; none for a figure no quantity took): "2.64 million" printed by three outlets, or
    "7,350 job losses" beside "7,350 families" who lost their income, restates one figure,
    whatever each sentence calls it. Only numbers a coincidence would hardly repeat
    (``_distinctive``, ``_distinctive_share``, or any amount in a currency no rate converts: "85
    bitcoin" in two articles is one ransom), and only to agree: nothing is said of any other
    value."""
    by_words: dict[tuple[str, float, float], dict[str, Claim]] = defaultdict(dict)
    for claim in claims:
        unit, low, high = as_written(claim)
        share = unit == "percent"
        rare = bool(CURRENCY_CODE.match(unit)) and not convertible(unit)  # "BTC": no rate
        if rare or ((_distinctive_share if share else _distinctive)(low) and (
                _distinctive_share if share else _distinctive)(high)):
            family = "count" if claim.key.measure.startswith("count:") else unit
            by_words[(family, low, high)][claim.id] = claim
    found = [_restating(f"{family}={low!r}-{high!r}?", list(same.values()), home,
                        "the same {} repeated")
             for (family, low, high), same in sorted(by_words.items())]
    return [g for g in found if g is not None and g.verdict == CONSISTENT]


def _headline_restated(claims: list[Claim], home: dict[str, Any]) -> list[Group]:
    """An article's first sentence with figures (its headline, most often) and a later sentence
    of the same article giving the very same number in the very same unit, every count being
    one (``_counted_as_one``) ("85pc of systems return", then "85 per cent of the clinical
    systems had been restored"; "412 a day", then "412 patients a day"): the body restates
    its headline, whatever each calls the thing, and however common the number (within one
    article a coincidence is far rarer than across a corpus). Only to agree, as
    ``_repeated_words``, where the keys keep the two apart. One pass."""
    first: dict[str, int] = {}
    for claim in claims:
        start = claim.sentence[1]
        if first.get(claim.article, start + 1) > start:
            first[claim.article] = start
    by_words: dict[tuple[str, str, float, float], dict[str, Claim]] = defaultdict(dict)
    for claim in claims:
        unit, low, high = as_written(claim)
        # (a headline may leave out what a price is per: "pump price eases to N1,100")
        by_words[(claim.article, _counted_as_one(unit.partition(" per ")[0], low), low,
                  high)][claim.id] = claim
    found = [_restating(f"{article}:{unit}={low!r}-{high!r}^", list(same.values()), home,
                        "the headline's {} restated")
             for (article, unit, low, high), same in sorted(by_words.items())
             if any(c.sentence[1] == first[article] for c in same.values())]  # a headline's
    # and a headline's rounded number beside the one value its body gives in full
    found.extend(_restating(f"{members[0].id}~^", members, home, "the headline's {} restated")
                 for members in rounded_in_body(claims, first, _family))
    return [g for g in found if g is not None and g.verdict == CONSISTENT]


def _family(claim: Claim) -> str:
    """A figure's unit as a headline and its body are compared (``_counted_as_one``)."""
    unit, low, _ = as_written(claim)
    return _counted_as_one(unit.partition(" per ")[0], low)


COINCIDENT = 100  # below this, one article's headline and body may give a number twice by chance


def _counted_as_one(unit: str, value: float) -> str:
    """A unit as a headline and its body are compared: a count with no noun and any count of
    persons are one ("412 a day" in the headline, "412 patients a day" below; "seven dead",
    then "seven workers"), for a headline leaves out the noun or names the persons by what
    befell them; so is any count of a hundred or more ("50,000 files", then "50,000 records"),
    which one article hardly gives twice by chance ("two aircraft" and "two factions" are two
    counts); a measure, a currency or a share as written."""
    measure = measure_of(unit)
    if not measure.startswith("count:"):
        return unit
    if unit == "count" or measure == PERSONS or abs(value) >= COINCIDENT:
        return "count"
    return unit


def _restating(gid: str, members: list[Claim], home: dict[str, Any], origin: str
               ) -> Group | None:
    """An agreement-only group of figures that give one number, called by ``origin`` (its
    "{}" is their label); none when they stand in one sentence, or are one quantity's own
    figures, whose groups say it already."""
    quantities = {stable(home[c.id]) if c.id in home else None for c in members}
    if _sentences(members) < 2 or (len(quantities) < 2 and None not in quantities):
        return None
    key = QuantityKey(measure=members[0].key.measure, thing=None, qualifiers=(), group=None,
                      places=None)
    return _group(gid, key, members, dict.fromkeys((c.id for c in members), None),
                  {c.id: c.origin or f"?{c.id}" for c in members}, series=False, period=None,
                  parent=None, kind=ESTIMATE, origin=origin.format(members[0].label))


def _distinctive(value: float) -> bool:
    """A number a second sentence would hardly give by chance: a thousand or more with two
    significant digits at least ("2,640,000", "7,350", "270,000"; not "300,000"), or a hundred or
    more with three ("417"; not "410")."""
    size = abs(value)
    if size < 100:
        return False
    digits = len(str(round(size)).rstrip("0"))
    return size != round(size) or digits >= (2 if size >= 1000 else 3)


def _distinctive_share(value: float) -> bool:
    """A percentage a second sentence would hardly give by chance: three significant digits or
    more ("31.7%", "4.65%"), or two that are no multiple of five ("73%"; not "25%", "40%"). A
    fraction ("a third", "one in four") is a rounded share, never distinctive."""
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return len(digits) >= 3 or (len(digits) == 2 and abs(value) % 5 != 0)


def _without_guesses(key: QuantityKey, chunk: list[Claim], suffix: str, guessed: list[Group],
                     unsure: set[str]) -> list[Group]:
    """The quantity's groups made without the figures it may not own, plus the groups of
    agreement those figures take part in ("22 centres" restated by two outlets), standing on
    their own (the quantity's group does not hold their guessed figures), at whatever depth
    they were found (one version of a revised estimate restated by two outlets): a guess may show
    that figures agree, never that they disagree. A bare count placed by its value alone is held by
    the groups whose values it restates instead (``_with_restatements``)."""
    # (a few: every group of the quantity is asked about each, so more would make a quantity of
    # many periods and many bare counts cost their product; the rest agree on their own below)
    bare = [c for c in chunk if c.id in unsure and c.key.measure == BARE_COUNT][:MAX_BARE]
    sure = [_with_restatements(g, bare)
            for g in groups_of(key, [c for c in chunk if c.id not in unsure], suffix)]
    seen = {frozenset(c.id for c in g.claims) for g in sure}
    held = {c.id for g in sure for c in g.claims if c.id in unsure}
    agreeing = []
    for group in guessed[1:]:
        ids = frozenset(c.id for c in group.claims)
        if (group.verdict == CONSISTENT and ids & unsure
                and not ids & unsure <= held and ids not in seen):
            seen.add(ids)
            agreeing.append(Group(**{**group.__dict__, "key": group.key + "?", "parent": None}))
    return [*sure, *_stated_revisions(key, chunk, suffix, unsure),
            *_changes_said(key, chunk, suffix, unsure), *agreeing]


MAX_BARE = 64  # bare counts of one quantity that its groups take in (``_with_restatements``)
MAX_STATED = 16  # revisions or changes stated among a quantity's figures in doubt, each a group


def _stated_revisions(key: QuantityKey, chunk: list[Claim], suffix: str,
                      unsure: set[str]) -> list[Group]:
    """The revisions the text states among figures in doubt ("the tally for the week was
    revised from 940 to 710", where the week's place is unsaid): which quantity the two
    belong to may be a guess, but that one of them replaced the other is not, whatever
    quantity it is. Each stands on its own as a group of the old and the new figure with the
    figures that restate either value, when that group is judged a revision (a guess never
    makes figures disagree: one body replacing its own figure is said by the text)."""
    by_id = {c.id: c for c in chunk}
    pairs = [(by_id[c.revises], c) for c in chunk
             if c.revises in by_id and {c.id, c.revises} & unsure]
    return _stated_groups(key, chunk, f"{suffix}>", pairs, REVISION)


def _changes_said(key: QuantityKey, chunk: list[Claim], suffix: str,
                  unsure: set[str]) -> list[Group]:
    """The changes the text states among figures in doubt (``earlier_placed.stated_changes``),
    each standing on its own as a group of the earlier and the later value with the figures
    that restate either, when that group is judged a change."""
    return _stated_groups(key, chunk, f"{suffix}<", stated_changes(chunk, unsure), CHANGE)


def _stated_groups(key: QuantityKey, chunk: list[Claim], mark: str,
                   pairs: list[tuple[Claim, Claim]], verdict: str) -> list[Group]:
    """For each pair of an old and a new figure the text states (the first ``MAX_STATED``), the
    group of the two with the figures restating either (keyed ``mark`` and the new figure's
    id), kept when judged ``verdict``; a revision needs two sentences, or the new figure's own
    word of revising."""
    found = []
    for old, new in pairs[:MAX_STATED]:
        members = restating_either(chunk, old, new)
        if verdict == REVISION and _sentences(members) < 2 and not new.revises:
            continue
        group = groups_of(key, members, f"{mark}{new.id}", leave_strays=False)
        found.extend(g for g in group[:1] if g.verdict == verdict)
    return [Group(**{**g.__dict__, "parent": None, "kind": ESTIMATE}) for g in found]


def _with_restatements(group: Group, bare: list[Claim]) -> Group:
    """A group, with the bare counts ("the guild put it at 271") that restate one of its values
    among its figures: one more voice of that figure, placed there by its value alone, so the
    verdict stays the one the group's other figures give (a guess never makes figures
    disagree)."""
    if not bare:
        return group
    ranges = Ranges([c.claim for c in group.claims])
    joining = [c for c in bare if ranges.holds(c.core)]
    if not joining:
        return group
    return Group(**{**group.__dict__, "claims": _in_time_order([*group.claims, *joining])})


APART = 1000.0  # neighbouring values this many times apart are not one quantity's figures


def magnitudes(members: list[Claim]) -> list[list[Claim]]:
    """A quantity's figures cut where two neighbouring values are more than a thousandfold apart:
    1.2 million and 11 under one key are two quantities the key could not tell apart (the
    households a grid serves and the cooperatives serving them), not a disagreement; no
    estimate, revision or change a news story reports spans such a gap between neighbours (an
    official toll and an excess-deaths study differ some tens of times)."""
    ordered = sorted(members, key=lambda c: (abs(c.values[1]), abs(c.values[0]), c.id))
    chunks: list[list[Claim]] = []
    previous = None
    for claim in ordered:
        size = max(abs(claim.values[0]), abs(claim.values[1]))
        if chunks and previous is not None and not (size > APART * max(previous, 1e-12)):
            chunks[-1].append(claim)
        else:
            chunks.append([claim])
        previous = size
    return chunks


def claims_of(figures: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]],
              resolve: Resolve) -> list[Claim]:
    article_rows = sorted(articles, key=corpus_order)
    order = {row["id"]: i for i, row in enumerate(article_rows)}
    texts = {row["id"]: row.get("text") or "" for row in article_rows}
    armed = armed_group_keys(resolve)
    # a date guessed from the file's modification time says when the file was copied, not when
    # anything happened: a figure dated only by it has no period
    guessed = {row["id"] for row in article_rows if row.get("date_basis") == FILE_TIME}
    bodies = {row["id"]: body for row in article_rows
              if (body := issuer_of(row.get("outlet"))) is not None}
    figures = in_reading_order(figures, order)
    stated = stated_rates(figures, texts)
    offices: dict[tuple[str, str], str | None] = {}
    described: dict[tuple[str, ...], str | None] = {}
    claims = []
    lower: dict[str, frozenset[str]] = {}

    def lower_words_of(article: str) -> Callable[[], frozenset[str]]:
        def words() -> frozenset[str]:
            if article not in lower:
                lower[article] = lower_case_words(texts.get(article, ""))
            return lower[article]
        return words

    for row in figures:
        if row.get("article") in guessed and row.get("when_basis") in BY_ARTICLE:
            row = {**row, "when": None, "reported": None}
        # a body's own release: what it says unattributed, and its "we", are the body's
        row = as_issuers(row, bodies.get(row.get("article")))
        text = texts.get(row.get("article", ""), "")
        # "the company said": the actor the article's phrase names; a person quoted for a body
        # they hold an office at speaks the body's estimate
        row = speaking_for(as_mentioned(row, text, resolve, described), text, resolve, offices)
        start, end = (row.get("sentence") or (0, 0))[:2]
        claim = claim_of(row, text[start:end], order.get(row.get("article", ""), 1 << 30),
                         resolve, armed, stated, lower_words_of(row.get("article", "")))
        if claim is not None:
            claims.append(claim)
    tables = Tables(texts)
    claims = with_conversion_rounding(claims)
    return tables.series_rows(tables.undate_lists(with_fates(claims)))


def in_reading_order(figures: Iterable[dict[str, Any]], order: dict[str, int]
                     ) -> list[dict[str, Any]]:
    """The figure rows in corpus order (``order``: each article's place), each article's in the
    order its text gives them. The store holds its rows in the order they came (an article
    ingested later, or a changed file ingested again, goes last), and the grouping reads its
    figures in turn, the first read winning a tie: which figure names and keys a group of
    restatements, and so a group's name and id, and at times a verdict. Read in an order the
    articles themselves fix, the same articles make the same groups however and in whatever
    order they were ingested. One sort."""
    def place(row: dict[str, Any]) -> tuple[int, str, int, int, str]:
        article = str(row.get("article", ""))
        return (order.get(article, len(order)), article, int(row.get("start") or 0),
                int(row.get("end") or 0), str(row.get("id", "")))

    return sorted(figures, key=place)


def _sentences(claims: Iterable[Claim]) -> int:
    """How many statements speak to a quantity: its sentences, a sentence that gives one figure
    in two units ("$500 million, or 1.875 billion riyals") counting twice, since the conversion
    is a second statement a reader can check (annotation guide: same unit after conversion)."""
    claims = claims if isinstance(claims, list) else list(claims)
    if len({claim.sentence for claim in claims}) == len(claims):
        return len(claims)  # one figure a sentence (most often): no conversion to count twice
    by_sentence: dict[tuple[str, int], dict[str, Interval]] = defaultdict(dict)
    for claim in claims:
        hulls = by_sentence[claim.sentence]
        low, high = hulls.get(claim.unit, claim.claim)
        hulls[claim.unit] = (min(low, claim.claim[0]), max(high, claim.claim[1]))
    return sum(2 if _converts(hulls) else 1 for hulls in by_sentence.values())


def _converts(hulls: dict[str, Interval]) -> bool:
    """Whether two units' figures in one sentence agree: the same value written twice."""
    if len(hulls) < 2:
        return False
    spans = list(hulls.values())
    return any(overlap(a, b) for i, a in enumerate(spans) for b in spans[i + 1:])


def _comparable(claims: list[Claim]) -> bool:
    """Two or more sentences speak to it, or one sentence states a revision, or sets a figure
    of one date against one of another ("13,200 in June, up from 9,600 in May"), or gives it
    at two times its own words date ("180,000 last year and 95,000 the year before")."""
    ids = {c.id for c in claims}
    return (_sentences(claims) >= 2 or any(c.revises in ids for c in claims if c.revises)
            or (any(c.compared for c in claims) and len({c.when for c in claims if c.when}) > 1)
            or _stated_change(claims) or one_sentence_dates_apart(claims))


def _stated_change(claims: list[Claim]) -> bool:
    """Whether one sentence sets a figure against an earlier value of the same quantity that
    differs from it ("the waiting list stood at 9,870, up from 7,400 before the closure"): the
    writer states a change, though nothing dates the two apart. Two values its own words date
    to one period are not set against each other (one sentence never contradicts itself);
    two periods make the quantity comparable already (``_comparable``). Each sentence's other
    figures are kept as the lowest top and highest bottom of their values (and of those its
    words do not date), so a sentence of many figures costs one pass."""
    compared = [c for c in claims if c.compared]
    if not compared:
        return False
    said = {c.sentence for c in compared}
    tops: dict[tuple[tuple[str, int], bool], float] = {}  # (sentence, all or undated only)
    bottoms: dict[tuple[tuple[str, int], bool], float] = {}
    for claim in claims:
        if claim.sentence in said and not claim.compared:
            low, high = claim.core
            for undated in {False, not _own_dated(claim)}:
                at = (claim.sentence, undated)
                tops[at] = min(high, tops.get(at, high))
                bottoms[at] = max(low, bottoms.get(at, low))
    for claim in compared:
        # a dated value its words set against others undated only; the earlier value of a
        # change its words say ("to 95 from 70") against every other, though the sentence's one
        # date reached both
        at = (claim.sentence, _own_dated(claim) and not claim.earlier)
        if at in tops and (tops[at] < claim.core[0] or bottoms[at] > claim.core[1]):
            return True  # another figure lies wholly below or wholly above the earlier value
    return False


def _own_dated(claim: Claim) -> bool:
    """Whether a figure's own words date it (not its article alone, nor an event)."""
    return bool(claim.when) and not claim.reported_basis


def _in_time_order(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(sorted(claims, key=lambda c: c.time_order))


def groups_of(key: QuantityKey, members: list[Claim], suffix: str = "",
              leave_strays: bool = True) -> list[Group]:
    """The groups one quantity gives, outer first: the quantity; when its figures describe
    several periods, one group per period that two sentences speak to; and inside the quantity
    (or each period), one group per origin whose estimate several sentences restate.
    ``leave_strays``: look for figures of nobody's that disagree with every named estimate of their
    period (``store.conflicts.strays``) and leave them out."""
    if not _comparable(members):
        return []
    members = with_parts_marked(_costs_by_day(members))
    origins = assign_origins(members, {c.id: EVENT_PERIOD if c.event else None for c in members})
    # a count of what an event caused that the text also dates by the day it stood at is a
    # tally, not the event's total: a figure dated only by its article that repeats an
    # earlier value says the tally still stood there that day
    tally = any(c.event for c in members) and _counted_by_day(members)
    whens = restated_whens(members, origins, tally=tally)
    # in a quantity an event caused, a figure nothing dates but its article ("Tolland puts the
    # total at 1.9 million gallons") is of the event too, not of the day it was printed; not
    # in such a tally
    eventful = any(c.event for c in members) and not tally
    # (one that restates another such figure, and so takes its article's date, is too: only a
    # date the text states keeps a restatement off the event)
    stated = {c.when for c in members if eventful and c.when and not c.reported_basis}
    of_event = {c.id for c in members
                if c.event or (eventful and c.reported_basis and (
                    whens[c.id] == c.when or whens[c.id] not in stated))}
    # (only the dates the text states split a year into months: a figure dated only by its
    # article, and not restating a dated one, is bounded by the day it was printed)
    scale = PeriodScale([whens[c.id] for c in members
                         if c.id not in of_event and not c.projected],
                        [whens[c.id] for c in members if c.id not in of_event
                         and not c.projected and not (c.reported_basis and whens[c.id] == c.when)])
    periods = QuantityPeriods(by_printed_day(members, {
        c.id: EVENT_PERIOD if c.id in of_event else PROJECTED_PERIOD if c.projected
        else scale(whens[c.id]) for c in members}, whens, origins))
    origins = assign_origins(members, periods)
    if leave_strays:
        stray = strays_of(members, periods, origins)
        if stray:
            return groups_of(key, [c for c in members if c.id not in stray], suffix, False)
    known = sorted({p for p in periods.values() if p})
    base = key.text() + suffix
    # a projection is no time: one dated count beside a projection of the outcome is no series
    series = len(set(known) - {PROJECTED_PERIOD}) > 1
    outer = _group(base, key, members, periods, origins, series=series, period=None,
                   parent=None, kind=QUANTITY)
    groups = [outer, *_estimates(outer, key, members, periods, origins),
              *_agreements(outer, key, members, periods, origins)]
    if not series:
        return _distinct(_with_revisions(groups, key, periods, origins))
    by_period: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in members:  # one pass, not one per period: a long series stays linear
        by_period[periods[claim.id]].append(claim)
    for period in known:
        same = by_period[period]
        if not _comparable(same):
            continue
        inner = _group(f"{base}@{period}", key, same, periods, origins, series=False,
                       period=period, parent=outer.id, kind=PERIOD)
        groups.append(inner)
        groups.extend(_estimates(inner, key, same, periods, origins))
        groups.extend(_agreements(inner, key, same, periods, origins))
    return _distinct(_with_revisions(groups, key, periods, origins))


DAY = len("2024-01-01")


def _counted_by_day(members: list[Claim]) -> bool:
    """Whether the text dates a quantity's count by the day it stood at, within the days its
    articles were printed ("the agency said on Wednesday that three had been killed"): a count
    that is not of one bounded event, or the text would give it the event's period, but a
    running tally, so a figure dated only by its article stands at that article's day, not
    at the event one of its figures names. A day before every article's ("in the storm of
    12 May 2019") is history, not the tally. One pass."""
    first = min((c.reported for c in members if c.reported), default=None)
    return first is not None and any(
        c.when and len(c.when) >= DAY and c.when >= first
        and not (c.event or c.projected or c.reported_basis) for c in members)


def _costs_by_day(members: list[Claim]) -> list[Claim]:
    """A quantity's figures, where some give a sum an event cost that nothing dates ("the
    repair bill climbs to $340 million": of the event, whenever printed) and others of the
    quantity are dated by their own words ("Tuesday's strike cost 300 million", "the strike
    of 1 October cost 500 million"): then the text tells its events apart by their days (one
    strike day and the next), and an undated sum may be either's, so it is dated by its
    article, as any figure nothing else dates. One pass."""
    if not any(c.cost for c in members) or not any(
            c.when and not (c.event or c.projected or c.reported_basis) for c in members):
        return members
    return [replace(c, event=False, cost=False, when=(c.reported or "")[:7] or None,
                    reported_basis=bool(c.reported)) if c.cost else c for c in members]


def _with_revisions(groups: list[Group], key: QuantityKey, periods: dict[str, str | None],
                    origins: Origins) -> list[Group]:
    """The groups, each revision among them followed by the revision itself: the old figure and
    the new one, each with the figures of its period that restate it (the first count and the
    corrected one, as the outlets repeat them), without the origin's other figures a group of
    revision also holds (its counts of other periods, or of other things its key could not
    tell apart)."""
    found = list(groups)
    for group in groups:
        if (group.verdict == REVISION and group.pair) or group.revised:
            revision = _the_revision(group, key, periods, origins)
            if revision is not None:
                found.append(revision)
        elif group.verdict == CONTRADICTION and group.pair:
            found.extend(_one_side(group, key, periods, origins))
    return found


def _one_side(group: Group, key: QuantityKey, periods: dict[str, str | None],
              origins: Origins) -> list[Group]:
    """Inside two rival estimates, one side's own revision: the figures that disagree with one
    of the pair (its rival's estimate and every restatement of the other side's values,
    old and new: "9 million, up from 3 million", beside a university's 12 million), when
    they show one origin replacing its figure. At most two groups, for a contradiction only."""
    by_id = {c.id: c for c in group.claims}
    sides = []
    for rival in group.pair:
        members = [c for c in group.claims if not overlap(c.claim, by_id[rival].claim)]
        if 2 <= len(members) < len(group.claims):
            side = _revision_inside(group, f"<{rival}", key, members, periods, origins,
                                    f"the estimates against {by_id[rival].label}")
            if side is not None:
                sides.append(side)
    return sides


def _the_revision(group: Group, key: QuantityKey, periods: dict[str, str | None],
                  origins: Origins) -> Group | None:
    """The revision a group's verdict names (its ``pair``, old figure first): the runs of its
    figures of their periods whose ranges hold the old and the new value; None when that is the
    whole group already."""
    old, new = group.revised or group.pair or ("", "")
    when = {periods.get(old), periods.get(new)}
    runs = _runs([c for c in group.claims if periods.get(c.id) in when], lambda c: c.claim)
    members = [c for run in runs if any(c.id in (old, new) for c in run) for c in run]
    if len(members) == len(group.claims) or not {old, new} <= {c.id for c in members}:
        return None
    by_id = {c.id: c for c in members}
    return _revision_inside(group, ">", key, members, periods, origins,
                            f"revised from {by_id[old].label} to {by_id[new].label}")


def _revision_inside(group: Group, suffix: str, key: QuantityKey, members: list[Claim],
                     periods: dict[str, str | None], origins: Origins,
                     origin: str) -> Group | None:
    """An estimate's group of some of a group's figures, kept when it reads as a revision."""
    revision = _group(f"{group.key}{suffix}", key, members, periods, origins, series=False,
                      period=None, parent=group.id, kind=ESTIMATE, origin=origin)
    return revision if revision.verdict == REVISION else None


def _agreements(parent: Group, key: QuantityKey, members: list[Claim],
                periods: dict[str, str | None], origins: Origins) -> list[Group]:
    """Figures of several sentences that all agree (their ranges share a value), inside a group
    that holds others too: what outlets restating one estimate look like when no origin is named
    ("21 crew", "21 seafarers", "a crew of 21")."""
    runs = _runs(members, lambda c: c.core)  # by the value as stated: "up to 25,000" is 25,000
    groups = [_group(f"{parent.key}={i}", key, run, periods, origins, series=False, period=None,
                     parent=parent.id, kind=ESTIMATE, origin=f"agreeing on {run[0].label}")
              for i, run in enumerate(runs)
              if len(run) < len(members) and _sentences(run) >= 2]
    return [g for g in groups if g.verdict == CONSISTENT]


def _distinct(groups: list[Group]) -> list[Group]:
    """One group per set of figures, the one that says most: a quantity over a period, a period
    over an estimate, an origin's estimate over figures that merely agree (an origin whose
    figures all fall in one period is that period's estimate and the quantity's at once)."""
    rank = {QUANTITY: 0, PERIOD: 1}
    # each group's figures and id made once (a quantity's groups hold its figures many times)
    figures = [frozenset(c.id for c in g.claims) for g in groups]
    named = [g.id for g in groups]
    first: dict[frozenset[str], str] = {}
    for i in sorted(range(len(groups)),
                    key=lambda i: (rank.get(groups[i].kind, 2), "=" in groups[i].key)):
        first.setdefault(figures[i], named[i])
    kept = [g for g, held, gid in zip(groups, figures, named, strict=True) if first[held] == gid]
    ids = {g.id for g in kept}
    return [g if g.parent is None or g.parent in ids else _reparent(g, groups, ids)
            for g in kept]


def _reparent(group: Group, every: list[Group], kept: set[str]) -> Group:
    """A group whose parent was dropped as a duplicate hangs from the group kept in its place."""
    by_id = {g.id: g for g in every}
    parent = by_id.get(group.parent or "")
    while parent is not None and parent.id not in kept:
        figures = frozenset(c.id for c in parent.claims)
        parent = next((g for g in every if g.id in kept
                       and frozenset(c.id for c in g.claims) == figures), None)
    return Group(**{**group.__dict__, "parent": parent.id if parent else None})


def _estimates(parent: Group, key: QuantityKey, members: list[Claim],
               periods: dict[str, str | None], origins: Origins) -> list[Group]:
    """One group per origin that several sentences of ``members`` restate, unless it is all of
    them (the parent already says it)."""
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        if not stands_alone(origins[claim.id]):
            by_origin[origins[claim.id]].append(claim)
    groups = []
    for origin, own in sorted(by_origin.items()):
        if len(own) == len(members):
            estimate = parent
        elif _comparable(own):
            # one body's figures of several periods are its count over time (its revisions
            # show in the groups of each period)
            # (a projection is no time, as for the quantity's own series)
            several = len({periods[c.id] for c in own if periods.get(c.id)}
                          - {PROJECTED_PERIOD}) > 1
            estimate = _group(f"{parent.key}#{origin}", key, own, periods, origins,
                              series=several, period=None, parent=parent.id, kind=ESTIMATE,
                              origin=own[0].origin_label)
            groups.append(estimate)
        else:
            continue
        if estimate.verdict == REVISION:
            groups.extend(_versions(estimate, key, own, periods, origins))
    return groups


def _runs(claims: list[Claim], interval: Callable[[Claim], Interval]) -> list[list[Claim]]:
    """Claims in value order, cut into runs whose ranges all share a value. Ranges on a line
    that overlap pairwise share one common stretch, so each claim is tested against the run's
    common stretch only, and the cut costs a sort."""
    runs: list[list[Claim]] = []
    common: Interval = (0.0, 0.0)
    for claim in sorted(claims, key=lambda c: (interval(c)[0], interval(c)[1], c.time_order)):
        low, high = interval(claim)
        if runs and overlap((low, high), common):
            runs[-1].append(claim)
            common = (max(common[0], low), min(common[1], high))
        else:
            runs.append([claim])
            common = (low, high)
    return runs


def _versions(revised: Group, key: QuantityKey, own: list[Claim],
              periods: dict[str, str | None], origins: Origins) -> list[Group]:
    """The figures of one origin's revised estimate fall into versions (the first count and the
    revised one, each restated by several outlets): one consistent group per version that two
    sentences speak to. A version is a run of figures whose ranges overlap, in value order."""
    versions = _runs(own, lambda c: c.claim)
    if len(versions) < 2:
        return []
    return [_group(f"{revised.key}~{i}", key, version, periods, origins, series=False,
                   period=None, parent=revised.id, kind=ESTIMATE,
                   origin=f"{version[0].origin_label}, {version[0].label}")
            for i, version in enumerate(versions) if _sentences(version) >= 2]


def _group(key_text: str, key: QuantityKey, members: list[Claim],
           periods: dict[str, str | None], origins: Origins, *, series: bool,
           period: str | None, parent: str | None, kind: str,
           origin: str | None = None) -> Group:
    ordered = _in_time_order(members)
    verdict = judge(list(ordered), periods, origins, series=series)
    quantity = describe_quantity(key, ordered, period)
    if origin:
        quantity += f", {origin}"
    return Group(key=key_text, quantity=quantity, verdict=verdict.verdict, reason=verdict.reason,
                 spread=spread(list(ordered)), claims=ordered, parent=parent, kind=kind,
                 pair=verdict.pair, revised=verdict.revised)


def describe_quantity(key: QuantityKey, claims: Iterable[Claim], period: str | None) -> str:
    """The quantity in words: "fighters of IS in Iraq and Syria, 2019"."""
    names: dict[str, str] = {}
    for claim in claims:
        for k, v in claim.names.items():
            names.setdefault(k, v)
    what = key.thing or _counted_words(key.measure)
    if key.qualifiers:
        what = f"{' '.join(key.qualifiers)} {what}"
    if key.measure == "money":
        what += " (US$)"
    elif key.measure.startswith("money:"):
        what += f" ({key.measure.split(':', 1)[1]})"
    elif key.measure.startswith("rate:"):
        if key.measure.startswith(MONEY_RATE):
            what += " (US$)"
        what += " per " + key.measure.split(" per ", 1)[-1]
    elif key.measure in ("percent", "fraction") or not key.measure.startswith("count:"):
        what += f" ({key.measure})"
    if key.group:
        what += f" of {names.get(key.group) or display_name(key.group, _as_name(key.group))}"
    if key.places:
        shown = sorted(names.get(p) or display_name(p, _as_name(p)) for p in key.places)
        what += " in " + (shown[0] if len(shown) == 1 else
                          ", ".join(shown[:-1]) + " and " + shown[-1])
    if period:
        what += f", {period}"
    return what


def _counted_words(measure: str) -> str:
    """What a quantity that names no thing counts, in words: "people in Paris" for a count of
    persons, "seats" for a count of seats, "tonnes" of a rate of tonnes per day, "share" for a
    percentage."""
    kind, _, unit = measure.partition(":")
    if kind == "count" and unit and unit != "count":
        return "people" if unit == "persons" else unit
    if kind == "rate" and unit:
        return unit.split(" per ")[0]  # "tonnes", then " per day" (``describe_quantity``)
    return _MEASURE_WORDS.get(kind, measure)


_SMALL_WORDS = frozenset({"of", "the", "and", "in", "de", "al", "el"})


def _as_name(key: str) -> str:
    """A key shown as a name when no figure of the group wrote it ("eastern-visayas" ->
    "Eastern Visayas"): a group's inner parts may hold only figures whose places were read from
    their article, not written beside them."""
    words = key.replace("-", " ").split()
    return " ".join(w if w in _SMALL_WORDS and i else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


_MEASURE_WORDS = {"money": "amount", "percent": "share", "fraction": "share", "count": "number",
                  "rate": "rate"}
