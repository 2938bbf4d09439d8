"""Turn files on disk into article text, or a one-line reason why not.

Folders handed to ingest hold whatever people saved: pages in old Windows
encodings, images, empty drafts, symlink farms. Each file either becomes text
(with a note when it was not UTF-8) or a SkipFile saying why, so one bad file never
stops a batch. The text is changed only in its newlines, because claims are stored
as character offsets into it.
"""

import codecs
import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from store.errors import SkipFile

__all__ = ["DEFAULT_MAX_BYTES", "Decoded", "discover", "read_article", "read_bytes"]

DEFAULT_MAX_BYTES = 5_000_000
_SNIFF_BYTES = 8192

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
]

_ERRNO_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file or directory",
    errno.EISDIR: "is a directory",
    errno.ELOOP: "symbolic link loop",
    errno.ENOTDIR: "not a directory",
}


@dataclass(frozen=True)
class Decoded:
    """An article's text and how it was decoded."""

    text: str
    encoding: str
    note: str | None = None


def _os_reason(exc: OSError) -> str:
    reason = _ERRNO_REASONS.get(exc.errno or 0)
    if reason is None:
        reason = (exc.strerror or type(exc).__name__).lower()
    return reason


def _size(n: int) -> str:
    """Sizes as people say them: '5 MB', '12.3 MB', '800 KB', '100 bytes'."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _too_large(size: int, max_bytes: int) -> SkipFile:
    return SkipFile(f"larger than the {_size(max_bytes)} limit ({_size(size)})")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes up to ``max_bytes``, or SkipFile: never a FIFO that waits for a
    writer, a device that never ends (``/dev/zero``), or a file past the limit (what the folder's
    manifest is read with too)."""
    return _read_bytes(path, max_bytes)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise SkipFile(f"not readable: {_os_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SkipFile("not readable: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SkipFile("not a regular file")
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise SkipFile(f"not readable: {_os_reason(exc)}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def _decode(data: bytes) -> Decoded:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break  # a BOM by accident; judge the bytes like any others
            note = None if name == "utf-8" else f"decoded as {name} (not UTF-8)"
            return Decoded(text, name, note)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise SkipFile("binary file (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise SkipFile(f"undecodable (not valid {encoding})") from None
    return Decoded(text, encoding, f"decoded as {encoding} (not UTF-8)")


def _guess_encoding(data: bytes) -> str:
    """charset-normalizer's best guess, with ties going to cp1252.

    On short Western text cp1250 and cp1252 often score the same and the first
    listed wins, which turns "œ" into "ś". cp1252 is by far the commoner legacy
    encoding of saved web pages, so it takes a tie.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise SkipFile("binary file (no text encoding found)")
    for match in matches:
        tied = match.chaos == best.chaos and match.coherence == best.coherence
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode one article, or raise SkipFile with the reason."""
    data = _read_bytes(path, max_bytes)
    if not data:
        raise SkipFile("empty file")
    decoded = _decode(data)
    if "\x00" in decoded.text:
        raise SkipFile("binary file (NUL characters)")
    if not decoded.text.strip():
        raise SkipFile("empty file (only whitespace)")
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, decoded.encoding, decoded.note)


def _entry_is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


NOT_UTF8 = "file name is not valid UTF-8 (rename it to ingest it)"
LINK_OUT = "link to outside the folder (ingest it with --follow-links)"
OWN_FILE = "one of the store's own files"


def _named_in_utf8(name: str) -> bool:
    """A name the file system gave as bytes that are not UTF-8 arrives with surrogate escapes;
    it could not be stored, printed or matched with a manifest entry."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Walk:
    """What a walk takes and leaves: the suffixes it takes from folders, whether it follows links
    that lead out of the folder being walked, and the files it never takes (the store's own)."""

    suffixes: frozenset[str] = frozenset({".txt", ".md"})
    follow_links: bool = False
    own: Callable[[Path], bool] = lambda _path: False
    # documents claimscope does not read (a .docx, a .pdf): skipped with a line naming the
    # formats it does read, in folders too
    refuse: dict[str, SkipFile] = field(default_factory=dict)


def discover(
    paths: Iterable[Path], *, suffixes: Iterable[str] = (".txt", ".md"),
    follow_links: bool = False, own: Callable[[Path], bool] | None = None,
    refused: Iterable[str] = (),
) -> Iterator[tuple[Path, SkipFile | None]]:
    """Yield every article file under paths, with a SkipFile for what cannot be walked.

    Files named directly are taken whatever their suffix, except those of the ``refused``
    suffixes (documents claimscope does not read: a .docx, a .pdf), which are skipped with a
    line naming the formats it reads, in folders too. Folders are walked in sorted order for
    files of the wanted ``suffixes``; the ``NAME_files`` folder a browser saves beside
    ``NAME.html`` holds the page's scripts and adverts, not articles, and is passed over.
    Symbolic links inside the folder are followed,
    but no directory is entered twice, which is what stops link loops; a link out of the
    folder is skipped unless ``follow_links`` (a scraped folder's link to ``~/.ssh`` would
    put a credentials file in the store). Names that are not UTF-8 are skipped, and so
    are the files ``own`` recognises (the store's own, which a folder may hold).
    """
    order = [suffix.lower() for suffix in suffixes]
    formats = ", ".join(order[:-1]) + " and " + order[-1] if len(order) > 1 else order[0]
    refuse = {suffix.lower(): SkipFile(f"a {suffix.lower()} file: claimscope reads {formats}")
              for suffix in refused}
    walk = Walk(frozenset(order), follow_links, own or Walk.own, refuse)
    # Folders are known by (device, inode): the same test as comparing resolved real
    # paths, without resolving every one.
    entered: set[tuple[int, int]] = set()
    for given in paths:
        given = Path(given)
        if not _named_in_utf8(str(given)):
            yield given, SkipFile(NOT_UTF8)
            continue
        try:
            info = given.stat()
        except OSError as exc:
            yield given, _missing(given, exc)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(given, info, walk, entered)
        elif walk.own(given):
            yield given, SkipFile(OWN_FILE)
        else:
            yield given, walk.refuse.get(given.suffix.lower())


def _missing(path: Path, exc: OSError) -> SkipFile:
    """Why a path that was listed or named cannot be stat'ed."""
    if exc.errno == errno.ENOENT:
        return SkipFile("broken symbolic link" if path.is_symlink() else _os_reason(exc))
    if exc.errno == errno.ELOOP:
        return SkipFile(_os_reason(exc))
    return SkipFile(f"not readable: {_os_reason(exc)}")


def _outside(path: str, top: str) -> bool:
    """Whether a link leads out of the folder being walked (``top`` is its real path)."""
    real = os.path.realpath(path)
    return real != top and not real.startswith(top.rstrip(os.sep) + os.sep)


def _walk(
    top: Path, info: os.stat_result, walk: Walk, entered: set[tuple[int, int]]
) -> Iterator[tuple[Path, SkipFile | None]]:
    """Depth-first, sorted, without recursion so deep trees cannot exhaust the stack."""
    wanted = walk.suffixes
    real_top = os.path.realpath(top)
    key = (info.st_dev, info.st_ino)
    if key in entered:
        yield top, SkipFile("folder already read through another path")
        return
    entered.add(key)
    # Each frame: the directories on the current branch (to tell a loop from a
    # second link to the same folder) and the entries still to visit.
    branch: list[tuple[int, int]] = [key]
    stack: list[Iterator[os.DirEntry[str]]] = []
    listing = _list(top)
    if isinstance(listing, SkipFile):
        yield top, listing
        return
    stack.append(iter(listing))
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            branch.pop()
            continue
        name = entry.name
        if name.startswith(".") or name == "manifest.toml":
            continue
        path = Path(entry.path)
        if not _named_in_utf8(name):
            yield path, SkipFile(NOT_UTF8)
            continue
        if (not walk.follow_links and entry.is_symlink()
                and os.path.exists(entry.path) and _outside(entry.path, real_top)):
            if _entry_is_dir(entry) or os.path.splitext(name)[1].lower() in wanted:
                yield path, SkipFile(LINK_OUT)
            continue
        if _entry_is_dir(entry):
            if _saved_page_assets(path):
                continue
            try:
                sub = os.stat(entry.path)
            except OSError as exc:
                yield path, _missing(path, exc)
                continue
            sub_key = (sub.st_dev, sub.st_ino)
            if sub_key in branch:
                yield path, SkipFile("symbolic link loop")
                continue
            if sub_key in entered:
                yield path, SkipFile("folder already read through another path")
                continue
            entered.add(sub_key)
            listing = _list(path)
            if isinstance(listing, SkipFile):
                yield path, listing
                continue
            branch.append(sub_key)
            stack.append(iter(listing))
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield path, _missing(path, _stat_error(entry.path))
        elif os.path.splitext(name)[1].lower() in wanted and not walk.own(path):
            yield path, None
        elif os.path.splitext(name)[1].lower() in walk.refuse:
            yield path, walk.refuse[os.path.splitext(name)[1].lower()]


def _saved_page_assets(folder: Path) -> bool:
    """Whether a folder is the ``NAME_files`` folder a browser saves beside ``NAME.html``."""
    stem = folder.name.removesuffix("_files")
    return stem != folder.name and any(
        (folder.parent / f"{stem}{suffix}").is_file() for suffix in (".html", ".htm"))


def _stat_error(path: str) -> OSError:
    try:
        os.stat(path)
    except OSError as exc:
        return exc
    return FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)


def _list(directory: Path) -> list[os.DirEntry[str]] | SkipFile:
    try:
        with os.scandir(directory) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        return SkipFile(f"not readable: {_os_reason(exc)}")
