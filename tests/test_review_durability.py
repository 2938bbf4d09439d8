"""Judgements are kept: through a re-ingest of an unchanged article, after an edit elsewhere in
the article (found again), after their sentence is deleted (kept, stale), and through SIGKILLs
while they are written."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.doctor import check
from store.ingest.pipeline import ingest
from store.review.record import record_judgement
from tests.conftest import ROOT, SEEDS
from tests.processes import pace

ARTICLE = "004_5a367e0f5d5b079c"
SENTENCE = "Previous U.S. estimates for Iraq and Syria"
KILLS = 15
IDLE_FIRST_JUDGEMENT = 0.6  # seconds from starting a worker to its first judgement, idle


def _judged(db: Path) -> list[dict]:
    return [r for r in Corpus.open(db).user_rows() if r.get("op") == "correct"]


@pytest.mark.slow
def test_judgements_survive_reingest_move_with_their_text_and_go_stale(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "claims.json"
    folder.mkdir()
    for name in (f"{ARTICLE}.txt", "001_a097d46d8311fdca.txt"):
        shutil.copyfile(SEEDS / name, folder / name)
    ingest([folder], db)
    corpus = Corpus.open(db)
    peak = next(f for f in corpus.figures(ARTICLE) if f.text == "33,000")
    record_judgement(db, "correct", figure=peak.id, fields={"value": "35,000"})

    # unchanged: nothing is read again, the judgement stands as it was
    assert ingest([folder], db).unchanged == 2
    [record] = _judged(db)
    assert record["now"] == {"figure": peak.id, "status": "applied"}
    assert Corpus.open(db).figure(peak.id).low == 35000

    # an edit before the figure: it moves, and its judgement follows it
    path = folder / f"{ARTICLE}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Advertisement", "Advertisement: a longer line than before",
                                 1), encoding="utf-8")
    assert ingest([folder], db).updated == 1
    [record] = _judged(db)
    moved = record["now"]["figure"]
    assert record["now"]["status"] == "reattached" and moved != peak.id
    corpus = Corpus.open(db)
    assert corpus.figure(moved).text == "33,000" and corpus.figure(moved).low == 35000
    assert corpus.figure(moved).was == "33,000 fighters"

    # the sentence deleted: the judgement is kept, stale, and applies to nothing
    kept = [line for line in path.read_text(encoding="utf-8").split("\n")
            if SENTENCE not in line]
    path.write_text("\n".join(kept), encoding="utf-8")
    ingest([folder], db)
    [record] = _judged(db)
    assert record["now"] == {"figure": None, "status": "stale"}
    assert record["fields"] == {"value": {"low": 35000.0, "high": 35000.0, "approx": "exact",
                                          "unit": None}}
    assert all(not f.judged for f in Corpus.open(db).figures())


@pytest.mark.slow
def test_sigkill_while_judgements_are_written_loses_none(committed_store_copy: Path,
                                                        tmp_path: Path) -> None:
    db, log = committed_store_copy, tmp_path / "log"
    figure = "002_924c5df8b88bfb10:1148"
    rng = random.Random(20261203)
    scale = 1.0
    for kill in range(KILLS):
        started = time.monotonic()
        worker = subprocess.Popen([sys.executable, str(ROOT / "tests" / "review_crash_worker.py"),
                                   str(db), str(log), figure], cwd=ROOT)
        if kill == 0:  # a loaded machine starts and commits later: the delays stretch with it
            scale = pace(log, started, IDLE_FIRST_JUDGEMENT)
        time.sleep(rng.uniform(0.4, 1.5) * scale)
        os.kill(worker.pid, signal.SIGKILL)
        assert worker.wait(timeout=10) == -signal.SIGKILL
        assert check(db) == [], f"after kill {kill}"
        stored = {int(r["seq"]) for r in _judged(db)}
        logged = {int(s) for s in log.read_text().split()} if log.exists() else set()
        assert logged <= stored, f"after kill {kill}: lost {sorted(logged - stored)}"
        latest = max(_judged(db), key=lambda r: r["seq"])
        value = latest["fields"]["value"]["low"]
        assert Corpus.open(db).figure(figure).low == value  # the last one kept is applied
    record_judgement(db, "misread", figure=figure)  # the next writer clears what was left
    assert list(tmp_path.glob(".claims.json.*")) == []
    logged = log.read_text().split()
    assert len(logged) >= KILLS, "the kills came too early to test anything"
    print(f"\nreview crash test: {KILLS} SIGKILLs, {len(logged)} judgements committed before "
          f"a kill, 0 lost")
