"""Files become article text or a one-line reason; one bad file never stops a batch."""

import codecs
import errno
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.errors import SkipFile
from store.ingest.reading import DEFAULT_MAX_BYTES, Decoded, discover, read_article

WESTERN = "Café — “quoted” naïve façade, 10 € and œuvre.\nThe minister said “no”.\n"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def skip_reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(SkipFile) as caught:
        read_article(path, **kwargs)
    return caught.value.reason


@pytest.mark.parametrize(
    ("data", "text", "encoding", "note"),
    [
        (b"Plain ASCII.\n", "Plain ASCII.\n", "utf-8", None),
        (WESTERN.encode(), WESTERN, "utf-8", None),
        (codecs.BOM_UTF8 + WESTERN.encode(), WESTERN, "utf-8", None),
        (WESTERN.encode("cp1252"), WESTERN, "cp1252", "decoded as cp1252 (not UTF-8)"),
        (
            "Le président a déclaré à Zürich: «non».\n".encode("latin-1"),
            "Le président a déclaré à Zürich: «non».\n",
            "cp1252",
            "decoded as cp1252 (not UTF-8)",
        ),
        (WESTERN.encode("utf-16"), WESTERN, "utf-16", "decoded as utf-16 (not UTF-8)"),
        (
            codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"),
            WESTERN,
            "utf-16",
            "decoded as utf-16 (not UTF-8)",
        ),
        (WESTERN.encode("utf-32"), WESTERN, "utf-32", "decoded as utf-32 (not UTF-8)"),
        (b"one\r\ntwo\rthree\n\rfour", "one\ntwo\nthree\n\nfour", "utf-8", None),
        # Everything but newlines is kept as it was: offsets into the text are stored.
        (b"  tabs\tand \x1b[31m escapes \xe2\x80\xae  ", "  tabs\tand \x1b[31m escapes \u202e  ",
         "utf-8", None),
    ],
    ids=["ascii", "utf-8", "utf-8-bom", "cp1252", "latin-1", "utf-16-le-bom", "utf-16-be-bom",
         "utf-32-bom", "newlines", "kept-as-is"],
)
def test_decodes(tmp_path: Path, data: bytes, text: str, encoding: str, note: str | None) -> None:
    path = write(tmp_path / "article.txt", data)
    assert read_article(path) == Decoded(text, encoding, note)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "empty file (only whitespace)"),
        (codecs.BOM_UTF8, "empty file (only whitespace)"),
        ("\u3000\n".encode(), "empty file (only whitespace)"),
        (PNG_HEADER, "binary file (NUL bytes)"),
        (random.Random(7).randbytes(4096) + b"\x00", "binary file (NUL bytes)"),
        (b"text\x00more text", "binary file (NUL bytes)"),
        ("a\x00b".encode("utf-16"), "binary file (NUL characters)"),
    ],
    ids=["empty", "whitespace", "bom-only", "ideographic-space", "png", "random-bytes",
         "nul-in-text", "nul-in-utf-16"],
)
def test_skips(tmp_path: Path, data: bytes, reason: str) -> None:
    assert skip_reason(write(tmp_path / "article.txt", data)) == reason


def test_random_bytes_with_nuls_are_binary(tmp_path: Path) -> None:
    rng = random.Random(42)
    for i in range(20):
        data = bytes(rng.randrange(256) for _ in range(2000))
        if b"\x00" in data:
            assert skip_reason(write(tmp_path / f"{i}.txt", data)) == "binary file (NUL bytes)"


@pytest.mark.parametrize(
    ("size", "limit", "reason"),
    [
        (12_300_000, DEFAULT_MAX_BYTES, "larger than the 5 MB limit (12.3 MB)"),
        (5_000_001, DEFAULT_MAX_BYTES, "larger than the 5 MB limit (5 MB)"),
        (2_500, 1_000, "larger than the 1 KB limit (2.5 KB)"),
        (101, 100, "larger than the 100 bytes limit (101 bytes)"),
    ],
)
def test_size_limit_is_checked_before_reading(
    tmp_path: Path, size: int, limit: int, reason: str
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: nothing is written, only the size is set
    assert skip_reason(path, max_bytes=limit) == reason


def test_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"x" * 100)
    assert read_article(path, max_bytes=100).text == "x" * 100


def test_directory_missing_file_and_fifo(tmp_path: Path) -> None:
    assert skip_reason(tmp_path) == "not readable: is a directory"
    assert skip_reason(tmp_path / "gone.txt") == "not readable: no such file or directory"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert skip_reason(fifo) == "not a regular file"  # and does not wait for a writer


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", b"hidden")
    path.chmod(0)
    try:
        assert skip_reason(path) == "not readable: permission denied"
    finally:
        path.chmod(0o644)


def test_permission_error_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", b"hidden")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", denied)
    assert skip_reason(path) == "not readable: permission denied"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for all hypothesis examples: tmp_path is not reset between them."""
    return tmp_path_factory.mktemp("examples")


# Without NUL bytes most inputs get past the binary check and reach charset-normalizer.
_NO_NULS = st.lists(st.integers(1, 255), max_size=3000).map(bytes)


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | _NO_NULS)
def test_any_bytes_give_text_or_a_reason(scratch: Path, data: bytes) -> None:
    path = write(scratch / "fuzz.txt", data)
    try:
        decoded = read_article(path)
    except SkipFile as skip:
        assert skip.reason and "\n" not in skip.reason
    else:
        assert isinstance(decoded, Decoded)
        assert "\r" not in decoded.text
        assert decoded.text.strip()


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00")))
def test_utf8_text_comes_back_unchanged_but_for_newlines(scratch: Path, text: str) -> None:
    path = write(scratch / "utf8.txt", text.encode())
    # A leading U+FEFF encodes to the UTF-8 byte order mark, which is dropped.
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not expected.strip():
        with pytest.raises(SkipFile):
            read_article(path)
    else:
        assert read_article(path) == Decoded(expected, "utf-8", None)


# --- discover -------------------------------------------------------------


def found(paths: list[Path], **kwargs: object) -> list[tuple[str, str | None]]:
    """discover() as (path, reason) pairs, for comparing against a table."""
    return [
        (str(path), skip.reason if skip else None)
        for path, skip in discover(paths, **kwargs)  # type: ignore[arg-type]
    ]


def test_walks_sorted_with_suffix_filter(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in [
        "b.txt", "a.md", "C.TXT", "notes.Md", "image.png", "manifest.toml", ".hidden.txt",
        "sub/z.txt", "sub/a.txt", ".git/HEAD.txt", "sub/.cache/x.txt", "zz/deeper/d.md",
    ]:
        write(root / name, b"text")
    assert found([root]) == [
        (f"{root}/C.TXT", None),
        (f"{root}/a.md", None),
        (f"{root}/b.txt", None),
        (f"{root}/notes.Md", None),
        (f"{root}/sub/a.txt", None),
        (f"{root}/sub/z.txt", None),
        (f"{root}/zz/deeper/d.md", None),
    ]
    assert found([root], suffixes=(".PNG",)) == [(f"{root}/image.png", None)]


def test_files_named_directly_are_taken_whatever_their_suffix(tmp_path: Path) -> None:
    page = write(tmp_path / "page.html", b"<p>text</p>")
    hidden = write(tmp_path / ".draft", b"text")
    manifest = write(tmp_path / "manifest.toml", b"x = 1")
    assert found([page, hidden, manifest]) == [
        (str(page), None),
        (str(hidden), None),
        (str(manifest), None),
    ]


def test_missing_and_broken_paths(tmp_path: Path) -> None:
    broken = tmp_path / "dangling.txt"
    broken.symlink_to(tmp_path / "nowhere.txt")
    selfish = tmp_path / "self.txt"
    selfish.symlink_to(selfish)
    assert found([tmp_path / "nope.txt", broken, selfish]) == [
        (str(tmp_path / "nope.txt"), "no such file or directory"),
        (str(broken), "broken symbolic link"),
        (str(selfish), "symbolic link loop"),
    ]
    assert found([tmp_path]) == [(str(broken), "broken symbolic link"),
                                 (str(selfish), "symbolic link loop")]


def test_directory_symlink_loop_is_entered_once(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "a" / "one.txt", b"text")
    (root / "a" / "back").symlink_to(root, target_is_directory=True)
    (root / "a" / "self").symlink_to(root / "a", target_is_directory=True)
    assert found([root]) == [
        (f"{root}/a/back", "symbolic link loop"),
        (f"{root}/a/one.txt", None),
        (f"{root}/a/self", "symbolic link loop"),
    ]


def test_second_link_to_a_folder_is_not_read_twice(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    write(shared / "s.txt", b"text")
    root = tmp_path / "in"
    root.mkdir()
    (root / "l1").symlink_to(shared, target_is_directory=True)
    (root / "l2").symlink_to(shared, target_is_directory=True)
    linked_file = root / "linked.txt"
    linked_file.symlink_to(shared / "s.txt")
    assert found([root, shared], follow_links=True) == [
        (f"{root}/l1/s.txt", None),
        (f"{root}/l2", "folder already read through another path"),
        (f"{root}/linked.txt", None),
        (str(shared), "folder already read through another path"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list a chmod 000 folder")
def test_unreadable_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write(locked / "a.txt", b"text")
    locked.chmod(0)
    try:
        assert found([tmp_path]) == [(str(locked), "not readable: permission denied")]
    finally:
        locked.chmod(0o755)


def test_unlistable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "locked" / "a.txt", b"text")
    write(tmp_path / "open" / "b.txt", b"text")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert found([tmp_path]) == [
        (str(tmp_path / "locked"), "not readable: permission denied"),
        (str(tmp_path / "open" / "b.txt"), None),
    ]


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
def test_deep_tree_does_not_recurse(tmp_path: Path) -> None:
    levels = [str(tmp_path) + "/d" * depth for depth in range(1, 1201)]
    for level in levels:  # deeper than Python's recursion limit
        os.mkdir(level)  # one at a time: makedirs and rmtree recurse
    bottom = write(Path(levels[-1]) / "bottom.txt", b"text")
    try:
        assert found([tmp_path]) == [(str(bottom), None)]
    finally:
        bottom.unlink()
        for level in reversed(levels):
            os.rmdir(level)


@pytest.mark.slow
def test_folder_of_many_small_files(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(3000):
        (root / f"{i:05d}.txt").write_bytes(f"Article {i} says 42.\r\n".encode())
    started = time.monotonic()
    results = list(discover([root]))
    assert [path.name for path, _ in results] == [f"{i:05d}.txt" for i in range(3000)]
    assert all(skip is None for _, skip in results)
    texts = [read_article(path).text for path, _ in results]
    assert texts[1234] == "Article 1234 says 42.\n"
    assert time.monotonic() - started < 30
