"""The store on disk is always a whole version: old or new, never half of each."""

import errno
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest
from tinydb import Query, TinyDB

import store.storage as storage_mod
from store.errors import NotAStore, StoreCorrupt, StoreReadOnly
from store.storage import AtomicJSONStorage, BatchingMiddleware, backup, newest_backup


def open_db(path: Path, **kwargs) -> TinyDB:
    return TinyDB(path, storage=BatchingMiddleware(AtomicJSONStorage), **kwargs)


def leftovers(directory: Path) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp"))


def test_round_trip_through_tinydb(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    text = "caf\u00e9 \u201cquoted\u201d \U0001f642"
    docs = [{"title": f"article {i}", "text": text} for i in range(50)]
    with open_db(path) as db:
        db.table("articles").insert_multiple(docs)
        db.table("claims").insert({"article": 1, "span": [3, 9]})
    with open_db(path) as db:
        assert db.table("articles").all() == docs
        assert db.table("claims").search(Query().article == 1)[0]["span"] == [3, 9]
        assert db.tables() == {"articles", "claims"}
    assert orjson.loads(path.read_bytes())["claims"] == {"1": {"article": 1, "span": [3, 9]}}


def test_batching_writes_only_on_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.json"
    writes: list[dict] = []
    real_write = AtomicJSONStorage.write

    def counting_write(self: AtomicJSONStorage, data: dict) -> None:
        writes.append(data)
        real_write(self, data)

    monkeypatch.setattr(AtomicJSONStorage, "write", counting_write)
    db = open_db(path)
    for i in range(100):
        db.table("articles").insert({"n": i})
    assert writes == []
    assert not path.exists()
    db.storage.flush()
    assert len(writes) == 1
    db.storage.flush()  # nothing new: no rewrite
    assert len(writes) == 1
    db.table("articles").insert({"n": 100})
    db.close()
    assert len(writes) == 2
    assert len(orjson.loads(path.read_bytes())["articles"]) == 101


def test_discard_keeps_a_failed_batch_out_of_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    with open_db(path) as db:
        db.insert({"batch": 1})
        db.storage.flush()
    with pytest.raises(RuntimeError), open_db(path) as db:
        try:
            db.insert({"batch": 2})
            raise RuntimeError("extraction failed halfway")
        except BaseException:
            db.storage.discard()
            raise
    with open_db(path) as db:
        assert db.all() == [{"batch": 1}]


def test_missing_and_empty_files_read_as_no_store(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    assert AtomicJSONStorage(path).read() is None
    assert not path.exists()  # reading never creates the store
    path.write_bytes(b"")
    assert AtomicJSONStorage(path).read() is None


def test_replace_failure_leaves_old_store_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.json"
    storage = AtomicJSONStorage(path)
    storage.write({"articles": {"1": {"title": "old"}}})
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "simulated I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="simulated"):
        storage.write({"articles": {"1": {"title": "new"}}})
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_full_disk_leaves_old_store_and_propagates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"v": 1}}})
    before = path.read_bytes()
    real_fsync = os.fsync

    def full_fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_fsync)
    with pytest.raises(OSError) as caught:
        storage.write({"t": {"1": {"v": 2}}})
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failed_flush_keeps_changes_pending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.json"
    db = open_db(path)
    db.insert({"n": 1})

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "simulated I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        db.storage.flush()
    assert db.storage.dirty
    monkeypatch.undo()
    db.close()
    assert orjson.loads(path.read_bytes()) == {"_default": {"1": {"n": 1}}}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"articles": {"1": {"title": "x"}', "not valid JSON at byte 33"),
        (b'{"a": 1,}', "not valid JSON at byte 7"),
        ('{"\u00e9": 1,}'.encode(), "not valid JSON at byte 8"),  # bytes, not chars
        (b'{"a": "\xff"}', "not valid UTF-8 at byte 7"),
        (b"   ", "not valid JSON at byte 0"),
        (b"\x00\x00\x00", "not valid JSON at byte 0"),
    ],
)
def test_corrupt_store_names_where_and_leaves_file_alone(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(content)
    with pytest.raises(StoreCorrupt) as caught:
        AtomicJSONStorage(path).read()
    assert caught.value.reason == reason
    assert caught.value.backup is None
    assert str(caught.value).endswith("; no backup exists")
    assert path.read_bytes() == content


def test_corrupt_store_names_newest_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b'{"ok": {}}')
    stamps = iter(
        [datetime(2026, 11, 25, 10, 0, tzinfo=UTC), datetime(2026, 11, 25, 10, 15, tzinfo=UTC)]
    )
    monkeypatch.setattr(storage_mod, "_utcnow", lambda: next(stamps))
    backup(path)
    newest = backup(path)
    assert newest.name == "store.json.bak-20261125T101500"
    damaged = b'{"ok": {'
    path.write_bytes(damaged)
    with pytest.raises(StoreCorrupt) as caught:
        open_db(path).all()
    assert caught.value.backup == newest
    assert str(caught.value) == (
        f"the store {path} is damaged (not valid JSON at byte 8); newest backup: "
        f"{newest} (copy it over the store to restore)"
    )
    assert path.read_bytes() == damaged


def test_json_that_is_not_an_object_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b"[1, 2, 3]")
    with pytest.raises(NotAStore):
        AtomicJSONStorage(path).read()


def test_read_only_storage_refuses_to_write(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    AtomicJSONStorage(path).write({"t": {}})
    before = path.read_bytes()
    with open_db(path, read_only=True) as db:
        assert db.tables() == {"t"}
    with pytest.raises(StoreReadOnly):
        AtomicJSONStorage(path, read_only=True).write({"t": {"1": {}}})
    assert path.read_bytes() == before


def test_write_keeps_permissions_of_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b"{}")
    path.chmod(0o640)
    AtomicJSONStorage(path).write({"t": {}})
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_store_is_private_and_parent_is_created(tmp_path: Path) -> None:
    path = tmp_path / "data" / "claimscope" / "store.json"
    AtomicJSONStorage(path).write({"t": {}})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_symlinked_store_is_written_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    AtomicJSONStorage(link).write({"t": {}})
    assert link.is_symlink()
    assert orjson.loads(real.read_bytes()) == {"t": {}}


def test_backup_rotation_keeps_three_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.json"
    start = datetime(2026, 1, 1, tzinfo=UTC)
    clock = iter(start + timedelta(minutes=i) for i in range(6))
    monkeypatch.setattr(storage_mod, "_utcnow", lambda: next(clock))
    (tmp_path / "store.json.bak-notes").write_text("not a backup")  # left alone
    (tmp_path / "other.json.bak-20250101T000000").write_text("{}")  # another store's
    made = []
    for version in range(6):
        path.write_bytes(orjson.dumps({"v": {"1": {"n": version}}}))
        made.append(backup(path))
    kept = sorted(p.name for p in tmp_path.glob("store.json.bak-2*"))
    assert kept == [p.name for p in made[-3:]]
    assert (tmp_path / "store.json.bak-notes").exists()
    assert (tmp_path / "other.json.bak-20250101T000000").exists()
    assert newest_backup(path) == made[-1]
    assert orjson.loads(made[-1].read_bytes()) == {"v": {"1": {"n": 5}}}
    assert leftovers(tmp_path) == []


def test_backup_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b"{}")
    path.chmod(0o644)
    assert stat.S_IMODE(backup(path).stat().st_mode) == 0o644


def test_no_backup_yet(tmp_path: Path) -> None:
    assert newest_backup(tmp_path / "store.json") is None
    assert newest_backup(tmp_path / "missing-dir" / "store.json") is None
