"""The store a reading command needs, built from the bundled samples on first use."""

from __future__ import annotations

from pathlib import Path

from store.errors import ClaimscopeError
from tui.commands.common import cell, console


def ensure_store(db: Path, *, given: bool) -> int:
    """Make sure a command has a store to read: the default store (no ``--db``) is built from the
    bundled samples on first use, as the reader builds it; a store named by ``--db`` that does
    not exist is an error that says the command to make it. Messages go to standard error, so
    ``--json`` output stays clean. The exit code of the build (0 when nothing was needed)."""
    if db.exists():
        return 0
    if given:
        raise ClaimscopeError(f"no store at {db}: make one with `claimscope ingest FOLDER --db "
                              f"{db}`, or leave out --db for the sample store")
    # deferred: the ingest (and spaCy) only for a first run without a store
    from store.ingest.reading import DEFAULT_MAX_BYTES
    from store.samples import bundled_seeds
    from tui.commands.ingest import build, report

    console(stderr=True).print(cell(f"No store at {db}: building it from the bundled sample "
                                    "articles (once)…", 400))
    return report(build([bundled_seeds()], db, max_bytes=DEFAULT_MAX_BYTES), db, quiet=True)
