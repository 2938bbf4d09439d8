"""Crash-safe JSON storage for TinyDB, write batching and rotating backups.

TinyDB's own JSONStorage rewrites the file in place: a crash or a full disk in the
middle leaves half a store. Here every write goes to a temporary file beside the
store and is renamed over it, so the store on disk is always either the old or the
new version, never a mix.
"""

import contextlib
import errno
import gc
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson
from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from store import parts
from store.errors import NotAStore, StoreCorrupt, StoreReadOnly
from store.model import in_corpus_order
from store.texts import SUFFIX as TEXTS_SUFFIX
from store.texts import join, move_out, side_size, sync_side

__all__ = [
    "KEEP_BACKUPS", "AtomicJSONStorage", "BatchingMiddleware", "SideTextStorage", "backup",
    "is_own_file",
    "newest_backup", "temporaries", "write_atomic",
]

KEEP_BACKUPS = 3
_NEW_FILE_MODE = 0o600  # a new store holds someone's research notes: private by default
_STAMP = "%Y%m%dT%H%M%S"


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Parsing a large store creates millions of objects and no cycles; letting the cyclic
    collector run over them as they are made more than doubles the time to open it. On leaving,
    what was made meanwhile is moved to the oldest generation (``settle``), not left young."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            settle()
            gc.enable()


def settle() -> None:
    """Move every tracked object to the collector's oldest generation, at no cost per object.

    Objects made while the collector was paused are all young: the first collection after it
    resumes walks every one of them (a fifth of a second for a 100,000-article store's tables,
    and it grows with them), to find that they are alive. Frozen and unfrozen at once they join
    the oldest generation instead, which only a full collection walks, and they stay collectable
    (``gc.freeze`` alone would keep them out of every collection for good)."""
    if gc.get_freeze_count():  # the process froze objects on purpose (the reader): keep them so
        return
    gc.freeze()
    gc.unfreeze()


def _fsync_dir(directory: Path) -> None:
    """Make a rename durable; some file systems cannot sync a directory, which is fine."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _atomic_write(target: Path, fill: Callable[[IO[bytes]], None], mode: int | None, *,
                  durable: bool = True) -> None:
    """Write target via a synced temporary file and a rename; on failure target is untouched.
    ``durable=False`` leaves out both syncs: the rename is still atomic for every reader, but
    a crash may leave the old file or an empty one (for a file that is only a cache)."""
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), _NEW_FILE_MODE if mode is None else mode)
            fill(handle)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(directory)


NOTE_SUFFIX = ".checked"  # the note that a store's bytes were checked when written (store.checked)


def fingerprint(blob: bytes) -> str:
    """A store file's length and CRC-32: what ``store.checked`` compares to tell the bytes a
    writer checked from any others (a guard against accidents, not against forgery)."""
    return f"{len(blob)}:{zlib.crc32(blob):08x}"


def write_atomic(target: Path, blob: bytes, *, durable: bool = True) -> None:
    """Replace ``target`` with ``blob`` in one rename (what ``export --output`` writes): a reader of
    the file, or a full disk halfway, never sees half a document (``durable``: see
    ``_atomic_write``)."""
    target = Path(os.path.realpath(target))
    _atomic_write(target, lambda handle: handle.write(blob), _mode_of(target), durable=durable)


def is_own_file(store: Path, path: Path) -> bool:
    """Whether ``path`` is one of the files a store keeps: the store itself, its lock, its texts, a
    backup, or a temporary file of its writes (what ingest never reads and export never
    overwrites)."""
    store_real = Path(os.path.realpath(store))
    real = Path(os.path.realpath(path))
    if real == store_real:
        return True
    if real.parent != store_real.parent:
        return False
    name = store_real.name
    own = (re.escape(name) + r"(?:\.lock|\.bak-\d{8}T\d{6}|" + re.escape(TEXTS_SUFFIX) + "|"
           + re.escape(NOTE_SUFFIX) + ")"
           + "|" + _temporary_pattern(name))
    return re.fullmatch(own, real.name) is not None


def _temporary_pattern(name: str) -> str:
    """The names ``tempfile.mkstemp`` gives the temporary files of a store's writes (the store, its
    backups and its note): a prefix, eight random characters, ``.tmp``."""
    return (r"\." + re.escape(name) + r"(?:\.bak-\d{8}T\d{6}|" + re.escape(NOTE_SUFFIX)
            + r")?\.[a-z0-9_]{8}\.tmp")


def temporaries(store: Path) -> list[Path]:
    """The temporary files of this store's writes beside it, matched exactly: another store's in
    the same folder (``claims.json.old``) are not this store's to remove."""
    pattern = re.compile(_temporary_pattern(store.name))
    try:
        names = [entry.name for entry in os.scandir(store.parent)]
    except OSError:
        return []
    return [store.parent / name for name in names if pattern.fullmatch(name)]


def _mode_of(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None


def _damage(raw: bytes, exc: orjson.JSONDecodeError) -> str:
    """Say where the store stops being JSON, in bytes (orjson counts characters)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        return f"not valid UTF-8 at byte {bad.start}"
    return f"not valid JSON at byte {len(text[: exc.pos].encode('utf-8'))}"


class AtomicJSONStorage(Storage):
    """TinyDB storage that never leaves a half-written store behind."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 on_written: Callable[[Path, bytes, dict[str, Any]], None] | None = None,
                 **_ignored: Any) -> None:
        # TinyDB passes its own keyword arguments through (access_mode, encoding, ...);
        # they describe JSONStorage's open file and mean nothing here.
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self.on_written = on_written  # told of every write once the store has been replaced
        self.fingerprint: str | None = None  # of the bytes a read-only read parsed

    def read(self) -> dict[str, dict[str, Any]] | None:
        """Return the stored tables, or None for a store that does not exist yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw:
            return None
        try:
            with paused_gc():
                data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreCorrupt(
                self.path, newest_backup(self.path), reason=_damage(raw, exc)
            ) from None
        if not isinstance(data, dict):
            raise NotAStore(self.path)
        if self.read_only:
            self.fingerprint = fingerprint(raw)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the store with data in one rename, keeping the file's permissions."""
        if self.read_only:
            raise StoreReadOnly(self.path)
        blob = orjson.dumps(data)
        # Write through a symlinked store to its target instead of replacing the link.
        target = Path(os.path.realpath(self.path))
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, lambda handle: handle.write(blob), _mode_of(target))
        if self.on_written is not None:
            self.on_written(target, blob, data)

    def close(self) -> None:
        """Nothing stays open between reads and writes."""


class SideTextStorage(AtomicJSONStorage):
    """The writer's storage: whole tables in memory (article rows with their ``text``, every
    figure, mention, actor map and group member), and on disk the texts and the parts
    (``store.parts``) in the side file, appended and synced before the JSON's rename."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 on_written: Callable[[Path, bytes, dict[str, Any]], None] | None = None,
                 **_ignored: Any) -> None:
        super().__init__(path, read_only=read_only, on_written=on_written)
        self.known: dict[str, list[int]] = {}  # the parts in the side file, by address

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self.whole(super().read())

    def whole(self, data: dict[str, dict[str, Any]] | None) -> dict[str, dict[str, Any]] | None:
        """The tables of a parsed store with its texts and parts put back."""
        articles = data.get("articles") if data else None
        if isinstance(articles, dict):
            join(self.path, articles)
            self.known.update(parts.join(self.path, data))
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StoreReadOnly(self.path)
        articles = data.get("articles")
        if isinstance(articles, dict):
            # the new texts and parts appended unsynced, then the side file synced once: one disk
            # flush for both, still before the JSON that names them replaces the store
            before = side_size(self.path)
            data = parts.move_out(self.path, data, move_out(self.path, articles, sync=False),
                                  self.known, sync=False)
            if side_size(self.path) != before:
                sync_side(self.path)
            # rows in corpus order on disk: the reader's open takes them as they come, unsorted
            data["articles"] = in_corpus_order(data["articles"])
        super().write(data)


class BatchingMiddleware(Middleware):
    """Keep the database in memory and write it only on flush() or close().

    TinyDB hands the storage the whole database on every insert; with this in
    between, an ingest run writes once per batch of articles instead of once per
    record. Unflushed changes are lost if the process dies, never half-written.
    """

    def __init__(self, storage_cls: Callable[..., Storage]) -> None:
        super().__init__(storage_cls)
        self._cache: dict[str, dict[str, Any]] | None = None
        self._loaded = False
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._cache = self.storage.read()
            self._loaded = True
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._cache = data
        self._loaded = True
        self.dirty = True

    def preload(self, data: dict[str, dict[str, Any]]) -> None:
        """Start from tables the caller has already read (and checked) from the storage."""
        self._cache = data
        self._loaded = True

    def flush(self) -> None:
        """Write pending changes; on failure they stay pending and the old file stays whole."""
        if self.dirty:
            assert self._cache is not None
            self.storage.write(self._cache)
            self.dirty = False

    def discard(self) -> None:
        """Drop unflushed changes, e.g. when a batch fails halfway; the next read reloads.

        TinyDB closes its storage on leaving a with block even after an exception,
        and close() flushes, so call this first to keep half a batch out of the store.
        """
        self._cache = None
        self._loaded = False
        self.dirty = False

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.storage.close()


def _backup_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(path.name) + r"\.bak-\d{8}T\d{6}")


def _backups(path: Path) -> list[Path]:
    """Backups of path, oldest first (the timestamps sort as text)."""
    pattern = _backup_pattern(path)
    try:
        names = [entry.name for entry in os.scandir(path.parent)]
    except FileNotFoundError:
        return []
    return [path.parent / name for name in sorted(names) if pattern.fullmatch(name)]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def backup(path: str | Path) -> Path:
    """Copy the store beside itself before a risky change; keep the newest few copies."""
    path = Path(path)
    target = path.with_name(f"{path.name}.bak-{_utcnow().strftime(_STAMP)}")
    with path.open("rb") as source:
        _atomic_write(target, lambda handle: shutil.copyfileobj(source, handle), _mode_of(path))
    for old in _backups(path)[:-KEEP_BACKUPS]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return target


def newest_backup(path: str | Path) -> Path | None:
    """The most recent backup of the store, for the restore hint in StoreCorrupt."""
    found = _backups(Path(path))
    return found[-1] if found else None
