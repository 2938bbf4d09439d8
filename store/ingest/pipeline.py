"""Ingest: files in, claims out, in three steps.

1. Plan (``store.ingest.plan``): read every file, compare it with the store; new and changed
   files become jobs, moved files keep their records, unreadable ones a line each.
2. Map (``store.ingest.extraction``): each job's text, within the limits of
   ``store.ingest.guard``, is parsed and turned into rows by a function of that article alone,
   here, on worker processes or on a Dask cluster (``store.ingest.workers``); rows are committed
   in batches as they arrive, each commit marking the corpus stage as pending, and laid out in
   plan order once all are in, so any number of workers writes the same tables.
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
    jobs: int | None = 1,
    dask: str | None = None,
) -> IngestReport:
    """Ingest files and folders into the store at ``db_path``; see ``IngestReport``.

    ``jobs``: worker processes for the map (None: every core, or this process for a small
    ingest); ``dask``: the address of a Dask scheduler to run the map on instead; ``nlp``: a
    model already loaded, for a map in this process."""
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
            _extract_and_store(session, plan, report, progress, _Mapping(nlp, jobs, dask))
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


@dataclass(frozen=True)
class _Mapping:
    """Where the map runs: ``nlp`` a model for this process, ``jobs`` local workers, ``dask`` a
    scheduler's address (see ``store.ingest.workers.run_map``)."""

    nlp: Any
    jobs: int | None
    dask: str | None


def _extract_and_store(
    session: WriteSession, plan: Plan, report: IngestReport, progress: Progress,
    mapping: _Mapping,
) -> None:
    # deferred: the map loads spaCy (here or in workers) only when there is text to parse, so the
    # commands that merely import this module (``claimscope figures``) stay quick
    from store.ingest.workers import run_map, tasks_of, use_model

    if mapping.nlp is not None:
        use_model(mapping.nlp)
    if mapping.dask is not None:
        from store.ingest.cluster import on_cluster  # deferred: the optional ``cluster`` extra

        outcomes = on_cluster(tasks_of(plan.jobs), now(), mapping.dask)
    else:
        outcomes = run_map(plan.jobs, now(), workers=mapping.jobs)
    batch = _Batch()
    last_commit = time.perf_counter()
    commit_cost = 0.0
    limits: dict[int, tuple[str, ...]] = {}
    failed: dict[int, str] = {}
    for outcome in outcomes:
        job, result = plan.jobs[outcome.number], outcome.result
        progress.advance(job.path.name)
        if result is None:
            failed[outcome.number] = outcome.error or "could not be read"
            continue
        batch.add(result, replaces=job.replaces)
        limits[outcome.number] = result.limits
        if job.replaces:
            report.updated += 1
        else:
            report.added += 1
        report.figures += len(result.figures)
        elapsed = time.perf_counter() - last_commit
        if elapsed >= max(MIN_COMMIT_SECONDS, COMMIT_COST_FACTOR * commit_cost):
            t = time.perf_counter()
            ids = batch.write(session)
            session.commit()
            commit_cost = time.perf_counter() - t
            progress.committed(ids)
            last_commit = time.perf_counter()
    ids = batch.write(session)
    # what each worker said, in plan order whatever order the workers finished in
    for number in sorted(limits):
        report.notes.extend((str(plan.jobs[number].path), line) for line in limits[number])
    report.skipped.extend((str(plan.jobs[number].path), failed[number])
                          for number in sorted(failed))
    _lay_out(session, {job.article_id: n for n, job in enumerate(plan.jobs)})
    if ids:
        session.commit()
        progress.committed(ids)


def _lay_out(session: WriteSession, planned: dict[str, int]) -> None:
    """Rows in one order whatever order the map delivered them in: the articles kept from before
    first (as they were), then this run's in plan order, each article's figures in its order.
    Written with the corpus stage's commit, or the last batch's."""
    def place(article_id: Any) -> int:
        return planned.get(article_id, -1)

    for name, key in (("articles", "id"), ("figures", "article"), ("mentions", "article")):
        table = session.table(name)
        rows = [dict(row) for row in table.all()]
        rows.sort(key=lambda row, key=key: place(row.get(key)))  # stable: keeps each order
        table.truncate()
        if rows:
            table.insert_multiple(rows)
