"""Shared fixtures: the sample store and the extra articles' store are built once per session
(spaCy is the slow part), copied where a test needs to write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seed-gold.json"
EXTRA = ROOT / "tests" / "gold" / "extra"
EXTRA_GOLD = EXTRA / "extra-gold.json"
EXTRA2 = ROOT / "tests" / "gold" / "extra2"
EXTRA2_GOLD = EXTRA2 / "extra2-gold.json"


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extra_gold() -> dict:
    return json.loads(EXTRA_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extra2_gold() -> dict:
    return json.loads(EXTRA2_GOLD.read_text(encoding="utf-8"))


def _build(folder: Path, target: Path) -> Path:
    from store.ingest.pipeline import ingest

    report = ingest([folder], target)
    assert not report.skipped, report.skipped
    return target


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ (read-only: copy it before writing)."""
    return _build(SEEDS, tmp_path_factory.mktemp("seed-store") / "claims.json")


@pytest.fixture(scope="session")
def extra_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the three extra gold articles."""
    return _build(EXTRA, tmp_path_factory.mktemp("extra-store") / "claims.json")


@pytest.fixture(scope="session")
def extra2_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the four articles of the second extra gold set."""
    return _build(EXTRA2, tmp_path_factory.mktemp("extra2-store") / "claims.json")


@pytest.fixture
def seed_store_copy(seed_store: Path, tmp_path: Path) -> Path:
    target = tmp_path / "claims.json"
    shutil.copyfile(seed_store, target)
    return target
