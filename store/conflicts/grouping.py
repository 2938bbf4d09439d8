"""Conflict groups: figures about the same quantity, compared, with a verdict.

Runs once per ingest, after the actors are resolved (``store.ingest.corpus_stage``). Figures are
bucketed by quantity key (never compared pair by pair across the corpus); a bucket whose figures
span several periods gives a series, ordered by date (how the quantity moved), plus one group per
period that more than one sentence speaks to (whether the sources of that period agree). A group
needs figures from at least two sentences.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from store.actors.lookup import ActorIndex
from store.conflicts.attach import attach
from store.conflicts.keys import Claim, QuantityKey, armed_group_keys, claim_of
from store.conflicts.origins import assign_origins
from store.conflicts.periods import period_of as _period_of
from store.conflicts.periods import resolution
from store.conflicts.scope import Resolve, alias_resolver, display_name
from store.conflicts.verdicts import EVENT_PERIOD, Origins, judge, spread
from store.model import corpus_order

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


def actor_resolver(actor_rows: Iterable[dict[str, Any]]) -> Resolve:
    """Places and groups resolve to the corpus's actors ("ISIS" and "IS" are one group, "Syria
    and Iraq" the same places as "Iraq and Syria"), then to the curated aliases."""
    index = ActorIndex.from_rows(actor_rows)
    curated = alias_resolver()

    def resolve(name: str) -> str | None:
        return index.resolve(name) or curated(name)

    return resolve


def build_conflicts(figures: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]],
                    resolve: Resolve) -> list[dict[str, Any]]:
    """Conflict rows for a corpus, as plain dicts (see docs/schema.md)."""
    claims = claims_of(figures, articles, resolve)
    buckets, _ambiguous = attach(claims)
    groups: list[Group] = []
    # by the key as text: the repr of its set of places depends on the hash seed
    for parts, members in sorted(buckets.items(),
                                 key=lambda item: QuantityKey.from_tuple(item[0]).text()):
        groups.extend(groups_of(QuantityKey.from_tuple(parts), members))
    return [g.row() for g in groups]


def claims_of(figures: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]],
              resolve: Resolve) -> list[Claim]:
    article_rows = sorted(articles, key=corpus_order)
    order = {row["id"]: i for i, row in enumerate(article_rows)}
    texts = {row["id"]: row.get("text") or "" for row in article_rows}
    armed = armed_group_keys(resolve)
    claims = []
    for row in figures:
        text = texts.get(row.get("article", ""), "")
        start, end = (row.get("sentence") or (0, 0))[:2]
        claim = claim_of(row, text[start:end], order.get(row.get("article", ""), 1 << 30),
                         resolve, armed)
        if claim is not None:
            claims.append(claim)
    return claims


def _sentences(claims: Iterable[Claim]) -> int:
    return len({c.sentence for c in claims})


def _comparable(claims: list[Claim]) -> bool:
    """Two or more sentences speak to it, or one sentence states a revision."""
    ids = {c.id for c in claims}
    return _sentences(claims) >= 2 or any(c.revises in ids for c in claims if c.revises)


def _in_time_order(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(sorted(claims, key=lambda c: c.time_order))


def groups_of(key: QuantityKey, members: list[Claim]) -> list[Group]:
    """The groups one quantity gives, outer first: the quantity; when its figures describe
    several periods, one group per period that two sentences speak to; and inside the quantity
    (or each period), one group per origin whose estimate several sentences restate."""
    if not _comparable(members):
        return []
    level = resolution(c.when for c in members if not c.event)
    periods = {c.id: EVENT_PERIOD if c.event else _period_of(c.when, level) for c in members}
    origins = assign_origins(members, periods)
    known = sorted({p for p in periods.values() if p})
    base = key.text()
    series = len(known) > 1
    outer = _group(base, key, members, periods, origins, series=series, period=None,
                   parent=None, kind=QUANTITY)
    groups = [outer]
    if not series:
        return groups + _estimates(outer, key, members, periods, origins)
    for period in known:
        same = [c for c in members if periods[c.id] == period]
        if not _comparable(same):
            continue
        inner = _group(f"{base}@{period}", key, same, periods, origins, series=False,
                       period=period, parent=outer.id, kind=PERIOD)
        groups.append(inner)
        groups.extend(_estimates(inner, key, same, periods, origins))
    return groups


def _estimates(parent: Group, key: QuantityKey, members: list[Claim],
               periods: dict[str, str | None], origins: Origins) -> list[Group]:
    """One group per origin that several sentences of ``members`` restate, unless it is all of
    them (the parent already says it)."""
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        if not origins[claim.id].startswith("?"):
            by_origin[origins[claim.id]].append(claim)
    groups = []
    for origin, own in sorted(by_origin.items()):
        if len(own) == len(members) or not _comparable(own):
            continue
        groups.append(_group(f"{parent.key}#{origin}", key, own, periods, origins,
                             series=False, period=None, parent=parent.id, kind=ESTIMATE,
                             origin=own[0].origin_label))
    return groups


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
                 pair=verdict.pair)


def describe_quantity(key: QuantityKey, claims: Iterable[Claim], period: str | None) -> str:
    """The quantity in words: "fighters of IS in Iraq and Syria, 2019"."""
    names: dict[str, str] = {}
    for claim in claims:
        for k, v in claim.names.items():
            names.setdefault(k, v)
    what = key.thing or _MEASURE_WORDS.get(key.measure.split(":")[0], key.measure)
    if key.qualifiers:
        what = f"{' '.join(key.qualifiers)} {what}"
    if key.measure == "money":
        what += " (US$)"
    elif key.measure.startswith("money:"):
        what += f" ({key.measure.split(':', 1)[1]})"
    elif key.measure.startswith("rate:"):
        what += " per " + key.measure.split(" per ", 1)[-1]
    elif key.measure in ("percent", "fraction") or not key.measure.startswith("count:"):
        what += f" ({key.measure})"
    if key.group:
        what += f" of {names.get(key.group) or display_name(key.group, key.group)}"
    if key.places:
        shown = sorted(names.get(p) or display_name(p, p) for p in key.places)
        what += " in " + (shown[0] if len(shown) == 1 else
                          ", ".join(shown[:-1]) + " and " + shown[-1])
    if period:
        what += f", {period}"
    return what


_MEASURE_WORDS = {"money": "amount", "percent": "share", "fraction": "share", "count": "number",
                  "rate": "rate"}
