"""The map step on worker processes and on a Dask cluster: the same store as ``--jobs 1``, and a
SIGKILL of a ``--jobs 2`` ingest loses no committed article and leaves no worker behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from store.corpus import Corpus
from store.db import load
from store.doctor import PENDING, check
from store.ingest.pipeline import ingest
from store.packing import unpack_items
from tests.conftest import ROOT, SEEDS
from tests.processes import wait_gone

pytestmark = pytest.mark.slow

GOLD = ROOT / "tests" / "gold"


def _articles(folder: Path, n: int) -> None:
    """Distinct articles cut from the paragraphs of the samples and the gold sets, each from a
    different mix, so the map has real and uneven work."""
    paragraphs = [p for f in sorted([*SEEDS.glob("*.txt"), *GOLD.glob("extra*/*.txt")])
                  for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 150]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(paragraphs[(7 * i + 3 * k) % len(paragraphs)] for k in range(1 + i % 4))
        (folder / f"{i:04d}.txt").write_text(f"Report number {i}\n\n{body}\n", encoding="utf-8")


def comparable_tables(db: Path) -> dict[str, Any]:
    """The tables of a store with its timestamps left out and its texts read back. Where a text
    sits in the side file (``text_at``) follows the order the workers finished in; its address,
    length and content do not."""
    data = load(db)  # whole tables, the parts read back
    corpus = Corpus.open(db)
    data.pop("meta")
    for row in data["articles"].values():
        row.pop("ingested_at")
        row.pop("text_at")
        row["text"] = corpus.text(row["id"])
    return data


PAGES = ROOT / "tests" / "data" / "pages"
ARTICLES = 48 + 5 + 6 + 3  # generated, the samples, extra5 (front matter), saved web pages


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles, and beside them the samples with their manifest, a gold set with
    Markdown front matter and the saved web pages, so workers meet every kind of file the
    single-process path reads (the files are read in the parent: only texts and metadata travel)."""
    target = tmp_path_factory.mktemp("parallel") / "articles"
    _articles(target, 48)
    shutil.copytree(SEEDS, target / "seeds")
    shutil.copytree(GOLD / "extra5", target / "extra5", ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(PAGES, target / "pages")
    return target


@pytest.fixture(scope="module")
def one_job(folder: Path) -> Path:
    db = folder.parent / "one-job" / "claims.json"
    report = ingest([folder], db, jobs=1)
    assert (report.articles, report.skipped) == (ARTICLES, [])
    return db


def test_two_jobs_write_the_store_one_job_writes(folder: Path, one_job: Path,
                                                 tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    report = ingest([folder], db, jobs=2)
    assert (report.articles, report.skipped) == (ARTICLES, [])
    assert comparable_tables(db) == comparable_tables(one_job)


def test_a_two_worker_dask_cluster_writes_the_same_store(folder: Path, one_job: Path,
                                                         tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    db = tmp_path / "claims.json"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        report = ingest([folder], db, dask=cluster.scheduler_address)
    assert (report.articles, report.skipped) == (ARTICLES, [])
    assert comparable_tables(db) == comparable_tables(one_job)


def test_no_scheduler_at_the_address_is_one_line(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from store.errors import ClaimscopeError
    from store.ingest import cluster

    before = cluster.CONNECT_SECONDS
    cluster.CONNECT_SECONDS = 1
    try:
        with pytest.raises(ClaimscopeError, match="no Dask scheduler answers at"):
            ingest([folder], tmp_path / "claims.json", dask="tcp://127.0.0.1:9")
    finally:
        cluster.CONNECT_SECONDS = before
    assert check(tmp_path / "claims.json") in ([], [f"no store at {tmp_path / 'claims.json'} "
                                                    "(build one with: claimscope ingest FOLDER)"])


def _rows_of(db: Path, article_id: str) -> tuple[list, list]:
    """What the map wrote of one article: its figure rows, and its mentions without the actor
    each is resolved to (the corpus stage's, which a kill may have cut short)."""
    data = load(db)  # whole tables, the parts read back
    figures = sorted(orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
                     for row in data["figures"].values() if row["article"] == article_id)
    mentions = [[(s, e, label, n) for s, e, label, _, n in unpack_items(row["items"])]
                for row in data["mentions"].values() if row["article"] == article_id]
    return figures, mentions


def _not_within(partial: list[tuple], whole: list[tuple]) -> list[tuple]:
    """The mentions of a partial store that the whole corpus neither holds nor widened: each
    must be a whole-corpus mention or lie inside one of the same sentence."""
    kept = set(whole)
    return [m for m in partial if m not in kept
            and not any(w[0] <= m[0] and m[1] <= w[1] and w[3] == m[3] for w in whole)]


KILLS = 3  # each kill costs a model load; two are asserted


def _logged(log: Path) -> int:
    return len(log.read_text().split()) if log.exists() else 0


def test_sigkill_of_a_two_job_ingest_loses_no_committed_article(tmp_path: Path) -> None:
    folder, db, log = tmp_path / "articles", tmp_path / "claims.json", tmp_path / "log"
    _articles(folder, 240)
    reference = tmp_path / "reference" / "claims.json"
    ingest([folder], reference, jobs=1)
    reference_ids = {row["id"] for row in orjson.loads(reference.read_bytes())["articles"]
                     .values()}
    rng = random.Random(16)
    kills = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(ROOT / "tests" / "jobs_worker.py"),
                                  str(db), str(folder), str(log)], cwd=ROOT,
                                 start_new_session=True)
        # kill after a few commits of this run (a random number), not after a wall-clock time:
        # on a fast or a loaded machine alike, each run leaves most of the corpus to the next
        before = _logged(log)
        wanted = before + rng.randint(4, 16)
        deadline = time.monotonic() + 120.0
        while child.poll() is None and _logged(log) < wanted and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.5))  # sometimes mid-commit
        if child.poll() is not None:
            break
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        kills += 1
        wait_gone(child.pid, 15.0, group=True)  # its workers end with it
        if not db.exists():
            continue
        assert check(db) in ([], [PENDING])
        stored = {a.id for a in Corpus.open(db).articles()}
        committed = set(log.read_text().split()) if log.exists() else set()
        assert committed <= stored, "an article committed before the kill is gone"
        for article_id in sorted(committed)[:: max(1, len(committed) // 10)]:
            figures, mentions = _rows_of(db, article_id)
            whole_figures, whole_mentions = _rows_of(reference, article_id)
            assert figures == whole_figures
            # as the whole corpus stores them, but for the names its corpus stage found again
            # (store.actors.refind), which a corpus stage not yet run has not: a name found
            # elsewhere in the corpus may add a mention or widen a shorter one inside it (the run
            # to the end below compares them all)
            assert len(mentions) == len(whole_mentions) == 1
            assert not _not_within(mentions[0], whole_mentions[0])
    assert kills >= 2, "the ingest finished before it could be killed twice"
    assert log.exists() and log.read_text().split(), "killed before anything was committed"
    print(f"\n--jobs 2 crash test: {kills} SIGKILLs, {len(set(log.read_text().split()))} articles "
          "committed before a kill, 0 lost, no worker left behind")
    ingest([folder], db, jobs=2)  # a run to the end completes what the kills left
    assert check(db) == []
    assert {a.id for a in Corpus.open(db).articles()} == reference_ids
    for article_id in sorted(reference_ids)[::16]:
        assert _rows_of(db, article_id) == _rows_of(reference, article_id)



def _jobs(folder: Path, names: list[str]) -> list:
    from store.ingest.extraction import ArticleJob
    from store.ingest.metadata import Metadata

    return [ArticleJob(folder / name, name, f"a{i}", "Some text.", "sha", None,
                       Metadata(name, None, None, False, None, None), False)
            for i, name in enumerate(names)]


def test_a_task_whose_worker_dies_is_run_again_then_given_up(tmp_path: Path) -> None:
    from store.ingest.workers import ATTEMPTS, TASK_TEXTS, in_pool, tasks_of
    from tests.dying_tasks import died, run_or_die

    names = [f"{i:02d}.txt" for i in range(4 * TASK_TEXTS)]
    names[3], names[2 * TASK_TEXTS + 1] = "die-once.txt", "die-always.txt"
    jobs = _jobs(tmp_path, names)
    outcomes = {o.number: o for o in in_pool(tasks_of(jobs), "now", 2, run_or_die)}
    assert sorted(outcomes) == list(range(len(jobs)))  # every article has an outcome
    lost = {n for n, o in outcomes.items() if o.result is None}
    always = set(range(2 * TASK_TEXTS, 3 * TASK_TEXTS))  # the task of the article that kills
    assert lost == always, "only the task whose worker always dies is given up"
    assert all(outcomes[n].error == f"the worker process reading it died {ATTEMPTS} times"
               for n in always)
    assert died(tmp_path / "die-once.txt") and outcomes[3].result is not None


def test_workers_that_never_read_anything_end_the_ingest_with_a_line(tmp_path: Path) -> None:
    from store.errors import ClaimscopeError
    from store.ingest.workers import TASK_TEXTS, in_pool, tasks_of
    from tests.dying_tasks import always_die

    jobs = _jobs(tmp_path, [f"{i:02d}.txt" for i in range(3 * TASK_TEXTS)])
    with pytest.raises(ClaimscopeError, match="ended before they read one article"):
        list(in_pool(tasks_of(jobs), "now", 2, always_die))
