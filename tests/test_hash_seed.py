"""The corpus stage writes the same actors, links and conflicts in any process.

``--jobs 1`` runs the corpus stage in the process that also parsed the articles, ``--jobs N``
and ``--dask`` in one that did not, and every run of ``claimscope`` draws a new hash seed, so a
set of strings iterated where order matters (which article's descriptions are joined first,
which curated entry a cluster keeps) gave two stores for one folder. Here the stage runs in
processes with different ``PYTHONHASHSEED``s on articles of ``bench/corpus.py`` that used to
resolve "the ministry" two ways.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import generate
from store.ingest.pipeline import ingest
from tests.conftest import ROOT, copy_store
from tests.test_parallel_ingest import comparable_tables

pytestmark = pytest.mark.slow

SEEDS = ("1", "2", "3", "4")  # seed 1 against the rest told the two stores apart
STAGE = """import sys
from store.db import open_for_write
from store.ingest.corpus_stage import complete
with open_for_write(sys.argv[1]) as session:
    complete(session)
"""


def test_the_corpus_stage_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    everything, folder = tmp_path / "generated", tmp_path / "articles"
    generate(42, everything)
    folder.mkdir()
    for path in sorted(everything.iterdir()):  # sixteen articles of one story and the manifest
        if path.name == "manifest.toml" or 26 <= int(path.stem) <= 41:
            shutil.copy(path, folder / path.name)
    db = tmp_path / "claims.json"
    assert ingest([folder], db, jobs=1).articles == 16
    stores = []
    for seed in SEEDS:
        (tmp_path / f"seed-{seed}").mkdir()
        copy = copy_store(db, tmp_path / f"seed-{seed}")
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", STAGE, str(copy)], cwd=ROOT, env=env, check=True,
                       timeout=120)
        stores.append(comparable_tables(copy))
    assert all(store == stores[0] for store in stores[1:])
    assert stores[0]["actors"] == comparable_tables(db)["actors"]  # the ingest's own stage too
