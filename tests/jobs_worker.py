"""An ingest on worker processes that logs what it committed, for the SIGKILL test of
``--jobs 2``: ``python tests/jobs_worker.py DB FOLDER LOG`` ingests FOLDER into DB with two
workers and appends the id of every article it has committed to LOG (synced) as each commit
returns."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.ingest.pipeline import ingest


class LogCommits:
    """The pipeline's progress hooks; only ``committed`` writes."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def total(self, n: int) -> None:
        pass

    def advance(self, file: str) -> None:
        pass

    def committed(self, article_ids: list[str]) -> None:
        with self.log.open("a") as handle:
            handle.write("".join(f"{article_id}\n" for article_id in article_ids))
            handle.flush()
            os.fsync(handle.fileno())

    def stage(self, name: str) -> None:
        pass


def main() -> None:
    db, folder, log = (Path(arg) for arg in sys.argv[1:4])
    ingest([folder], db, jobs=2, progress=LogCommits(log), wait=10.0)


if __name__ == "__main__":
    main()
