"""Folders as a source sends them: names that are not UTF-8, links out of the folder, a manifest
that is a pipe or a device or bad TOML, the store's own files among the articles, another store's
temporary files beside this one, articles moved or deleted."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import orjson
import pytest

from store.db import open_for_write
from store.extract.numbers import scan
from store.ingest.metadata import _manifest, article_metadata
from store.ingest.reading import LINK_OUT, NOT_UTF8, OWN_FILE, discover
from store.storage import is_own_file
from tests.conftest import ROOT

TEXT = "Officials said 4,000 fighters had joined the group in the north.\n"


def found(paths: list[Path], **kwargs: object) -> list[tuple[str, str | None]]:
    return [(os.fsdecode(bytes(path)) if isinstance(path, bytes) else str(path),
             skip.reason if skip else None)
            for path, skip in discover(paths, **kwargs)]  # type: ignore[arg-type]


# --- 4: a file name that is not UTF-8 is skipped with a line ----------------------------------


def test_a_name_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(TEXT.encode())
    results = found([folder])
    assert (str(folder / "good.txt"), None) in results
    assert [reason for _, reason in results if reason] == [NOT_UTF8]
    assert found([Path(os.fsdecode(bad))]) == [(os.fsdecode(bad), NOT_UTF8)]


# --- 9: links out of the folder, a manifest that is a pipe or a device -------------------------


def test_a_link_out_of_the_folder_is_skipped_unless_asked(tmp_path: Path) -> None:
    secret = tmp_path / "home" / "keys" / "id.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text("-----BEGIN KEY-----")
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "article.txt").write_text(TEXT)
    (folder / "creds.txt").symlink_to(secret)
    (folder / "home").symlink_to(secret.parent.parent, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "article.txt")  # a link within: read
    assert found([folder]) == [
        (str(folder / "article.txt"), None),
        (str(folder / "creds.txt"), LINK_OUT),
        (str(folder / "home"), LINK_OUT),
        (str(folder / "inside.txt"), None),
    ]
    followed = found([folder], follow_links=True)
    assert (str(folder / "creds.txt"), None) in followed
    assert (str(folder / "home/keys/id.txt"), None) in followed


def _metadata_within(path: Path, seconds: float = 10.0):
    """article_metadata in a thread: a manifest that blocks shows as a thread still running."""
    _manifest.cache_clear()
    result: list = []
    text = path.read_text()
    worker = threading.Thread(target=lambda: result.append(article_metadata(path, text)),
                              daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "reading the manifest hung"
    return result[0]


def test_a_manifest_that_is_a_fifo_or_a_device_is_not_read(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    manifest = tmp_path / "manifest.toml"
    os.mkfifo(manifest)
    meta = _metadata_within(article)
    assert any("manifest.toml: not read: not a regular file" in p for p in meta.problems)
    manifest.unlink()
    manifest.symlink_to("/dev/zero")
    meta = _metadata_within(article)
    assert any("not a regular file" in p for p in meta.problems)
    manifest.unlink()
    manifest.write_bytes(b"#" * 2_000_000)
    meta = _metadata_within(article)
    assert any("larger than the 1 MB limit" in p for p in meta.problems)


# --- 13: bad TOML, wrong types and impossible dates in a manifest or front matter --------------


@pytest.mark.parametrize(("manifest", "line", "kept"), [
    ('["a.txt"]\ntitle = "T"\ndate = \n', "at line 3", {}),
    ('["a.txt"]\ntitle = ["not", "text"]\noutlet = "Wire"\n', "title is a list, not text",
     {"outlet": "Wire"}),
    ('["a.txt"]\ndate = "2024-13-45"\ntitle = "T"\n', "'2024-13-45' is not a date",
     {"title": "T"}),
    ('["a.txt"]\ndate = 2024\n', "date is a number, not a date", {}),
    ('["a.txt"]\ndate_inferred = "maybe"\nurl = 7\n', "url is a number, not text", {}),
    ('["a.txt"]\ndate = 2024-02-30\n', "at line 2", {}),
])
def test_manifest_fields_are_checked(tmp_path: Path, manifest: str, line: str,
                                     kept: dict) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    (tmp_path / "manifest.toml").write_text(manifest)
    meta = _metadata_within(article)
    assert any(line in p for p in meta.problems), meta.problems
    assert any(str(tmp_path / "manifest.toml") in p for p in meta.problems)
    for name, value in kept.items():
        assert getattr(meta, name) == value
    assert meta.date is None
    assert "[" not in meta.title and "'" not in (meta.url or "")


def test_front_matter_dates_and_booleans_are_checked(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Fine\ndate: 2024-02-31\ndate_inferred: false\n---\n" + TEXT)
    meta = _metadata_within(article)
    assert meta.title == "Fine" and meta.date != "2024-02-31"
    assert any("front matter: date '2024-02-31' is not a date" in p for p in meta.problems)
    good = tmp_path / "b.md"
    good.write_text("---\ndate: 2024-02\ndate_inferred: true\n---\n" + TEXT)
    meta = _metadata_within(good)
    assert (meta.date, meta.date_inferred, meta.problems) == ("2024-02", True, ())


# --- 14: the store's own files, another store's temporary files, a zero-width space -----------


def test_the_stores_own_files_are_never_ingested(tmp_path: Path) -> None:
    db = tmp_path / "notes.md"  # a store whose name a folder walk would take
    for name in ("notes.md", "notes.md.lock", "notes.md.bak-20260101T000000", "notes.md.checked",
                 "a.txt"):
        (tmp_path / name).write_text(TEXT)
    own = lambda path: is_own_file(db, path)  # noqa: E731
    assert found([tmp_path], own=own) == [(str(tmp_path / "a.txt"), None)]
    named = [tmp_path / n for n in ("notes.md", "notes.md.lock", "notes.md.bak-20260101T000000",
                                    "notes.md.checked")]
    assert found(named, own=own) == [(str(p), OWN_FILE) for p in named]
    assert not is_own_file(db, tmp_path / "notes.md.old")


def test_only_this_stores_temporary_files_are_cleared(committed_store_copy: Path) -> None:
    folder = committed_store_copy.parent
    mine = folder / ".claims.json.k2j4h5g6.tmp"
    backup_tmp = folder / ".claims.json.bak-20260101T000000.ab12cd34.tmp"
    note_tmp = folder / ".claims.json.checked.zz12cd34.tmp"  # the note's (store.checked)
    theirs = [folder / ".claims.json.old.k2j4h5g6.tmp", folder / ".claims.json.x.tmp",
              folder / ".claims.jsonx.k2j4h5g6.tmp"]
    for path in (mine, backup_tmp, note_tmp, *theirs):
        path.write_text("partial")
    with open_for_write(committed_store_copy):
        pass
    assert not mine.exists() and not backup_tmp.exists() and not note_tmp.exists()
    assert all(path.exists() for path in theirs)


def test_a_zero_width_space_inside_a_number_does_not_split_it() -> None:
    for text, value in (("1\u200b000 fighters", 1000), ("12\u2060500 troops", 12500),
                        ("3\ufeff200,000 people", 3200000)):
        found_numbers = scan(text)
        assert [(e.low, e.text) for e in found_numbers] == [(value, text.split()[0])], text


def test_moved_rows_keep_their_ids(committed_store_copy: Path, tmp_path: Path) -> None:
    """A stored article whose file is gone and whose text turns up at a new path is that article
    (the plan's rule; the end-to-end move is in ``test_hostile_ingest``)."""
    from store.ingest.plan import plan_ingest

    data = orjson.loads(committed_store_copy.read_bytes())
    rows = list(data["articles"].values())
    folder = tmp_path / "moved"
    folder.mkdir()
    (folder / "manifest.toml").write_bytes((ROOT / "seeds" / "manifest.toml").read_bytes())
    for row in rows:
        (folder / row["file"]).write_text(row["text"])
        row["path"] = str(tmp_path / "old" / row["file"])
    plan = plan_ingest([folder], rows, max_bytes=5_000_000, follow_links=False,
                       own=lambda _p: False)
    moved = dict(plan.moved)
    assert not plan.jobs and set(moved) == {row["id"] for row in rows}
    assert all(fields["path"].startswith(str(folder)) for fields in moved.values())
