"""Ingest: files in, claims out. Reads, parses and extracts article by article, commits in
batches, then rebuilds the corpus-wide tables (actors, links, conflicts) once at the end
(``store.ingest.corpus_stage``).

Writes are batched because the store is one JSON document: every commit rewrites the file, so
committing per record would make an ingest quadratic in the size of the store.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tinydb import Query

from store.db import WriteSession, now, open_for_write
from store.errors import SkipFile
from store.ingest.documents import READ_SUFFIXES, REFUSED_SUFFIXES, load_document
from store.ingest.metadata import article_metadata, body_start
from store.ingest.reading import DEFAULT_MAX_BYTES, discover
from store.model import EXTRACTOR_VERSION
from store.packing import named_mentions

MIN_COMMIT_SECONDS = 2.0  # commit at least this often (what a crash can lose)
COMMIT_COST_FACTOR = 4.0  # ...but spend no more than ~1/4 of the time rewriting the file


class Progress(Protocol):
    def total(self, n: int) -> None: ...
    def advance(self, file: str) -> None: ...
    def committed(self, article_ids: list[str]) -> None: ...
    def stage(self, name: str) -> None: ...


class _Silent:
    def total(self, n: int) -> None:
        pass

    def advance(self, file: str) -> None:
        pass

    def committed(self, article_ids: list[str]) -> None:
        pass

    def stage(self, name: str) -> None:
        pass


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    figures: int = 0
    actors: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.updated

    def summary(self) -> str:
        parts = [
            f"{self.articles} article{'s' if self.articles != 1 else ''} ingested"
            + (f" ({self.unchanged} unchanged)" if self.unchanged else ""),
            f"{self.figures} figures",
            f"{self.actors} actors",
            f"{self.conflicts} conflict groups",
            f"{self.seconds:.1f} s",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


@dataclass
class _Pending:
    path: Path
    key: str
    text: str
    sha: str
    encoding_note: str | None
    old_id: str | None
    fields: dict[str, str]  # the metadata the file itself states (front matter, a page's)


def article_key(path: Path) -> str:
    """What identifies an article across re-ingests: its resolved path."""
    return str(path.resolve())


def _article_id(path: Path, taken: set[str]) -> str:
    base = path.stem
    if base not in taken:
        return base
    return f"{base}-{hashlib.sha1(article_key(path).encode()).hexdigest()[:6]}"


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    nlp: Any = None,
    wait: float = 3.0,
) -> IngestReport:
    """Ingest files and folders into the store at ``db_path``; see ``IngestReport``."""
    progress = progress or _Silent()
    report = IngestReport()
    began = time.perf_counter()
    with open_for_write(db_path, wait=wait) as session:
        articles = session.table("articles")
        stored = articles.all()
        by_key = {row.get("path"): row for row in stored}
        taken = {row["id"] for row in stored}
        pending: list[_Pending] = []
        seen: set[str] = set()
        for path, skip in discover(paths, suffixes=READ_SUFFIXES, refused=REFUSED_SUFFIXES):
            if skip is not None:
                report.skipped.append((str(path), skip.reason))
                continue
            key = article_key(path)
            if key in seen:
                continue
            seen.add(key)
            try:
                decoded = load_document(path, max_bytes=max_bytes)
            except SkipFile as exc:
                report.skipped.append((str(path), exc.reason))
                continue
            if decoded.note:
                report.notes.append((str(path), decoded.note))
            sha = hashlib.sha256(decoded.text.encode("utf-8", "surrogatepass")).hexdigest()
            old = by_key.get(key)
            if (old is not None and old.get("sha256") == sha
                    and old.get("extractor") == EXTRACTOR_VERSION):
                report.unchanged += 1
                continue
            pending.append(_Pending(path, key, decoded.text, sha, decoded.note,
                                    old["id"] if old else None, decoded.fields))
        progress.total(len(pending))
        if pending:
            _extract_and_store(session, pending, taken, report, progress, nlp)
        if pending:
            progress.stage("resolving actors and conflicts")
            # deferred: resolution and grouping (rapidfuzz among them) load only once articles are
            # written, so every command that imports this module starts quicker
            from store.ingest.corpus_stage import rebuild

            report.actors, report.conflicts = rebuild(session)
            session.commit()
        else:
            report.actors = len(session.table("actors"))
            report.conflicts = len(session.table("conflicts"))
    report.seconds = time.perf_counter() - began
    return report


BATCH_MAX = 16  # spaCy parses this many texts at a time on a large ingest
BATCHES_AT_LEAST = 8  # ...and a small one in at least this many steps, so its progress moves


def _docs(nlp: Any, pending: list[_Pending]) -> Iterator[tuple[_Pending, Any]]:
    """Parsed articles as spaCy finishes them. ``nlp.pipe`` yields nothing until a whole batch
    is parsed, so a batch of 16 kept a five-article ingest's progress bar at 0/5 to the end."""
    texts = (p.text for p in pending)
    size = max(1, min(BATCH_MAX, len(pending) // BATCHES_AT_LEAST))
    yield from zip(pending, nlp.pipe(texts, batch_size=size), strict=True)


class _Batch:
    """Records waiting for the next commit. TinyDB rebuilds a whole table on every insert or
    remove, so each table is touched once per commit, never once per record."""

    def __init__(self) -> None:
        self.replaced: list[str] = []
        self.rows: dict[str, list[dict]] = {"articles": [], "figures": [], "mentions": []}

    def add(self, row: dict, figures: list[dict], mentions: dict, *, replaces: bool) -> None:
        if replaces:
            self.replaced.append(row["id"])
        self.rows["articles"].append(row)
        self.rows["figures"].extend(figures)
        self.rows["mentions"].append(mentions)

    def write(self, session: WriteSession) -> list[str]:
        """Apply to the session (a changed file replaces its own records and nothing else)."""
        if self.replaced:
            q = Query()
            gone = set(self.replaced)
            session.table("articles").remove(q.id.test(lambda v: v in gone))
            session.table("figures").remove(q.article.test(lambda v: v in gone))
            session.table("mentions").remove(q.article.test(lambda v: v in gone))
        for table, rows in self.rows.items():
            if rows:
                session.table(table).insert_multiple(rows)
        ids = [row["id"] for row in self.rows["articles"]]
        self.replaced = []
        self.rows = {name: [] for name in self.rows}
        return ids


def _extract_and_store(
    session: WriteSession,
    pending: list[_Pending],
    taken: set[str],
    report: IngestReport,
    progress: Progress,
    nlp: Any,
) -> None:
    # deferred: extraction drives spaCy and is only needed when there is text to parse, so the
    # commands that merely import this module (``claimscope figures``) stay quick
    from store.extract.article import extract_article
    from store.extract.nlp import load_nlp
    from store.knowledge.aliases import armed_group_names

    if nlp is None:
        progress.stage("loading the English model")
        nlp = load_nlp()
        progress.stage("reading articles")
    longest = max(len(p.text) for p in pending)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    batch = _Batch()
    last_commit = time.perf_counter()
    commit_cost = 0.0
    armed = armed_group_names()
    for item, doc in _docs(nlp, pending):
        meta = article_metadata(item.path, item.text, item.fields)
        article_id = item.old_id or _article_id(item.path, taken)
        taken.add(article_id)
        figures, mention_doc = extract_article(doc, article_id, meta.date, armed,
                                               body_start=body_start(item.text),
                                               outlet=meta.outlet)
        row = {
            "id": article_id,
            "file": item.path.name,
            "path": item.key,
            "title": meta.title,
            "outlet": meta.outlet,
            "date": meta.date,
            "date_inferred": meta.date_inferred,
            "date_basis": meta.date_basis,
            "url": meta.url,
            "sha256": item.sha,
            "extractor": EXTRACTOR_VERSION,
            "note": item.encoding_note,
            "ingested_at": now(),
            "n_figures": len(figures),
            "n_mentions": named_mentions(mention_doc["items"]),
            "text": item.text,
        }
        batch.add(row, figures, mention_doc, replaces=item.old_id is not None)
        if item.old_id:
            report.updated += 1
        else:
            report.added += 1
        report.figures += len(figures)
        progress.advance(item.path.name)
        elapsed = time.perf_counter() - last_commit
        if elapsed >= max(MIN_COMMIT_SECONDS, COMMIT_COST_FACTOR * commit_cost):
            t = time.perf_counter()
            ids = batch.write(session)
            session.commit()
            commit_cost = time.perf_counter() - t
            progress.committed(ids)
            last_commit = time.perf_counter()
    ids = batch.write(session)
    if ids:
        session.commit()
        progress.committed(ids)

