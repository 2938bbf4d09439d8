"""Errors the user sees as one line, and the reason a file is skipped.

Every ClaimscopeError renders as a single line meant for the person at the
terminal; the command line prints it and exits with exit_code. Paths are shown
through sanitize.visible, because a file name can carry escape sequences too.
"""

from pathlib import Path

from store.sanitize import visible

__all__ = [
    "ClaimscopeError",
    "NotAStore",
    "SkipFile",
    "StoreBusy",
    "StoreCorrupt",
    "StoreInvalid",
    "StoreReadOnly",
    "StoreTooNew",
]


def _show(path: str | Path) -> str:
    """A path as one visible line, never truncated: the user may need to copy it."""
    return visible(str(path)).replace("\n", " ").replace("\t", " ")


class ClaimscopeError(Exception):
    """Base of every error that is the user's to act on, not a bug."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("\n", " "))


class StoreCorrupt(ClaimscopeError):
    """The store file does not parse; the file is left alone so it can be inspected."""

    def __init__(
        self, path: str | Path, backup: Path | None, *, reason: str = "not valid JSON"
    ) -> None:
        self.path = Path(path)
        self.backup = backup
        self.reason = reason
        if backup is None:
            advice = "no backup exists"
        else:
            advice = f"newest backup: {_show(backup)} (copy it over the store to restore)"
        super().__init__(f"the store {_show(path)} is damaged ({reason}); {advice}")


class StoreBusy(ClaimscopeError):
    """Another process holds the writer lock."""

    def __init__(self, path: str | Path, pid: int | None) -> None:
        self.path = Path(path)
        self.pid = pid
        holder = f"process {pid}" if pid is not None else "another process"
        super().__init__(f"the store {_show(path)} is being written by {holder}")


class StoreTooNew(ClaimscopeError):
    """The store was written by a newer claimscope; reading it could lose data."""

    def __init__(self, path: str | Path, found: int, supported: int) -> None:
        self.path = Path(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"the store {_show(path)} has format version {found}, but this claimscope "
            f"reads up to version {supported}; upgrade claimscope to open it"
        )


class NotAStore(ClaimscopeError):
    """The file is JSON but not a claimscope store; refuse rather than overwrite it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        super().__init__(
            f"{_show(path)} is not a claimscope store; choose another path or move the file away"
        )


class StoreReadOnly(ClaimscopeError):
    """A write reached a store opened for reading only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        super().__init__(f"the store {_show(path)} was opened read-only and cannot be written")


class StoreInvalid(ClaimscopeError):
    """The store parses but a record does not have the shape its table declares
    (``store.schema``): reading on could crash or show what the field was never meant to hold."""

    def __init__(self, path: str | Path, problem: str, count: int) -> None:
        self.path = Path(path)
        self.problem = problem
        self.count = count
        more = f" and {count - 1} more problem{'s' if count > 2 else ''}" if count > 1 else ""
        super().__init__(
            f"the store {_show(path)} has a damaged record ({visible(problem)}){more}; "
            f"see: claimscope doctor --db {_show(path)}"
        )


class SkipFile(Exception):
    """A file that cannot be read as an article; ingest reports it and carries on."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
