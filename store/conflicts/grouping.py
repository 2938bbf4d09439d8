"""Conflict groups: figures about the same quantity, compared, with a verdict.

Runs once per ingest, after the actors are resolved (``store.ingest.corpus_stage``). Figures are
bucketed by quantity key (never compared pair by pair across the corpus); a bucket whose figures
span several periods gives a series, ordered by date (how the quantity moved), plus one group per
period that more than one sentence speaks to (whether the sources of that period agree). A group
needs figures from at least two sentences.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from store.actors.lookup import ActorIndex
from store.conflicts.attach import attach
from store.conflicts.keys import Claim, QuantityKey, armed_group_keys, claim_of
from store.conflicts.periods import period_of as _period_of
from store.conflicts.periods import resolution
from store.conflicts.scope import Resolve, alias_resolver, display_name
from store.conflicts.verdicts import judge, spread
from store.model import corpus_order


@dataclass(frozen=True)
class Group:
    key: str
    quantity: str
    verdict: str
    reason: str
    spread: float
    claims: tuple[Claim, ...]
    pair: tuple[str, str] | None  # the two figures the reason names, the earlier first

    def row(self) -> dict[str, Any]:
        return {
            "id": "c" + hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:10],
            "quantity": self.quantity,
            "key": self.key,
            "verdict": self.verdict,
            "spread": self.spread,
            "reason": self.reason,
            "figures": [c.id for c in self.claims],
            "values": {c.id: [c.values[0], c.values[1]] for c in self.claims},
            "pair": list(self.pair) if self.pair else None,
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
    for parts, members in sorted(buckets.items(), key=lambda item: repr(item[0])):
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


def _in_time_order(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(sorted(claims, key=lambda c: (c.when or "9999", c.order)))


def groups_of(key: QuantityKey, members: list[Claim]) -> list[Group]:
    """The groups one quantity gives: one group, or a series plus its periods' groups."""
    if _sentences(members) < 2:
        return []
    level = resolution(c.when for c in members)
    periods = {c.id: _period_of(c.when, level) for c in members}
    known = sorted({p for p in periods.values() if p})
    base = key.text()
    if len(known) <= 1:
        return [_group(base, key, members, periods, series=False, period=None)]
    groups = [_group(base, key, members, periods, series=True, period=None)]
    for period in known:
        same = [c for c in members if periods[c.id] == period]
        if _sentences(same) >= 2:
            groups.append(_group(f"{base}@{period}", key, same, periods, series=False,
                                 period=period))
    return groups


def _group(key_text: str, key: QuantityKey, members: list[Claim],
           periods: dict[str, str | None], *, series: bool, period: str | None) -> Group:
    ordered = _in_time_order(members)
    verdict = judge(list(ordered), periods, series=series)
    return Group(key=key_text, quantity=describe_quantity(key, ordered, period),
                 verdict=verdict.verdict, reason=verdict.reason, spread=spread(list(ordered)),
                 claims=ordered, pair=verdict.pair)


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
