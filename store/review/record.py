"""The one write path of judgements: check one against the store, keep it, rebuild the groups,
commit, all in one write session, so a crash at any point leaves either the store as it was or
the store with the judgement applied (``store.storage`` commits with an atomic rename).

A judgement is kept with an anchor, not an id (``store.review.anchors``); a group's with its key
and the anchors of its figures. ``seq`` numbers judgements in the order they were made: undo
removes the highest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from store.db import WriteSession, now, open_for_write
from store.errors import ClaimscopeError
from store.model import VERDICTS, describe_value
from store.review.anchors import anchor
from store.review.apply import (
    CORRECT,
    FIGURE_JUDGEMENTS,
    MISREAD,
    MOVE,
    VERDICT,
    judgements,
    rebuild_conflicts,
)
from store.review.corrections import check_fields

CHECK = "check"  # a saved claim check (``claimscope check --save``)
MAX_ANCHORED = 50  # figures of a group whose anchors a verdict judgement keeps
T = TypeVar("T")


def _write(db_path: Path, work: Callable[[WriteSession], T], wait: float) -> T:
    if not Path(db_path).exists():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    with open_for_write(Path(db_path), wait=wait) as session:
        result = work(session)
        session.commit()
    return result


def _next_seq(session: WriteSession) -> int:
    return 1 + max((int(r.get("seq") or 0) for r in session.table("user").all()), default=0)


def _figure(session: WriteSession, figure_id: str) -> tuple[dict[str, Any], str]:
    article_id = figure_id.rpartition(":")[0]
    rows = session.table("figures").search(lambda r: r.get("id") == figure_id)
    if not rows:
        raise ClaimscopeError(f"no figure {figure_id!r} in the store")
    article = session.table("articles").search(lambda r: r.get("id") == article_id)
    return dict(rows[0]), (article[0].get("text") or "") if article else ""


def _group(session: WriteSession, group_id: str) -> dict[str, Any]:
    groups = {g["id"]: g for g in session.table("conflicts").all()}
    if group_id not in groups:
        raise ClaimscopeError(f"no conflict group {group_id!r} in the store "
                              "(claimscope conflicts --json lists them)")
    return dict(groups[group_id])


def _quantity_of(session: WriteSession, group_id: str) -> dict[str, Any]:
    """The outermost group around one: what a moved figure joins is its quantity."""
    groups = {g["id"]: g for g in session.table("conflicts").all()}
    group = _group(session, group_id)
    seen = set()
    while group.get("parent") in groups and group["id"] not in seen:
        seen.add(group["id"])
        group = dict(groups[group["parent"]])
    return group


def _describe(row: dict[str, Any]) -> str:
    return describe_value(float(row["low"]), float(row["high"]), str(row.get("approx")),
                          str(row.get("unit")))


def record_judgement(db_path: Path, op: str, *, figure: str | None = None,
                     group: str | None = None, fields: dict[str, str] | None = None,
                     to: str | None = None, verdict: str | None = None, note: str = "",
                     wait: float = 3.0) -> str:
    """Keep one judgement and rebuild the groups, in one write. ``op``: ``misread`` (figure),
    ``correct`` (figure, fields), ``move`` (figure, to: a group id, or None for out of its
    groups), ``verdict`` (group, verdict, note). Returns a sentence saying what was done;
    raises ``ClaimscopeError`` for a judgement that names nothing or changes nothing."""

    def work(session: WriteSession) -> str:
        record: dict[str, Any] = {"op": op, "seq": _next_seq(session), "made_at": now()}
        if op in FIGURE_JUDGEMENTS:
            if not figure:
                raise ClaimscopeError(f"{op} needs a figure id")
            row, text = _figure(session, figure)
            record["figure"] = anchor(row, text)
            what = f"{_describe(row)} ({figure})"
            if op == MISREAD:
                if MISREAD in (row.get("judged") or ()):
                    raise ClaimscopeError(f"{what} is already marked as wrongly read")
                done = f"marked {what} as wrongly read: it leaves its groups"
            elif op == CORRECT:
                record["fields"] = check_fields(fields or {})
                if not record["fields"]:
                    raise ClaimscopeError("nothing to correct (give a value, counted, where, "
                                          "period or origin)")
                done = f"corrected {', '.join(record['fields'])} of {what}"
            else:
                if to:
                    target = _quantity_of(session, to)
                    record["to"], record["quantity"] = target["key"], target.get("quantity")
                    done = f"moved {what} to {target.get('quantity') or target['key']}"
                else:
                    record["to"] = None
                    done = f"moved {what} out of its groups"
        elif op == VERDICT:
            if verdict not in VERDICTS:
                raise ClaimscopeError(f"unknown verdict {verdict!r} "
                                      f"(one of: {', '.join(VERDICTS)})")
            if not group:
                raise ClaimscopeError("a verdict needs a group id")
            found = _group(session, group)
            anchors = []
            for fid in found.get("figures", [])[:MAX_ANCHORED]:
                row, text = _figure(session, fid)
                anchors.append(anchor(row, text))
            record.update(group={"key": found["key"], "kind": found.get("kind", "quantity"),
                                 "quantity": found.get("quantity"), "figures": anchors},
                          verdict=verdict, note=" ".join(note.split()))
            done = f"set the verdict of {found.get('quantity') or group} to " \
                   f"{verdict.replace('_', ' ')}"
        else:
            raise ClaimscopeError(f"unknown judgement {op!r}")
        session.table("user").insert(record)
        rebuild_conflicts(session)
        return done

    return _write(db_path, work, wait)


def undo_last(db_path: Path, *, wait: float = 3.0) -> str:
    """Remove the latest judgement and rebuild the groups without it, in one write."""

    def work(session: WriteSession) -> str:
        table = session.table("user")
        made = judgements(table.all())
        if not made:
            raise ClaimscopeError("no judgement to undo")
        last = made[-1]
        table.remove(doc_ids=[last.doc_id])
        rebuild_conflicts(session)
        return f"undid judgement {last.get('seq')} ({describe_judgement(last)})"

    return _write(db_path, work, wait)


def save_check(db_path: Path, result: dict[str, Any], *, wait: float = 3.0) -> int:
    """Keep a claim check (the ``--json`` answer of ``claimscope check``) for publishing;
    returns its number. Nothing is rebuilt: a check changes no group."""

    def work(session: WriteSession) -> int:
        seq = _next_seq(session)
        session.table("user").insert({"op": CHECK, "seq": seq, "made_at": now(), **result})
        return seq

    return _write(db_path, work, wait)


def describe_judgement(record: dict[str, Any]) -> str:
    """A judgement in a few words, for lists and undo messages."""
    op = record.get("op")
    spot = record.get("figure") or {}
    figure = f"{spot.get('text', '?')} in {spot.get('article', '?')}"
    if op == MISREAD:
        return f"{figure}: wrongly read"
    if op == CORRECT:
        fields = record.get("fields") or {}
        parts = []
        for name, value in fields.items():
            if name == "value":
                value = describe_value(value["low"], value["high"], value["approx"],
                                       value.get("unit") or "count")
            elif name == "where":
                value = ", ".join(value)
            parts.append(f"{name} → {value}")
        return f"{figure}: " + "; ".join(parts)
    if op == MOVE:
        target = record.get("quantity") or record.get("to")
        return f"{figure}: moved to {target}" if record.get("to") else \
            f"{figure}: moved out of its groups"
    if op == VERDICT:
        group = record.get("group") or {}
        note = f" ({record.get('note')})" if record.get("note") else ""
        return f"{group.get('quantity') or group.get('key')}: " \
               f"{str(record.get('verdict')).replace('_', ' ')} by hand{note}"
    if op == CHECK:
        return f"check: {record.get('claim')}"
    return str(op)
