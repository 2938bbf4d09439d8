"""Ingest: files in, claims out, in three steps.

1. Plan (``store.ingest.plan``): read every file, compare it with the store; new and changed
   files become jobs, moved files keep their records, unreadable ones a line each.
2. Map (``store.ingest.extraction``): each job's text, within the limits of
   ``store.ingest.guard``, is parsed and turned into rows by a function of that article alone;
   rows are committed in batches, each commit marking the corpus stage as pending.
3. Reduce (``store.ingest.corpus_stage``): actors, links and conflicts rebuilt over the whole
   store, committed with the pending mark cleared.

From the user's side an ingest is one transaction: killed or interrupted after some batches, the
store keeps the articles committed and the mark, and the next ingest (or ``doctor --repair``)
runs the corpus stage even when no file changed.

Writes are batched because the store is one JSON document: every commit rewrites the file, so
committing per record would make an ingest quadratic in the size of the store.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from tinydb import Query

from store.db import PENDING, WriteSession, now, open_for_write
from store.ingest.reading import DEFAULT_MAX_BYTES
from store.storage import is_own_file

if TYPE_CHECKING:
    from store.ingest.extraction import ArticleResult
    from store.ingest.plan import Plan

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
    moved: int = 0
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
            + (f" ({self.unchanged} unchanged)" if self.unchanged else "")
            + (f", {self.moved} moved" if self.moved else ""),
            f"{self.figures} figures",
            f"{self.actors} actors",
            f"{self.conflicts} conflict groups",
            f"{self.seconds:.1f} s",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    nlp: Any = None,
    wait: float = 3.0,
    follow_links: bool = False,
) -> IngestReport:
    """Ingest files and folders into the store at ``db_path``; see ``IngestReport``."""
    from store.ingest.plan import plan_ingest  # deferred: reading and metadata, when run

    progress = progress or _Silent()
    report = IngestReport()
    began = time.perf_counter()
    with open_for_write(db_path, wait=wait) as session:
        plan = plan_ingest(paths, session.table("articles").all(), max_bytes=max_bytes,
                           follow_links=follow_links,
                           own=lambda path: is_own_file(Path(db_path), path))
        report.unchanged, report.skipped, report.notes = plan.unchanged, plan.skipped, plan.notes
        progress.total(len(plan.jobs))
        if plan.moved:
            _relocate(session, plan)
            report.moved = len(plan.moved)
        if plan.jobs:
            _extract_and_store(session, plan, report, progress, nlp)
        if plan.jobs or plan.moved or session.meta().get(PENDING):
            progress.stage("resolving actors and conflicts")
            # deferred: resolution and grouping (rapidfuzz among them) load only once articles
            # are written, so every command that imports this module starts quicker
            from store.ingest.corpus_stage import complete

            report.actors, report.conflicts = complete(session)
        else:
            report.actors = len(session.table("actors"))
            report.conflicts = len(session.table("conflicts"))
    report.seconds = time.perf_counter() - began
    return report


def _relocate(session: WriteSession, plan: Plan) -> None:
    """Moved files: the same article at a new path (one table update, committed with the next
    batch or with the corpus stage)."""
    moved = dict(plan.moved)
    table = session.table("articles")
    q = Query()
    table.update_multiple([(fields, q.id == article_id) for article_id, fields in moved.items()])
    session.set_meta(**{PENDING: True})


class _Batch:
    """Records waiting for the next commit. TinyDB rebuilds a whole table on every insert or
    remove, so each table is touched once per commit, never once per record."""

    def __init__(self) -> None:
        self.replaced: list[str] = []
        self.rows: dict[str, list[dict]] = {"articles": [], "figures": [], "mentions": []}

    def add(self, result: ArticleResult, *, replaces: bool) -> None:
        if replaces:
            self.replaced.append(result.row["id"])
        self.rows["articles"].append(result.row)
        self.rows["figures"].extend(result.figures)
        self.rows["mentions"].append(result.mentions)

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
        session.set_meta(**{PENDING: True})
        return ids


def _extract_and_store(
    session: WriteSession, plan: Plan, report: IngestReport, progress: Progress, nlp: Any
) -> None:
    # deferred: extraction drives spaCy and is only needed when there is text to parse, so the
    # commands that merely import this module (``claimscope figures``) stay quick
    from store.extract.nlp import load_nlp
    from store.ingest.extraction import extract_all
    from store.knowledge.aliases import armed_group_names

    nlp = nlp or load_nlp()
    batch = _Batch()
    last_commit = time.perf_counter()
    commit_cost = 0.0
    for job, result in extract_all(plan.jobs, nlp, armed_group_names(), now()):
        batch.add(result, replaces=job.replaces)
        for line in result.limits:
            report.notes.append((str(job.path), line))
        if job.replaces:
            report.updated += 1
        else:
            report.added += 1
        report.figures += len(result.figures)
        progress.advance(job.path.name)
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
