"""The committed sample store is exactly what an ingest of the samples gives today, so the tests
that open it never test a stale store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.committed_store import COMMITTED, fresh


@pytest.mark.slow
def test_the_committed_store_is_a_fresh_ingest_of_the_samples(tmp_path: Path) -> None:
    assert fresh(tmp_path / "claims.json") == COMMITTED.read_bytes(), (
        "tests/data/seed-store.json is out of date: write it again with "
        "`python -m tests.committed_store` and review the diff")
