"""What a worker process does in the test of worker deaths: it dies (``os._exit``) on a task that
holds an article named ``die-once*`` the first time any worker meets it (a marker file remembers),
on one named ``die-always*`` every time, and otherwise gives every article an empty result
without loading spaCy."""

from __future__ import annotations

import os
from pathlib import Path

from store.ingest.extraction import ArticleResult
from store.ingest.workers import Outcome, Task


def run_or_die(task: Task, ingested_at: str) -> list[Outcome]:
    for _, job in task:
        name = job.path.name
        marker = job.path.with_name(name + ".died")
        if name.startswith("die-always") or (name.startswith("die-once")
                                             and not marker.exists()):
            marker.touch()
            os._exit(1)
    return [Outcome(number, ArticleResult({"id": job.article_id, "at": ingested_at}, [], {}))
            for number, job in task]


def died(path: Path) -> bool:
    return path.with_name(path.name + ".died").exists()


def always_die(task: Task, ingested_at: str) -> list[Outcome]:
    """A worker that cannot read anything (as when its model will not load)."""
    os._exit(1)
