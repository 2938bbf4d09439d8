"""Stand-in conflict groups and actor links for the reader's tests (the ``reader_store``
fixture in ``conftest.py``).

The groups are stand-ins, made from the figures the store holds through the write API (see
docs/schema.md), chosen by structure rather than by any sample's wording:

* figures with the same range and unit in two or more articles: one ``consistent`` group each;
* the remaining figures of the most common counted unit: one ``contradiction`` group;
* figures of the next unit that holds three or more figures with different dates: one
  ``change_over_time`` group;
* the first two remaining figures of another unit, in two articles: one ``revision`` group (the
  later one from the same origin, replacing the earlier; ``stand_in_revision``).

Links join actors named in the same sentence (the mentions table's sentence index, unpacked with
``store.packing``), weighted by the number of such sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from tinydb import Query

from store.db import open_for_write
from store.packing import unpack_items, unpack_spans

MEASURES = {"count", "percent", "fraction"}


def _group(gid: str, verdict: str, quantity: str, figures: list[dict]) -> dict:
    values = {f["id"]: [f["low"], f["high"]] for f in figures}
    mids = [(f["low"] + f["high"]) / 2 for f in figures]
    spread = max(mids) / min(mids) if min(mids) > 0 else 1.0
    return {"id": gid, "quantity": quantity, "key": quantity, "verdict": verdict,
            "spread": round(spread, 3), "reason": "stand-in group for the reader's tests",
            "figures": [f["id"] for f in figures], "values": values}


def stand_in_conflicts(figures: list[dict]) -> list[dict]:
    groups: list[dict] = []
    by_value: dict[tuple, list[dict]] = defaultdict(list)
    for fig in figures:
        by_value[(fig["low"], fig["high"], fig["unit"])].append(fig)
    used: set[str] = set()
    for (_low, _high, unit), members in sorted(by_value.items(), key=lambda kv: str(kv[0])):
        if len({m["article"] for m in members}) >= 2 and unit not in MEASURES:
            groups.append(_group(f"g{len(groups)}", "consistent", unit, members))
            used.update(m["id"] for m in members)
    units = Counter(f["unit"] for f in figures if f["unit"] not in MEASURES)
    ranked = [unit for unit, _ in units.most_common()]
    if ranked:
        members = [f for f in figures if f["unit"] == ranked[0] and f["id"] not in used]
        if len({m["article"] for m in members}) >= 2:
            groups.append(_group(f"g{len(groups)}", "contradiction", ranked[0], members))
            used.update(m["id"] for m in members)
    for unit in ranked[1:]:
        members = [f for f in figures if f["unit"] == unit and f["id"] not in used]
        if len(members) >= 3 and len({m.get("when") for m in members}) >= 3:
            groups.append(_group(f"g{len(groups)}", "change_over_time", unit, members))
            used.update(m["id"] for m in members)
            break
    for unit in ranked[1:]:
        members = [f for f in figures if f["unit"] == unit and f["id"] not in used]
        pair = [m for m in members if m["article"] != members[0]["article"]][:1]
        if members and pair:
            old, new = members[0], pair[0]
            group = _group(f"g{len(groups)}", "revision", unit, [old, new])
            group["pair"] = [old["id"], new["id"]]
            groups.append(group)
            break
    return groups


REVISER = "the stand-in ministry"


def stand_in_revision(groups: list[dict], figures: list[dict]) -> list[dict]:
    """The figure rows a revision group changes: both from one origin, the new one revising
    the old (as ``store.conflicts`` writes them)."""
    changed = []
    for group in groups:
        if group["verdict"] == "revision":
            old, new = group["pair"]
            for fig in figures:
                if fig["id"] in (old, new):
                    changed.append({**fig, "origin": REVISER,
                                    "revises": old if fig["id"] == new else None})
    return changed


def stand_in_links(mention_docs: list[dict]) -> list[dict]:
    weights: Counter = Counter()
    sentences: dict[tuple[str, str], list] = defaultdict(list)
    for doc in mention_docs:
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for _start, _end, _label, actor, sentence in unpack_items(doc["items"]):
            if actor:
                by_sentence[sentence].add(actor)
        spans = unpack_spans(doc["sentences"])
        for index, actors in by_sentence.items():
            start, end = spans[index]
            for a, b in combinations(sorted(actors), 2):
                weights[(a, b)] += 1
                sentences[(a, b)].append([doc["article"], start, end])
    return [{"a": a, "b": b, "weight": w, "sentences": sentences[(a, b)]}
            for (a, b), w in sorted(weights.items())]


def add_conflicts_and_links(path: Path) -> None:
    with open_for_write(path) as session:
        figures = session.table("figures").all()
        mentions = session.table("mentions").all()
        groups = stand_in_conflicts(figures)
        session.table("conflicts").truncate()
        session.table("conflicts").insert_multiple(groups)
        for fig in stand_in_revision(groups, figures):
            session.table("figures").update({"origin": fig["origin"], "revises": fig["revises"]},
                                            Query().id == fig["id"])
        session.table("links").truncate()
        session.table("links").insert_multiple(stand_in_links(mentions))
        session.commit()
