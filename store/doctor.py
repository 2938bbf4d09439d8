"""A store's self-check: it parses, is a claimscope store, and every reference and offset holds."""

from __future__ import annotations

from pathlib import Path

from store.db import open_for_read
from store.errors import ClaimscopeError
from store.packing import unpack_items

LIMIT = 50  # problems listed before "and N more"


def check(path: Path) -> list[str]:
    try:
        data = open_for_read(Path(path))
    except ClaimscopeError as exc:
        return [str(exc)]
    problems: list[str] = []
    articles = {row.get("id"): row for row in (data.get("articles") or {}).values()}
    lengths = {aid: len(row.get("text", "")) for aid, row in articles.items()}
    actors = {row.get("id") for row in (data.get("actors") or {}).values()}
    figures = set()
    for row in (data.get("figures") or {}).values():
        fid = row.get("id")
        figures.add(fid)
        article = row.get("article")
        if article not in articles:
            problems.append(f"figure {fid} points to a missing article {article}")
            continue
        start, end = row.get("start", -1), row.get("end", -1)
        if not 0 <= start < end <= lengths[article]:
            problems.append(f"figure {fid} has offsets {start}-{end} outside its article")
        elif articles[article]["text"][start:end] != row.get("text"):
            problems.append(f"figure {fid} text does not match its article at {start}-{end}")
        if not row.get("low", 0) <= row.get("high", 0):
            problems.append(f"figure {fid} has low > high")
    for row in (data.get("mentions") or {}).values():
        article = row.get("article")
        if article not in articles:
            problems.append(f"mentions point to a missing article {article}")
            continue
        try:
            items = unpack_items(row.get("items", ""))
        except (ValueError, AttributeError):
            problems.append(f"the mentions of {article} cannot be read")
            continue
        for item in items:
            if not 0 <= item[0] < item[1] <= lengths[article]:
                problems.append(f"a mention in {article} has offsets outside the article")
            if item[3] is not None and actors and item[3] not in actors:
                problems.append(f"a mention in {article} points to a missing actor {item[3]}")
    for row in (data.get("links") or {}).values():
        if row.get("a") not in actors or row.get("b") not in actors:
            problems.append(f"link {row.get('a')}-{row.get('b')} points to a missing actor")
    for row in (data.get("conflicts") or {}).values():
        for fid in row.get("figures", ()):
            if fid not in figures:
                problems.append(f"conflict group {row.get('id')} points to a missing figure {fid}")
    if len(problems) > LIMIT:
        problems = [*problems[:LIMIT], f"and {len(problems) - LIMIT} more"]
    return problems
