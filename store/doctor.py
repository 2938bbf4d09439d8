"""A store's self-check: it parses, is a claimscope store, every field has its declared shape
(``store.schema``, the same check every command makes on open), every article's text and every
part (figures, mentions, actor maps, group members) reads back from the side file as the one its
row names (``store.texts``, ``store.parts``), every reference and offset holds, and the last
ingest finished its corpus stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.db import load
from store.errors import ClaimscopeError
from store.packing import unpack_items
from store.schema import problems as shape_problems
from store.texts import TextPack, address, has_ref

LIMIT = 50  # problems listed before "and N more"
PENDING = ("the last ingest stopped before it resolved actors and conflicts; "
           "run: claimscope doctor --repair (or ingest again)")


def check(path: Path) -> list[str]:
    parts: list[str] = []  # the parts that do not read, or are not the ones their rows name
    try:
        data = load(Path(path), problems=parts)
    except ClaimscopeError as exc:
        return [str(exc)]
    problems = parts + list(shape_problems(data, deep=True))
    if not problems:
        problems = _text_problems(Path(path), data)
    if not problems:  # references are read only once every field has its type and text
        problems = _reference_problems(data)
    meta = next(iter((data.get("meta") or {}).values()), {})
    if meta.get("corpus_pending"):
        problems.insert(0, PENDING)
    if len(problems) > LIMIT:
        problems = [*problems[:LIMIT], f"and {len(problems) - LIMIT} more"]
    return problems


def _rows(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    return list((data.get(table) or {}).values())


def _text_problems(path: Path, data: dict[str, Any]) -> list[str]:
    """Every text the rows name, read back and checked against its address and length; the
    texts are put in the rows for the reference checks."""
    problems: list[str] = []
    pack = TextPack(path)
    try:
        for row in _rows(data, "articles"):
            if "text" in row or not has_ref(row):
                continue
            try:
                text = pack.read(row["text_at"])
            except ClaimscopeError as exc:
                problems.append(f"article {row['id']}: {exc}")
                if not pack.path.exists():
                    break
                continue
            if address(text) != row["text_sha"] or len(text) != row.get("text_len"):
                problems.append(f"article {row['id']}: the text at byte {row['text_at'][0]} of "
                                f"{pack.path.name} is not the one its row names")
            row["text"] = text
    finally:
        pack.close()
    return problems


def _reference_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    articles = {row["id"]: row for row in _rows(data, "articles")}
    lengths = {aid: len(row.get("text") or "") for aid, row in articles.items()}
    actors = {row["id"] for row in _rows(data, "actors")}
    figures = set()
    for row in _rows(data, "figures"):
        fid, article = row["id"], row["article"]
        figures.add(fid)
        if article not in articles:
            problems.append(f"figure {fid} points to a missing article {article}")
            continue
        start, end = row["start"], row["end"]
        if not 0 <= start < end <= lengths[article]:
            problems.append(f"figure {fid} has offsets {start}-{end} outside its article")
        elif (articles[article].get("text") or "")[start:end] != row["text"]:
            problems.append(f"figure {fid} text does not match its article at {start}-{end}")
        if not row["low"] <= row["high"]:
            problems.append(f"figure {fid} has low > high")
    for row in _rows(data, "mentions"):
        article = row["article"]
        if article not in articles:
            problems.append(f"mentions point to a missing article {article}")
            continue
        for item in unpack_items(row.get("items") or ""):
            if item[3] is not None and actors and item[3] not in actors:
                problems.append(f"a mention in {article} points to a missing actor {item[3]}")
    for row in _rows(data, "links"):
        if row["a"] not in actors or row["b"] not in actors:
            problems.append(f"link {row['a']}-{row['b']} points to a missing actor")
    for row in _rows(data, "conflicts"):
        for fid in row.get("figures") or ():
            if fid not in figures:
                problems.append(f"conflict group {row['id']} points to a missing figure {fid}")
    return problems
