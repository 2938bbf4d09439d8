"""``claimscope ingest``: add files and folders of articles to the store."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store.errors import ClaimscopeError
from store.ingest.pipeline import IngestReport, ingest
from store.ingest.reading import DEFAULT_MAX_BYTES
from tui.commands.common import cell, console

PROGRESS_FROM = 3  # a bar for runs of at least this many articles
T = TypeVar("T")


class RichProgress:
    """The pipeline's progress hooks drawn as a rich bar on standard error."""

    def __init__(self) -> None:
        self.bar = Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=console(stderr=True),
            transient=True,
        )
        self.task = None

    def total(self, n: int) -> None:
        if n >= PROGRESS_FROM and self.bar.console.is_terminal:
            self.bar.start()
            self.task = self.bar.add_task("reading articles", total=n)

    def advance(self, file: str) -> None:
        if self.task is not None:
            self.bar.advance(self.task)

    def committed(self, article_ids: list[str]) -> None:
        pass

    def stage(self, name: str) -> None:
        if self.task is not None:
            self.bar.update(self.task, description=name)

    def stop(self) -> None:
        if self.task is not None:
            self.bar.stop()


def _converted(value: str, convert: Callable[[str], T], what: str) -> T:
    try:
        return convert(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a {what}: {value!r}") from None


def megabytes(value: str) -> float:
    """A size limit in MB: a positive, finite number (``nan`` made every file "too large" and
    ``inf`` crashed on the way to bytes)."""
    size = _converted(value, float, "number")
    if not (math.isfinite(size) and size > 0):
        raise argparse.ArgumentTypeError(f"not a positive size in MB: {value!r}")
    return size


def seconds(value: str) -> float:
    """A wait in seconds: zero or more, finite."""
    wait = _converted(value, float, "number")
    if not (math.isfinite(wait) and wait >= 0):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return wait


def jobs(value: str) -> int:
    """A number of worker processes: a whole number, at least one."""
    n = _converted(value, int, "whole number")
    if n < 1:
        raise argparse.ArgumentTypeError(f"at least one job: {value!r}")
    return n


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article files (.txt, .md, .html, .htm) or folders of them")
    parser.add_argument("--refresh", action="store_true",
                        help="also read again the stored articles an older version of the "
                             "extraction read (after an upgrade)")
    parser.add_argument("--max-size", type=megabytes, default=DEFAULT_MAX_BYTES / 1e6, metavar="MB",
                        help="skip files larger than this (default %(default)g MB)")
    parser.add_argument("--follow-links", action="store_true",
                        help="also read links that lead out of the folders given")
    parser.add_argument("--jobs", type=jobs, default=None, metavar="N",
                        help="worker processes that read articles (default: every core; a "
                             "small ingest runs in this process)")
    parser.add_argument("--dask", default=None, metavar="ADDRESS",
                        help="read the articles on the Dask cluster whose scheduler is at "
                             "ADDRESS (tcp://host:8786); needs the cluster extra")
    parser.add_argument("--wait", type=seconds, default=3.0, metavar="SECONDS",
                        help="how long to wait for another writer (default %(default)g s)")


def build(paths: list[Path], db: Path, *, max_bytes: int, wait: float = 3.0,
          follow_links: bool = False, jobs: int | None = None,
          dask: str | None = None) -> IngestReport:
    progress = RichProgress()
    try:
        return ingest(paths, db, max_bytes=max_bytes, progress=progress, wait=wait,
                      follow_links=follow_links, jobs=jobs, dask=dask)
    finally:
        progress.stop()


def report(result: IngestReport, db: Path, *, quiet: bool = False) -> int:
    """Notes and skipped files on standard error, the summary on standard output (``quiet``:
    on standard error too, for a store built before another command prints its own output)."""
    err = console(stderr=True)
    for path, note in result.notes:
        err.print(cell(f"note: {path}: {note}", 300))
    for path, reason in result.skipped:
        err.print(cell(f"skipped: {path}: {reason}", 300))
    out = err if quiet else console()
    out.print(cell(f"{result.summary()} -> {db}", 400))
    return 1 if result.skipped else 0


def refreshed(paths: list[Path], db: Path) -> list[Path]:
    """The paths to ingest with ``--refresh``: those given, and the files of the articles an
    older extraction read; the records whose file is gone are named on standard error."""
    from store.ingest.refresh import older_files  # deferred: a store read only when asked

    present, gone = older_files(db)
    err = console(stderr=True)
    for path in gone:
        err.print(cell(f"note: {path}: file gone, not read again (claimscope prune removes "
                       "its record)", 300))
    if not present and not paths:
        err.print(cell("every article on disk was read by this version of the extraction", 300))
    return [*paths, *present]


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.refresh:
        raise ClaimscopeError("nothing to ingest: give article files or folders, or --refresh "
                              "to read again what an older version read")
    paths = refreshed(args.paths, args.db) if args.refresh else args.paths
    if not paths:
        return 0
    result = build(paths, args.db, max_bytes=int(args.max_size * 1e6), wait=args.wait,
                   follow_links=args.follow_links, jobs=args.jobs, dask=args.dask)
    code = report(result, args.db)
    sys.stdout.flush()
    return code
