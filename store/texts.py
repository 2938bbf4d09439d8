"""Article texts beside the store: one append-only file of compressed texts, addressed by content.

A store of 100,000 articles holds about 1.3 GB of text that the reader needs one article at a
time, yet a single JSON file makes every open parse all of it. So, from schema 3, the store's
article rows name their text instead of holding it: ``text_sha`` (the SHA-256 of its UTF-8, its
address), ``text_at`` ([offset, bytes] in the side file) and ``text_len`` (its length in
characters, what the offset checks need). The side file, ``<store>.texts``, is a header line and
then zlib-compressed texts one after another, nothing else.

Crash safety stays one atomic switch: a writer appends the texts that are new (an address already
in the store is written once), syncs the side file, and only then renames the new JSON over the
old (``store.storage.SideTextStorage``). Bytes are never changed once written, so the old JSON,
a reader that has it open, and every backup still find their texts; a writer killed between the
two steps leaves unread bytes at the end of the side file and nothing else. A row may also hold
its text inline (``text``), as every store before schema 3 did: the next write moves it out.
"""

from __future__ import annotations

import contextlib
import os
import threading
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Any

from store.errors import ClaimscopeError

MAGIC = b"claimscope texts 1\n"
SUFFIX = ".texts"
LEVEL = 6  # zlib: a news article shrinks to about 40 %; level 9 saves 1 % more at 3x the time
CACHE = 64  # texts kept decompressed by a reader (the two panes, their neighbours, a search)


def texts_path(store: str | Path) -> Path:
    """The side file of a store: beside the file the store's name leads to (through a link)."""
    real = Path(os.path.realpath(store))
    return real.with_name(real.name + SUFFIX)


def address(text: str) -> str:
    import hashlib  # the writer's alone: loading OpenSSL is a fiftieth of the reader's start

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def has_ref(row: dict[str, Any]) -> bool:
    """Whether an article row names a text in the side file (rather than holding it)."""
    at = row.get("text_at")
    return isinstance(at, list) and len(at) == 2 and isinstance(row.get("text_sha"), str)


class TextsMissing(ClaimscopeError):
    def __init__(self, store: Path, side: Path, reason: str) -> None:
        super().__init__(f"the article texts of the store {store} are kept in {side}, which "
                         f"{reason} (copy it along with the store, or restore it)")


class TextPack:
    """The side file opened for reading: a text by its place, decompressed, a few kept."""

    def __init__(self, store: str | Path, *, keep: int = CACHE) -> None:
        self.store = Path(store)
        self.keep = keep
        self.path = texts_path(store)
        self._fd: int | None = None
        self._cache: OrderedDict[tuple[int, int], str] = OrderedDict()
        self._lock = threading.Lock()  # the reader's search runs in a thread

    def _handle(self) -> int:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                raise TextsMissing(self.store, self.path, "is missing") from None
        return self._fd

    def read(self, at: list[int]) -> str:
        """The text at ``[offset, bytes]``; raises ``ClaimscopeError`` if it does not read."""
        key = (at[0], at[1])
        with self._lock:
            text = self._cache.get(key)
            if text is not None:
                self._cache.move_to_end(key)
                return text
            blob = os.pread(self._handle(), at[1], at[0])
        try:
            text = zlib.decompress(blob).decode("utf-8")
        except (zlib.error, UnicodeDecodeError):
            raise TextsMissing(self.store, self.path,
                               f"is damaged at byte {at[0]} (run: claimscope doctor)") from None
        with self._lock:
            self._cache[key] = text
            if len(self._cache) > self.keep:
                self._cache.popitem(last=False)
        return text

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.close()


def text_ends(rows: list[dict[str, Any]]) -> list[int]:
    """Where each article text named by these rows ends in the side file."""
    return [row["text_at"][0] + row["text_at"][1] for row in rows if has_ref(row)]


def check_reach(store: Path, reach: int) -> None:
    """Refuse a store whose side file is missing, foreign or shorter than its rows reach
    (``parts.side_reach``), as a store copied without it: one line, at open, rather than a
    failure at the first article shown."""
    if not reach:
        return
    side = texts_path(store)
    try:
        with side.open("rb") as handle:
            head = handle.read(len(MAGIC))
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise TextsMissing(store, side, "is missing") from None
    if head != MAGIC:
        raise TextsMissing(store, side, "is not a claimscope texts file")
    if size < reach:
        raise TextsMissing(store, side, f"is cut short ({size:,} of {reach:,} bytes)")


def move_out(store: Path, articles: dict[str, Any], *, sync: bool = True) -> dict[str, Any]:
    """The articles table as written to disk: each text in the side file, its row naming it.

    Texts whose address the store already holds are not written again; the others are appended
    and synced before this returns (``sync=False``: the caller syncs, ``sync_side``). The
    in-memory rows gain their references too, so the next write does not hash them again."""
    known: dict[str, list[int]] = {}
    for row in articles.values():
        if isinstance(row, dict) and has_ref(row):
            known.setdefault(row["text_sha"], row["text_at"])
    new: list[bytes] = []
    new_shas: list[str] = []
    new_at: dict[str, int] = {}  # address -> index into new
    placed: list[tuple[dict[str, Any], str]] = []
    for row in articles.values():
        text = row.get("text") if isinstance(row, dict) else None
        if not isinstance(text, str):
            continue
        if has_ref(row) and row.get("text_len") == len(text):
            continue  # read from the side file, unchanged
        sha = address(text)
        if sha in known:
            placed.append((row, sha))
            continue
        if sha not in new_at:
            new_at[sha] = len(new)
            new.append(zlib.compress(text.encode("utf-8"), LEVEL))
            new_shas.append(sha)
        placed.append((row, sha))
    if new:
        offset = _append(texts_path(store), new, sync=sync)
        for sha, blob in zip(new_shas, new, strict=True):
            known[sha] = [offset, len(blob)]
            offset += len(blob)
    for row, sha in placed:
        row["text_sha"], row["text_at"], row["text_len"] = sha, known[sha], len(row["text"])
    return {doc_id: {k: v for k, v in row.items() if k != "text"} if isinstance(row, dict)
            else row for doc_id, row in articles.items()}


def append_blobs(store: Path, blobs: list[bytes], *, sync: bool = True) -> int:
    """Append compressed records to the store's side file, synced unless ``sync=False``; the
    offset of the first (the parts of ``store.parts`` live here beside the texts, written the
    same way)."""
    return _append(texts_path(store), blobs, sync=sync)


def side_size(store: Path) -> int:
    """The side file's length, -1 when there is none (what a writer compares to know whether
    it appended anything it has yet to sync)."""
    try:
        return texts_path(store).stat().st_size
    except FileNotFoundError:
        return -1


def sync_side(store: Path) -> None:
    """Flush to disk what appends made with ``sync=False`` left in the side file: the texts and
    the parts of one write synced together, one disk flush instead of two."""
    fd = os.open(texts_path(store), os.O_WRONLY | os.O_APPEND)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _append(side: Path, blobs: list[bytes], *, sync: bool = True) -> int:
    """Append blobs to the side file, synced unless ``sync=False`` (a new file's name is made
    durable either way); returns the offset of the first."""
    created = not side.exists()
    fd = os.open(side, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        size = os.fstat(fd).st_size
        if size == 0:
            os.write(fd, MAGIC)
            size = len(MAGIC)
        elif os.pread(fd, len(MAGIC), 0) != MAGIC:
            raise ClaimscopeError(f"{side} is not a claimscope texts file; move it away")
        data = b"".join(blobs)
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)
    if created:  # the new file's name made durable too
        dir_fd = os.open(side.parent, os.O_RDONLY)
        try:
            with contextlib.suppress(OSError):
                os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return size


def join(store: Path, articles: dict[str, Any]) -> None:
    """Put each row's text back from the side file (the writer works on whole rows)."""
    pack = TextPack(store)
    try:
        for row in articles.values():
            if isinstance(row, dict) and "text" not in row and has_ref(row):
                row["text"] = pack.read(row["text_at"])
    finally:
        pack.close()
