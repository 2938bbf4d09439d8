"""Large stores for the read-side figures, made from an ingested one without running spaCy.

``replicate`` copies every article of an ingested store under new ids until there are N (each
copy's text made unique by a line at its end, so the side file holds N texts as a real archive
would), with its figures and mentions; the actors' mention maps and counts follow the copies;
conflict groups are computed again over all the figures by the store's own grouping, timed (the
grouping figure of ``bench/run.py``). Written through the writer's storage, so the texts and the
parts go to the side file exactly as an ingest puts them there, and noted as checked as the writer
notes what it writes (``store.checked``): the store a user opens is one claimscope wrote.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from store.checked import vouch
from store.conflicts.grouping import actor_resolver, build_conflicts
from store.db import load
from store.model import TABLES
from store.packing import pack_actor_mentions, unpack_items
from store.storage import SideTextStorage
from store.texts import join, texts_path

REFS = ("text_sha", "text_at", "text_len")


def grouping_seconds(figures: list[dict[str, Any]], articles: list[dict[str, Any]],
                     actors: list[dict[str, Any]]) -> tuple[float, list[dict[str, Any]]]:
    """The corpus stage's grouping over these rows: (seconds, conflict rows)."""
    started = time.perf_counter()
    rows = build_conflicts(figures, articles, actor_resolver(actors))
    return time.perf_counter() - started, rows


def _copy_figure(row: dict[str, Any], base: str, new: str) -> dict[str, Any]:
    copy = {**row, "id": f"{new}:{row['start']}", "article": new}
    revises = row.get("revises")
    if isinstance(revises, str) and revises.startswith(f"{base}:"):
        copy["revises"] = f"{new}:{revises[len(base) + 1:]}"
    return copy


def replicate(source: Path, target: Path, n: int) -> float:
    """Write a store of ``n`` articles copied from ``source`` to ``target``; returns the seconds
    its conflict grouping took."""
    data = load(source)  # whole tables: figures and mentions out of their parts
    join(source, data["articles"])
    articles = sorted(data["articles"].values(), key=lambda row: row["id"])
    figures: dict[str, list[dict]] = defaultdict(list)
    for row in data["figures"].values():
        figures[row["article"]].append(row)
    mentions = {row["article"]: row for row in data["mentions"].values()}
    refs: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    new_articles, new_figures, new_mentions = [], [], []
    for i in range(n):
        base = articles[i % len(articles)]
        copy = i // len(articles)
        new = base["id"] if copy == 0 else f"{base['id']}~{copy}"
        row = {k: v for k, v in base.items() if k not in REFS}
        if copy:
            row.update(id=new, file=f"{new}.txt", path=f"/archive/{new}.txt",
                       title=f"{base.get('title') or base['file']} ({copy + 1})",
                       text=f"{base['text']}\n\nArchive copy {copy}.\n")
        new_articles.append(row)
        new_figures.extend(_copy_figure(fig, base["id"], new) for fig in figures[base["id"]])
        if base["id"] in mentions:
            doc = {**mentions[base["id"]], "article": new}
            new_mentions.append(doc)
            for start, end, _, actor, _ in unpack_items(doc.get("items", "")):
                if actor is not None:
                    refs[actor].append((new, start, end))
    actors = [{**row, "mentions": pack_actor_mentions(refs[row["id"]]),
               "n_mentions": len(refs[row["id"]]),
               "articles": sorted({article for article, _, _ in refs[row["id"]]})}
              for row in data["actors"].values()]
    seconds, conflicts = grouping_seconds(new_figures, new_articles, actors)
    tables: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
    tables["meta"] = data["meta"]
    for name, rows in (("articles", new_articles), ("figures", new_figures),
                       ("mentions", new_mentions), ("actors", actors),
                       ("links", list(data["links"].values())), ("conflicts", conflicts),
                       ("user", list(data.get("user", {}).values()))):
        tables[name] = {str(i): row for i, row in enumerate(rows, 1)}
    for path in (target, texts_path(target)):
        path.unlink(missing_ok=True)
    SideTextStorage(target, on_written=vouch).write(tables)
    return seconds


def size_on_disk(store: Path) -> int:
    """The store and its side file, in bytes."""
    side = texts_path(store)
    return store.stat().st_size + (side.stat().st_size if side.exists() else 0)
