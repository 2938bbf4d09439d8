"""Nothing lost: a store survives SIGKILL mid-ingest, a second writer, a newer or foreign file."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import db as store_db
from store.corpus import Corpus
from store.doctor import PENDING, check
from store.errors import NotAStore, StoreTooNew
from store.ingest.pipeline import ingest
from tests.conftest import ROOT, SEEDS
from tests.processes import kill_unless_done, pace, wait_gone

KILLS = 30
IDLE_FIRST_COMMIT = 0.5  # seconds from "go" to a child's first committed article, idle


def _articles(folder: Path, n: int) -> None:
    """Small distinct articles cut from the samples' paragraphs."""
    paragraphs = [p for f in sorted(SEEDS.glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 200]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(2))
        (folder / f"{i:04d}.txt").write_text(f"Report number {i}\n\n{body}\n", encoding="utf-8")


@pytest.mark.slow
def test_sigkill_during_ingest_loses_nothing(tmp_path: Path) -> None:
    folder, db, log = tmp_path / "in", tmp_path / "claims.json", tmp_path / "log"
    _articles(folder, 400)
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_worker.py")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    rng = random.Random(20261125)
    try:
        assert worker.stdout.readline().strip() == "ready"
        scale = 1.0
        for kill in range(KILLS):
            worker.stdin.write(f"go {db} {folder} {log}\n")
            worker.stdin.flush()
            started = time.monotonic()
            pid = int(worker.stdout.readline())
            if kill == 0:  # a loaded machine commits later: the delays stretch with it
                scale = pace(log, started, IDLE_FIRST_COMMIT)
            time.sleep(rng.uniform(0.05, 1.2) * scale)
            kill_unless_done(pid)
            wait_gone(pid)
            if not db.exists():
                continue
            # a kill between a batch and the corpus stage leaves that stage pending, and says so
            assert check(db) in ([], [PENDING]), f"after kill {kill}"
            corpus = Corpus.open(db)
            by_file = {a.file: a for a in corpus.articles()}
            for line in log.read_text().splitlines() if log.exists() else []:
                _, name, figures, mentions = line.split()
                article = by_file[name]  # finished before the kill: still there, whole
                assert len(corpus.figures(article.id)) == int(figures)
                # every mention extraction stored; the corpus stage may add names the tagger
                # found in another article and missed in this one (store.actors.refind)
                assert len(corpus.article_mentions(article.id)) >= int(mentions)
                # its text, read back from the side file
                assert corpus.text(article.id) == (folder / name).read_text(encoding="utf-8")
    finally:
        worker.stdin.write("quit\n")
        worker.stdin.close()
        worker.wait(timeout=30)
    ingest([folder / "0000.txt"], db)  # the next writer clears what a killed one left behind
    assert list(tmp_path.glob(".claims.json.*")) == []
    committed = log.read_text().splitlines()
    assert len(committed) >= KILLS // 3, "the kills came too early to test anything"
    print(f"\ncrash test: {KILLS} SIGKILLs, {len(committed)} ingests finished before a kill, "
          f"{len(Corpus.open(db).articles())} articles in the store, 0 lost")


def _cli(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_two_writers_at_once(tmp_path: Path) -> None:
    a, b, db = tmp_path / "a", tmp_path / "b", tmp_path / "claims.json"
    _articles(a, 30)
    _articles(b, 0)
    for f in sorted(SEEDS.glob("*.txt")):
        (b / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    first = _cli(db, "ingest", str(a), "--wait", "0.2")
    time.sleep(1.5)
    second = _cli(db, "ingest", str(b), "--wait", "0.2")
    _, err2 = second.communicate(timeout=300)
    _, err1 = first.communicate(timeout=300)
    codes = sorted([first.returncode, second.returncode])
    assert codes in ([0, 0], [0, 2]), (err1, err2)
    if second.returncode == 2:
        assert f"the store {db} is being written by process {first.pid}" in err2
        assert err2.count("\n") == 1
        rerun = _cli(db, "ingest", str(b))
        rerun.communicate(timeout=300)
        assert rerun.returncode == 0
    assert check(db) == []
    files = {art.file for art in Corpus.open(db).articles()}
    assert files == {p.name for p in [*a.glob("*.txt"), *b.glob("*.txt")]}


def test_newer_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    raw = '{"meta": {"1": {"app": "claimscope", "schema_version": 99}}}'
    db.write_text(raw)
    with pytest.raises(StoreTooNew):
        Corpus.open(db)
    with pytest.raises(StoreTooNew):
        ingest([SEEDS / "004_5a367e0f5d5b079c.txt"], db)
    assert db.read_text() == raw


def test_foreign_json_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    db.write_text('{"_default": {"1": {"name": "not ours"}}}')
    with pytest.raises(NotAStore):
        ingest([SEEDS / "004_5a367e0f5d5b079c.txt"], db)
    assert db.read_text() == '{"_default": {"1": {"name": "not ours"}}}'


def test_older_store_is_backed_up_then_migrated(
    committed_store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_field(data: dict) -> dict:
        for row in data["articles"].values():
            row["migrated"] = True
        return data

    current = store_db.SCHEMA_VERSION
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(store_db.MIGRATIONS, current, add_field)
    before = committed_store_copy.read_bytes()
    with store_db.open_for_write(committed_store_copy) as session:
        assert all(row["migrated"] for row in session.table("articles").all())
        session.commit()
    backups = list(committed_store_copy.parent.glob("claims.json.bak-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == before


@pytest.mark.slow
def test_a_changed_store_keeps_a_daily_backup(seed_store_copy: Path) -> None:
    before = seed_store_copy.read_bytes()
    ingest([SEEDS.parent / "tests" / "gold" / "extra" / "100_tavita_wire.txt"], seed_store_copy)
    backups = sorted(seed_store_copy.parent.glob("claims.json.bak-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == before
    ingest([SEEDS.parent / "tests" / "gold" / "extra" / "101_tavita_relief_monitor.txt"],
           seed_store_copy)
    assert len(list(seed_store_copy.parent.glob("claims.json.bak-*"))) == 1  # once a day
