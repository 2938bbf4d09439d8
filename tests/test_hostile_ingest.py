"""Ingest end to end against what a hostile folder or a hostile moment does: the corpus stage cut
by SIGINT, SIGTERM or SIGKILL, adversarial texts, a name that is not UTF-8, a moved folder, the
store inside the folder it ingests. All need spaCy (slow)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from store.corpus import Corpus
from store.db import load
from store.doctor import PENDING, check
from store.ingest.pipeline import ingest
from tests.conftest import ROOT, SEEDS
from tests.processes import wait_gone

pytestmark = pytest.mark.slow


def _wait_for(path: Path, timeout: float = 240.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def _tables(db: Path) -> dict[str, list]:
    """What the corpus stage writes, in a form that compares across runs."""
    data = load(db)  # whole tables, the parts read back
    return {name: sorted(orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
                          for row in (data.get(name) or {}).values())
            for name in ("actors", "links", "conflicts", "mentions")}


@pytest.fixture(scope="module")
def worker():
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "corpus_stage_worker.py")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout.readline().strip() == "ready"

    def run(mode: str, db: Path, folder: Path, marker: Path) -> int:
        process.stdin.write(f"{mode} {db} {folder} {marker}\n")
        process.stdin.flush()
        return int(process.stdout.readline())

    yield run
    process.stdin.write("quit\n")
    process.stdin.close()
    process.wait(timeout=30)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_a_corpus_stage_cut_short_is_completed_by_the_next_run(worker, tmp_path: Path,
                                                               sig: int) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    clean, cut = tmp_path / "clean.json", tmp_path / "cut.json"
    pid = worker("clean", clean, folder, tmp_path / "clean")
    _wait_for(tmp_path / "clean.exit")
    assert (tmp_path / "clean.exit").read_text() == "0"

    pid = worker("stall", cut, folder, tmp_path / "stall")
    _wait_for(tmp_path / "stall")  # articles committed, actors resolved in memory only
    os.kill(pid, sig)
    wait_gone(pid, 30.0)
    if sig == signal.SIGKILL:
        assert not (tmp_path / "stall.exit").exists()
    else:  # the command line's own ending: one line, the signal's exit code
        _wait_for(tmp_path / "stall.exit")
        assert (tmp_path / "stall.exit").read_text() == str(128 + sig)
        err = (tmp_path / "stall.err").read_text()
        assert err.count("\n") == 1 and ("interrupted" in err or "terminated" in err)
    assert len(Corpus.open(cut).articles()) == 5  # the articles were committed...
    assert check(cut)[0] == PENDING  # ...and the store says the rest is pending
    assert _tables(cut) != _tables(clean)

    report = ingest([folder], cut)  # nothing changed on disk: only the corpus stage runs
    assert (report.articles, report.unchanged) == (0, 5)
    assert check(cut) == []
    assert _tables(cut) == _tables(clean)


def test_doctor_repair_completes_a_pending_corpus_stage(worker, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    db = tmp_path / "claims.json"
    pid = worker("stall", db, folder, tmp_path / "stall")
    _wait_for(tmp_path / "stall")
    os.kill(pid, signal.SIGKILL)
    wait_gone(pid, 30.0)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    doctor = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db), "doctor"],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert doctor.returncode == 2 and "doctor --repair" in doctor.stdout
    repaired = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db), "doctor",
                               "--repair"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert repaired.returncode == 0, repaired.stdout
    assert "repaired:" in repaired.stdout and repaired.stdout.rstrip().endswith("ok")
    assert Corpus.open(db).actors()


# --- 2, 3: adversarial texts are ingested in part, with a line naming the limit ----------------


def test_adversarial_paragraphs_are_left_out_with_a_line(tmp_path: Path) -> None:
    from store.ingest import guard

    prose = "Officials in Kassala said 4,000 fighters had joined the Northern Front in May."
    text = "\n\n".join([
        prose,
        " ".join(str(n) for n in range(guard.MAX_NUMBERS + 500)),
        "(" * 3000 + "x" + ")" * 3000,
        "data:image/png;base64," + "QUJD" * 5000,
        prose.replace("4,000", "1\u200b200"),
    ]) + "\n"
    path = tmp_path / "hostile.txt"
    path.write_text(text)
    report = ingest([path], tmp_path / "claims.json")
    assert report.added == 1
    lines = [line for _, line in report.notes]
    assert any(f"more than {guard.MAX_NUMBERS} numbers" in line for line in lines), lines
    assert any(f"longer than {guard.MAX_TOKEN} characters" in line for line in lines), lines
    corpus = Corpus.open(tmp_path / "claims.json")
    assert {f.low for f in corpus.figures()} == {4000, 1200}
    assert check(tmp_path / "claims.json") == []


# --- 4: a name that is not UTF-8 --------------------------------------------------------------


def test_a_folder_with_a_name_that_is_not_utf8_is_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    bad = os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(b"Officials said 300 troops remained.\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "400"}
    done = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(tmp_path / "c.json"),
                           "ingest", str(folder)], capture_output=True, text=True, env=env,
                          cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "file name is not valid UTF-8" in done.stderr and done.stderr.count("\n") == 1
    assert len(Corpus.open(tmp_path / "c.json").articles()) == 5


# --- 14: a moved folder keeps its records; the store's own files are never articles -----------


def test_a_moved_folder_keeps_its_records(tmp_path: Path) -> None:
    before, after = tmp_path / "2024" / "syria", tmp_path / "archive" / "syria"
    shutil.copytree(SEEDS, before)
    db = tmp_path / "claims.json"
    ingest([before], db)
    first = Corpus.open(db)
    groups = sorted(g.id for g in first.conflicts())
    after.parent.mkdir()
    before.rename(after)
    report = ingest([after], db)
    assert (report.added, report.updated, report.moved) == (0, 0, 5)
    moved = Corpus.open(db)
    assert [a.id for a in moved.articles()] == [a.id for a in first.articles()]
    assert all(a.path.startswith(str(after)) for a in moved.articles())
    assert sorted(g.id for g in moved.conflicts()) == groups
    assert check(db) == []


def test_a_store_inside_the_folder_never_ingests_itself(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    db = folder / "claims.md"  # a name the folder walk would take
    ingest([folder], db)
    assert len(Corpus.open(db).articles()) == 5
    # as a shell's folder/* hands them over (a manifest named directly is read as an article)
    named = sorted(p for p in folder.iterdir() if p.name != "manifest.toml")
    report = ingest(named, db)
    own = [path for path, reason in report.skipped if reason == "one of the store's own files"]
    assert own == [str(p) for p in named if p.name.startswith(db.name)]
    assert str(db) in own and f"{db}.lock" in own
    assert len(Corpus.open(db).articles()) == 5


# --- 3: the figure rules do a bounded amount of work per figure -------------------------------


def test_the_figure_pass_asks_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence listing many figures: its dates are resolved once each and the armed groups'
    names looked for once per text, not once per figure (quadratic before: 2,000 numbers took
    a minute)."""
    from store.extract import dates
    from store.extract.figures import who
    from store.extract.figures.assemble import extract_figures
    from store.extract.nlp import load_nlp
    from store.knowledge.aliases import armed_group_names

    counts = {"resolve": 0, "finditer": 0}
    real_resolve, real_finditer = dates.resolve, who.re.finditer

    def resolve(*args: object, **kwargs: object) -> object:
        counts["resolve"] += 1
        return real_resolve(*args, **kwargs)  # type: ignore[arg-type]

    def finditer(*args: object, **kwargs: object) -> object:
        counts["finditer"] += 1
        return real_finditer(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dates, "resolve", resolve)
    monkeypatch.setattr(who.re, "finditer", finditer)
    n = 400
    doc = load_nlp()("The ministry said in May 2024 that IS had " + ", ".join(
        f"{1000 + 7 * i:,} fighters" for i in range(n)) + " in the north.")
    armed = armed_group_names()
    figures = extract_figures(doc, article_date="2024-06-01", armed_groups=armed)
    assert len(figures) >= n * 0.9
    date_entities = sum(1 for ent in doc.ents if ent.label_ == "DATE")
    assert counts["resolve"] <= date_entities + 2
    assert counts["finditer"] <= len(armed)
