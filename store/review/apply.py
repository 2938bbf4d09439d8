"""The conflict groups rebuilt with the reader's judgements applied.

Runs wherever the groups are rebuilt (an ingest, an actor edit, a new judgement or an undo), on
the writer's session, in this order:

1. every figure row gets back what the grammar read (``corrections.restore``);
2. each figure judgement finds its figure again (``anchors.locate``) and, in the order they were
   made, marks it wrongly read, corrects it, or moves it (to another quantity, or out of all);
3. the groups are built by the grouping's own rules (``store.conflicts.grouping``), with the
   figures marked wrongly read or moved out left out and the moved ones keyed to their quantity;
4. each verdict judgement finds its group again (the same key, else the group that holds most of
   its figures) and sets the verdict and note, keeping the computed verdict beside them;
5. each judgement's current state (``now``: the figure or group it applies to, ``applied``,
   ``reattached`` or ``stale``) is written back to its record, so the reader and the command
   line show it without finding anything again.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from store.conflicts.grouping import Adjust, actor_resolver, build_conflicts
from store.conflicts.keys import Claim, QuantityKey
from store.db import WriteSession
from store.review.anchors import APPLIED, REATTACHED, STALE, locate
from store.review.corrections import correct, restore

MISREAD, CORRECT, MOVE, VERDICT = "misread", "correct", "move", "verdict"
JUDGEMENTS = (MISREAD, CORRECT, MOVE, VERDICT)
FIGURE_JUDGEMENTS = (MISREAD, CORRECT, MOVE)


def judgements(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The judgement records of a ``user`` table, in the order they were made."""
    return sorted((r for r in records if r.get("op") in JUDGEMENTS),
                  key=lambda r: (int(r.get("seq") or 0), str(r.get("made_at") or "")))


def adjust_for(rows: dict[str, dict[str, Any]]) -> Adjust:
    """What the grouping does with judged figures: a figure marked wrongly read, or moved out of
    its groups, is left out; a figure moved to another quantity is keyed to it. Rows carry this
    (``judged``, ``moved_to``) once ``rebuild_conflicts`` has run, so a claim check sees the
    store's figures exactly as its groups do."""

    def adjust(claims: list[Claim]) -> list[Claim]:
        kept = []
        for claim in claims:
            row = rows.get(claim.id) or {}
            moved = row.get("moved_to")
            if MISREAD in (row.get("judged") or ()) or moved == "":
                continue
            if moved:
                claim.key = QuantityKey.from_text(str(moved))
            kept.append(claim)
        return kept

    return adjust


def rebuild_conflicts(session: WriteSession) -> int:
    """Recompute the conflicts table with the judgements applied; returns the number of
    groups."""
    figures = session.table("figures")
    docs = figures.all()
    rows = {str(d["id"]): dict(d) for d in docs}
    doc_ids = {str(d["id"]): d.doc_id for d in docs}
    touched = {fid for fid, row in rows.items() if restore(row)}
    article_rows = session.table("articles").all()
    texts = {str(a["id"]): a.get("text") or "" for a in article_rows}
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows.values():
        by_article[str(row.get("article"))].append(row)
    records = [r for r in session.table("user").all() if r.get("op") in JUDGEMENTS]
    states: dict[int, dict[str, Any]] = {}
    for record in judgements(records):
        if record.get("op") == VERDICT:
            continue
        spot = record.get("figure") or {}
        article = str(spot.get("article"))
        found, status = locate(spot, by_article.get(article, ()), texts.get(article))
        states[record.doc_id] = {"figure": found, "status": status}
        if found is None:
            continue
        row = rows[found]
        touched.add(found)
        kinds = row.setdefault("judged", [])
        if record["op"] not in kinds:
            kinds.append(record["op"])
        if record["op"] == CORRECT:
            correct(row, record.get("fields") or {})
        elif record["op"] == MOVE:
            row["moved_to"] = str(record.get("to") or "")
    if touched:

        def put_back(doc: dict[str, Any]) -> None:
            new = rows[str(doc["id"])]
            doc.clear()
            doc.update(new)

        figures.update(put_back, doc_ids=[doc_ids[fid] for fid in touched])
    resolve = actor_resolver(session.table("actors").all(), session.table("mentions").all())
    groups = build_conflicts(rows.values(), article_rows, resolve, adjust_for(rows))
    for record in judgements(records):
        if record.get("op") == VERDICT:
            states[record.doc_id] = _set_verdict(record, groups, by_article, texts)
    table = session.table("conflicts")
    table.truncate()
    if groups:
        table.insert_multiple(groups)
    by_doc = {r.doc_id: r for r in records}
    changed = [d for d, now in states.items() if by_doc[d].get("now") != now]
    if changed:
        by_seq = {int(by_doc[d].get("seq") or 0): states[d] for d in changed}
        session.table("user").update(
            lambda doc: doc.update(now=by_seq[int(doc.get("seq") or 0)]), doc_ids=changed)
    return len(groups)


def _set_verdict(record: dict[str, Any], groups: list[dict[str, Any]],
                 by_article: dict[str, list[dict[str, Any]]],
                 texts: dict[str, str]) -> dict[str, Any]:
    """Find a verdict judgement's group again and set its verdict; its state."""
    spot = record.get("group") or {}
    found = next((g for g in groups if g.get("key") == spot.get("key")), None)
    status = APPLIED
    if found is None:
        members = set()
        for figure in spot.get("figures") or ():
            article = str(figure.get("article"))
            fid, _ = locate(figure, by_article.get(article, ()), texts.get(article))
            if fid:
                members.add(fid)
        need = max(2, (len(spot.get("figures") or ()) + 1) // 2)
        scored = sorted(((len(members & set(g["figures"])), -len(g["figures"]), g["id"], g)
                         for g in groups if g.get("kind") == spot.get("kind")),
                        key=lambda t: t[:3], reverse=True)
        if scored and scored[0][0] >= need:
            found, status = scored[0][3], REATTACHED
    if found is None:
        return {"group": None, "status": STALE}
    found.setdefault("computed", {"verdict": found["verdict"], "reason": found["reason"]})
    found["verdict"] = record.get("verdict")
    found["note"] = str(record.get("note") or "")
    found["reason"] = f"set by hand: {found['note']}" if found["note"] else "set by hand"
    found["judged"] = int(record.get("seq") or 0)
    return {"group": found["id"], "status": status}
