"""Article texts in the side file beside the store (schema 3): moved out on write, read when
shown, written once per content, checked by doctor, a v2 store migrated with a backup, export
unchanged, and a writer killed or failing between the side file and the switch loses nothing."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from store import storage as storage_mod
from store.corpus import Corpus
from store.db import open_for_write
from store.doctor import check
from store.errors import ClaimscopeError
from store.export import export_bytes
from store.model import SCHEMA_VERSION
from store.storage import is_own_file
from store.texts import MAGIC, texts_path
from tests.conftest import ROOT, as_version, touch
from tests.processes import wait_gone


def test_a_version_2_store_is_backed_up_and_its_texts_moved_out(committed_store_copy: Path) -> None:
    db = committed_store_copy
    before = as_version(db, 2)
    texts = {a.id: Corpus.open(db).text(a.id) for a in Corpus.open(db).articles()}
    exported = export_bytes(Corpus.open(db))
    touch(db)
    backups = list(db.parent.glob("claims.json.bak-*"))
    assert [b.read_bytes() for b in backups] == [before]
    data = orjson.loads(db.read_bytes())
    assert next(iter(data["meta"].values()))["schema_version"] == SCHEMA_VERSION == 4
    rows = list(data["articles"].values())
    assert rows and all("text" not in row for row in rows)
    assert all(row["text_len"] == len(texts[row["id"]]) for row in rows)
    assert db.stat().st_size < len(before) - sum(len(t) for t in texts.values()) // 2
    corpus = Corpus.open(db)
    assert {a.id: corpus.text(a.id) for a in corpus.articles()} == texts
    assert export_bytes(corpus) == exported
    assert check(db) == []


def test_a_text_is_written_once_whatever_the_number_of_rows(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    size = texts_path(db).stat().st_size
    row = orjson.loads(db.read_bytes())["articles"]["1"]
    text = Corpus.open(db).text(row["id"])
    with open_for_write(db) as session:
        session.table("articles").insert_multiple(
            {"id": f"copy-{i}", "file": f"copy-{i}.txt", "text": text} for i in range(5))
        session.commit()
    assert texts_path(db).stat().st_size == size  # the same content, already there
    rows = orjson.loads(db.read_bytes())["articles"].values()
    assert {tuple(r["text_at"]) for r in rows if r["id"].startswith("copy-")} == {
        tuple(row["text_at"])}
    touch(db)  # rows read back from the side file are not written again either
    assert texts_path(db).stat().st_size == size


def test_a_failed_switch_leaves_the_old_store_whole(committed_store_copy: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = committed_store_copy
    touch(db)
    before, articles = db.read_bytes(), len(Corpus.open(db).articles())

    def full_disk(self, data) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage_mod.AtomicJSONStorage, "write", full_disk)
    with pytest.raises(OSError), open_for_write(db) as session:
        session.table("articles").insert({"id": "new", "file": "new.txt", "text": "A new text."})
        session.commit()
    monkeypatch.undo()
    assert db.read_bytes() == before  # the texts went out, the switch did not happen
    assert check(db) == [] and len(Corpus.open(db).articles()) == articles
    with open_for_write(db) as session:  # the next writer appends after what was left
        session.table("articles").insert({"id": "new", "file": "new.txt", "text": "A new text."})
        session.commit()
    assert Corpus.open(db).text("new") == "A new text." and check(db) == []


def test_a_store_without_its_side_file_is_one_line(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    side = texts_path(db)
    side.rename(side.with_suffix(".moved"))
    with pytest.raises(ClaimscopeError, match=r"kept in .*claims\.json\.texts, which is missing"):
        Corpus.open(db)
    assert len(check(db)) == 1 and "is missing" in check(db)[0]


def test_doctor_names_a_damaged_text(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    row = next(iter(orjson.loads(db.read_bytes())["articles"].values()))
    side = texts_path(db)
    blob = bytearray(side.read_bytes())
    offset, size = row["text_at"]
    blob[offset + size // 2] ^= 0xFF
    side.write_bytes(bytes(blob))
    problems = check(db)
    assert problems and problems[0].startswith(f"article {row['id']}:")


def test_the_side_file_is_the_stores_own(committed_store_copy: Path) -> None:
    touch(committed_store_copy)
    side = texts_path(committed_store_copy)
    assert side.read_bytes().startswith(MAGIC)
    assert is_own_file(committed_store_copy, side)
    assert not is_own_file(committed_store_copy, side.with_name("other.json.texts"))


KILLS = 12


@pytest.mark.slow
def test_sigkill_while_texts_and_parts_are_written_loses_nothing(tmp_path: Path) -> None:
    db, log = tmp_path / "claims.json", tmp_path / "log"
    rng = random.Random(3)
    written = 0
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, str(ROOT / "tests" / "texts_worker.py"),
                                  str(db), str(log), str(kill * 10_000)], cwd=ROOT)
        time.sleep(rng.uniform(0.3, 1.0))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        wait_gone(child.pid)
        if not db.exists():
            continue
        assert check(db) == [], f"after kill {kill}"
        corpus = Corpus.open(db)
        lines = log.read_text().splitlines() if log.exists() else []
        for line in lines:  # every commit that returned before a kill, its text and parts whole
            article_id, sha = line.split()
            assert hashlib.sha256(corpus.text(article_id).encode()).hexdigest() == sha
            n = int(article_id[1:])
            assert [f.low for f in corpus.figures(article_id)] == [n]
            assert corpus.group_of(f"{article_id}:8").id == f"g{n}"
        written = len(lines)
    assert written >= KILLS, "the kills came too early to test anything"
    size = texts_path(db).stat().st_size
    counts = corpus.counts()  # a kill may come between a commit and its line in the log
    assert len(lines) <= counts["figures"] == counts["conflicts"] <= len(lines) + KILLS
    print(f"\nside-file crash test: {KILLS} SIGKILLs, {written} commits finished before a kill, "
          f"side file {size / 1e6:.1f} MB, 0 lost")


def _new_text(session, text: str) -> None:
    session.table("articles").insert({"id": "added", "file": "added.txt", "text": text})


def _new_part(session, text: str) -> None:
    article = session.table("articles").all()[0]["id"]
    session.table("mentions").insert({"article": article, "items": "", "sentences": "",
                                      "note": text})


def _same_text_again(session, text: str) -> None:
    row = dict(session.table("articles").all()[0])
    session.table("articles").insert({**row, "id": "again", "file": "again.txt"})


@pytest.mark.parametrize(("change", "side_syncs"), [
    (_new_text, 1),  # a text and its article's part: one flush for both
    (_new_part, 1),  # a part alone
    (_same_text_again, 0),  # a text the side file holds already, no part new: nothing to flush
])
def test_a_write_syncs_the_side_file_once_before_the_switch(
        committed_store_copy: Path, monkeypatch: pytest.MonkeyPatch, change,
        side_syncs: int) -> None:
    db = committed_store_copy
    touch(db)
    side = texts_path(db)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        same = os.path.samestat(os.fstat(fd), side.stat()) if side.exists() else False
        events.append("side" if same else "other")
        real_fsync(fd)

    def replace(src, dst) -> None:
        events.append(f"replace {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with open_for_write(db) as session:
        change(session, f"A text no other write made: {random.random()}.")
        session.commit()
    assert events.count("side") == side_syncs
    if side_syncs:
        assert events.index("side") < events.index(f"replace {db.name}")
    monkeypatch.undo()
    assert check(db) == []
