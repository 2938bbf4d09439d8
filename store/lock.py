"""One writer at a time per store, across processes.

Two ingest runs writing the same store would each replace the file with their
own version and silently drop the other's articles. Writers therefore hold an
advisory flock on "<store>.lock" beside the store. The kernel drops the lock when
the holder exits however it exits, so a killed writer never leaves the store
locked, and the lock file itself is never deleted (deleting it would let two
writers lock two different files). Readers never take the lock: the store is
replaced by rename, so they always see a whole version.
"""

import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.errors import ClaimscopeError, StoreBusy

__all__ = ["lock_path", "writer_lock"]

_POLL_SECONDS = 0.05


def lock_path(db_path: Path) -> Path:
    """Where the writer lock for a store lives."""
    return db_path.with_name(db_path.name + ".lock")


def _holder_pid(fd: int) -> int | None:
    """The PID the holder wrote, or None if it has not written it yet."""
    try:
        return int(os.pread(fd, 32, 0).decode("ascii").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _open_lock(path: Path) -> int:
    """Open (or create) the lock file without following a link: the lock is truncated to write
    the holder's PID, and a lock that was a symbolic link truncated whatever it pointed at."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(path):
            raise ClaimscopeError(f"the lock file {path} is a symbolic link; remove it "
                                  "(claimscope makes its own)") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ClaimscopeError(f"the lock file {path} is not a regular file; remove it")
    return fd


@contextmanager
def writer_lock(db_path: Path, *, wait: float = 3.0) -> Iterator[None]:
    """Hold the store's writer lock for the block, waiting up to wait seconds for it.

    Not re-entrant: a second writer_lock on the same store inside the block waits
    for the first and fails, just as another process would.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _open_lock(path)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise StoreBusy(db_path, _holder_pid(fd)) from None
                time.sleep(min(_POLL_SECONDS, remaining))
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            # Clear the PID before unlocking so a waiter never blames a finished writer.
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
