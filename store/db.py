"""Opening a claim store: where it lives, what makes a file one, and the write session.

Readers open the file read-only and never lock; the one writer holds the lock beside the store,
batches its changes in memory and commits them with an atomic rename (``store.storage``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from store.checked import vouch, vouched
from store.errors import ClaimscopeError, NotAStore, StoreInvalid, StoreTooNew
from store.lock import writer_lock
from store.model import APP_NAME, SCHEMA_VERSION, TABLES, TOOL_VERSION
from store.parts import join as join_parts
from store.parts import side_reach
from store.schema import first_problem
from store.storage import (
    AtomicJSONStorage,
    BatchingMiddleware,
    SideTextStorage,
    backup,
    newest_backup,
    temporaries,
)
from store.texts import check_reach

ENV_DB = "CLAIMSCOPE_DB"
# meta field: articles were committed and the corpus stage (actors, links, conflicts) has not run
# over them yet; the next ingest or ``doctor --repair`` completes it
PENDING = "corpus_pending"
DEFAULT_NAME = "claims.json"


def default_path() -> Path:
    """The store used when no ``--db`` is given: ``$CLAIMSCOPE_DB``, else the user data dir."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # deferred: only needed without $CLAIMSCOPE_DB

    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_NAME


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def check_meta(path: Path, data: dict[str, Any] | None) -> int | None:
    """The schema version of a parsed store; None for an empty (new) file.

    Raises for a file that is JSON but not a claimscope store, and for a newer schema."""
    if not data:
        return None
    meta_table = data.get("meta")
    meta = next(iter(meta_table.values()), None) if isinstance(meta_table, dict) else None
    if not isinstance(meta, dict) or meta.get("app") != APP_NAME:
        raise NotAStore(path)
    version = meta.get("schema_version")
    if not isinstance(version, int):
        raise NotAStore(path)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path, version, SCHEMA_VERSION)
    return version


def _figures_know_their_estimates(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 -> 2: figures gain ``reported``, ``period``, ``period_basis``, ``event``,
    ``origin``, ``origin_kind``, ``origin_basis`` and ``revises``; conflict groups gain
    ``parent``, ``kind`` and ``pair``. Values are what schema 1 knew (the period is the old
    ``when``, the origin the source); articles are marked as read by the older extraction, so the
    next ingest of their folder reads them again and fills the fields properly."""
    dates = {row.get("id"): row.get("date") for row in (data.get("articles") or {}).values()
             if isinstance(row, dict)}
    for row in (data.get("articles") or {}).values():
        if isinstance(row, dict):
            row.setdefault("extractor", 1)
    for row in (data.get("figures") or {}).values():
        if not isinstance(row, dict):
            continue
        stated = row.get("when_basis") in ("sentence", "earlier")
        row.setdefault("reported", dates.get(row.get("article")))
        row.setdefault("period", row.get("when"))
        row.setdefault("period_basis", "stated" if stated else "reported")
        row.setdefault("event", None)
        row.setdefault("origin", row.get("source") or "the article")
        row.setdefault("origin_kind", None)
        row.setdefault("origin_basis", row.get("source_basis") or "article")
        row.setdefault("revises", None)
    for row in (data.get("conflicts") or {}).values():
        if isinstance(row, dict):
            row.setdefault("parent", None)
            row.setdefault("kind", "quantity")
            row.setdefault("pair", None)
    return data


def _texts_beside_the_store(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 -> 3: article texts move to the side file (``store.texts``). Nothing changes in
    the parsed tables: a row may hold its text inline in schema 3 too, and the writer that
    migrates (after its backup of the old file) moves every text out as it writes."""
    return data


def _parts_beside_the_store(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 -> 4: figures, mentions, actor maps and group members move to the side file as
    parts (``store.parts``). As for the texts, the parsed tables stay as they are (a row may be
    inline in schema 4 too) and the writer that migrates, after its backup, moves them out."""
    return data


# version -> step to version + 1
MIGRATIONS: dict[int, Any] = {1: _figures_know_their_estimates, 2: _texts_beside_the_store,
                              3: _parts_beside_the_store}


def migrate(path: Path, data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring an older store up to date; the caller has already written a backup."""
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ClaimscopeError(
                f"the store {path} has schema version {version}, which this claimscope cannot "
                f"migrate (supported: {SCHEMA_VERSION})"
            )
        data = step(data)
        version += 1
    return data


class WriteSession:
    """One writer's view of a store: TinyDB tables over an in-memory batch, committed by
    ``commit()`` in one atomic write."""

    def __init__(self, path: Path, db: TinyDB) -> None:
        self.path = path
        self.db = db
        self._backed_up = False

    def table(self, name: str):  # -> tinydb.table.Table
        return self.db.table(name)

    def meta(self) -> dict[str, Any]:
        rows = self.db.table("meta").all()
        return dict(rows[0]) if rows else {}

    def set_meta(self, **fields: Any) -> None:
        """Change fields of the meta row (written with the next commit)."""
        doc = self.meta()
        doc.update(fields)
        meta = self.db.table("meta")
        meta.truncate()
        meta.insert(doc)

    def commit(self) -> None:
        if not self._backed_up:
            self._backed_up = True
            _daily_backup(self.path)
        meta = self.db.table("meta")
        doc = meta.all()[0] if len(meta) else {}
        doc.update({"app": APP_NAME, "schema_version": SCHEMA_VERSION,
                    "tool_version": TOOL_VERSION, "updated_at": now()})
        doc.setdefault("built_at", doc["updated_at"])
        meta.truncate()
        meta.insert(doc)
        self.db.storage.flush()

    def discard(self) -> None:
        self.db.storage.discard()


BACKUP_EVERY = 24 * 3600  # seconds between the automatic backups a writer makes


def _daily_backup(path: Path) -> None:
    """Before a store's first change of the day, keep a copy: atomic writes protect against a
    crash, not against a disk or a hand that damages the file later."""
    if not path.exists() or path.stat().st_size == 0:
        return
    newest = newest_backup(path)
    if newest is None or time.time() - newest.stat().st_mtime > BACKUP_EVERY:
        backup(path)


@contextmanager
def open_for_write(path: Path, *, wait: float = 3.0) -> Iterator[WriteSession]:
    """Lock the store, check (or migrate) its schema and yield a write session.

    Nothing reaches the file until ``commit()``; an exception discards the pending batch."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise ClaimscopeError(f"the store {path} is not a file")
    path.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(path, wait=wait):
        _remove_stale_temporaries(path)
        storage = SideTextStorage(path, on_written=vouch)
        raw = AtomicJSONStorage(path, read_only=True).read()
        version = check_meta(path, raw)
        whole = None
        if version is not None and raw is not None:
            whole = storage.whole(raw)  # texts and parts back in their tables
            assert whole is not None
            if version < SCHEMA_VERSION:
                whole = migrate(path, whole, version)
            validate(path, whole, deep=True)
            if version < SCHEMA_VERSION:
                backup(path)
                storage.write(whole)
        middleware = BatchingMiddleware(lambda *_args, **_kwargs: storage)
        db = TinyDB(path, storage=middleware)
        if whole is not None:
            middleware.preload(whole)  # read once: the tables just checked
        session = WriteSession(path, db)
        try:
            for name in TABLES:
                db.table(name)
            yield session
        except BaseException:
            session.discard()
            raise
        finally:
            db.close()


def _remove_stale_temporaries(path: Path) -> None:
    """A writer killed mid-write leaves its temporary file; the lock holder knows it is stale."""
    for tmp in temporaries(path):
        with contextlib.suppress(OSError):
            tmp.unlink()


def validate(path: Path, data: dict[str, Any], *, deep: bool) -> None:
    """Raise ``StoreInvalid`` for a store whose records do not have their declared shape
    (``store.schema``)."""
    found = first_problem(data, deep=deep)
    if found is not None:
        raise StoreInvalid(path, *found)


def load(path: Path, *, problems: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The whole tables of a store at the current schema, its parts put back and its records not
    yet checked (what ``doctor`` examines; ``problems`` collects the parts that do not read);
    raises a ClaimscopeError for a missing, empty, damaged, foreign or newer file."""
    data = _parse(Path(path))
    join_parts(Path(path), data, problems=problems)
    return data


def _parse(path: Path, storage: AtomicJSONStorage | None = None) -> dict[str, dict[str, Any]]:
    """The parsed JSON of a store at the current schema (its parts left in the side file)."""
    path = Path(path)
    if not path.exists():
        raise ClaimscopeError(f"no store at {path} (build one with: claimscope ingest FOLDER)")
    if not path.is_file():
        raise ClaimscopeError(f"the store {path} is not a file")
    data = (storage or AtomicJSONStorage(path, read_only=True)).read()
    version = check_meta(path, data)
    if version is None or data is None:
        raise ClaimscopeError(f"the store {path} is empty")
    if version < SCHEMA_VERSION:
        data = migrate(path, data, version)
        if storage is not None:
            storage.fingerprint = None  # the note, if any, is of the bytes before the migration
    return data


def open_for_read(path: Path) -> dict[str, dict[str, Any]]:
    """The parsed tables of a store, checked, article texts and parts left in the side file (the
    read API reads one when it is shown); raises a ClaimscopeError for anything else, a missing
    side file included."""
    return read_tables(path)[0]


def read_tables(path: Path) -> tuple[dict[str, dict[str, Any]], bool]:
    """``open_for_read``'s tables, and whether their article rows are known to come in corpus
    order (the writer's note says so of these very bytes: ``store.checked``)."""
    storage = AtomicJSONStorage(Path(path), read_only=True)
    data = _parse(path, storage)
    note = vouched(Path(path), storage.fingerprint)
    if note is not None:  # written by claimscope and checked then (``store.checked``)
        check_reach(Path(path), note.reach)
        return data, note.in_order
    validate(Path(path), data, deep=False)
    articles = data.get("articles")
    if isinstance(articles, dict):
        check_reach(Path(path), side_reach(data))
    return data, False
