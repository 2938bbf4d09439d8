"""Shared fixtures.

Two kinds of store: ``seed_store`` (and ``extra_store``, ``extra2_store``) run a fresh spaCy ingest
once per session, for the tests of extraction and of the gold sets; ``committed_store`` and
``reader_store`` open the ingest of the samples committed under ``tests/data/`` (see
``tests/committed_store.py``), for the reader's and the command line's tests, which need a store
but not a new ingest. Every store is read-only: copy it before writing.

The fast lane, ``./scripts/test -m "not slow"``, leaves out every test marked ``slow``; a test
there that loads spaCy fails with a message saying to mark it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib.abc import MetaPathFinder
from pathlib import Path

import pytest

from tests import gold_table
from tests.committed_store import COMMITTED, ROOT, SEEDS

GOLD = ROOT / "tests" / "gold" / "seed-gold.json"
EXTRA = ROOT / "tests" / "gold" / "extra"
EXTRA_GOLD = EXTRA / "extra-gold.json"
EXTRA2 = ROOT / "tests" / "gold" / "extra2"
EXTRA2_GOLD = EXTRA2 / "extra2-gold.json"



class _NoSpacy(MetaPathFinder):
    """Refuses spaCy in the fast lane, naming the fix."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in ("spacy", "thinc"):
            raise ImportError(f"{name} imported in the fast lane (-m 'not slow'): a test that "
                              "needs spaCy is marked @pytest.mark.slow")


FAST_LANE_WORKERS = 3  # the reader's tests mostly wait for the screen: three overlap well


def _fast_lane(config: pytest.Config) -> bool:
    return "not slow" in (config.option.markexpr or "")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Every run uses several workers (pytest-xdist) unless ``-n`` says otherwise: the fast lane
    three, the whole suite one per core, each test module kept whole on one worker
    (``loadfile``) so that a module's costly store (an ingest of every gold set) is built once.
    A worker (it has ``workerinput``) never starts workers of its own."""
    if (not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput")
            or config.option.numprocesses is not None):
        return
    if _fast_lane(config):
        config.option.numprocesses = FAST_LANE_WORKERS
    elif not config.option.collectonly:
        config.option.numprocesses = max(2, os.cpu_count() or 1)
        config.option.dist = "loadfile"


def pytest_configure(config: pytest.Config) -> None:
    if _fast_lane(config):
        sys.meta_path.insert(0, _NoSpacy())


@pytest.fixture
def gold_score(request: pytest.FixtureRequest):
    """Record one cell of the gold-set score table: ``gold_score(set, column, value)``."""

    def record(gold_set: str, column: str, value: str) -> None:
        request.node.user_properties.append((gold_table.KEY, (gold_set, column, value)))

    return record


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> object:
    """After pytest's own summary, the gold-set scores the gold tests recorded (none in the fast
    lane, which leaves those tests out)."""
    yield
    reports = [r for stats in terminalreporter.stats.values() for r in stats]
    lines = gold_table.table(gold_table.cells_of(reports))
    if lines:
        terminalreporter.write_sep("=", "gold-set scores")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def extract_dated():
    """A reader of texts as articles printed on a given day, ``extract_dated("2025-03-12")(text)``:
    one spaCy model for every test module, whatever day its sentences are read on (slow tests
    only)."""
    from store.extract.figures import extract_figures
    from store.extract.nlp import load_nlp

    nlp = load_nlp()
    return lambda day: (lambda text: extract_figures(nlp(text), article_date=day))


@pytest.fixture(scope="session")
def extract(extract_dated):
    """The figures of a text, read as an article dated 2026-10-02 (spaCy: for tests marked
    ``slow``). Test modules that need another day override it with ``extract_dated``."""
    return extract_dated("2026-10-02")


def one_starting(figures, text: str):
    """The one figure whose text starts with ``text``; fails listing every figure otherwise."""
    found = [f for f in figures if f.text.startswith(text)]
    assert len(found) == 1, [f.text for f in figures]
    return found[0]


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extra_gold() -> dict:
    return json.loads(EXTRA_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extra2_gold() -> dict:
    return json.loads(EXTRA2_GOLD.read_text(encoding="utf-8"))


def assert_scans_to(text: str, found: str, low: float, high: float, unit: str | None) -> None:
    """The scanner alone (no parse) finds one number in ``text``, written ``found``, with these
    values and unit: the check of every table of number forms."""
    from store.extract.numbers import scan

    exprs = scan(text)
    assert [e.text for e in exprs] == [found]
    expr = exprs[0]
    assert expr.low == pytest.approx(low, rel=1e-3)
    assert expr.high == pytest.approx(high, rel=1e-3)
    assert expr.unit == unit


def assert_mentions(found, text: str, rule: str, present: list, absent: list[str]) -> None:
    """``found`` (the mentions of ``text``) has each ``present`` surface, with its label where one
    is given, and none of ``absent``; each mention's offsets give its text back. The check of
    every table of mention rules."""
    by_surface: dict[str, str] = {}
    for m in found:
        assert text[m.start:m.end] == m.text
        by_surface.setdefault(m.text, m.label)
    for surface, label in present:
        assert surface in by_surface, f"{rule}: {surface!r} missing from {by_surface}"
        if label:
            assert by_surface[surface] == label, f"{rule}: {surface!r} is {by_surface[surface]}"
    for surface in absent:
        assert surface not in by_surface, f"{rule}: {surface!r} should not be a mention"


def copy_store(store: Path, folder: Path) -> Path:
    """A store and its side file of texts (an ingested store has one), copied into ``folder``."""
    target = folder / "claims.json"
    shutil.copyfile(store, target)
    texts = store.with_name(store.name + ".texts")
    if texts.exists():
        shutil.copyfile(texts, target.with_name(target.name + ".texts"))
    return target


def as_version(path: Path, version: int) -> bytes:
    """The store at ``path`` (every table inline, as the committed one) marked as an older
    schema, for the migrations' tests; its bytes."""
    import orjson

    data = orjson.loads(path.read_bytes())
    for meta in data["meta"].values():
        meta["schema_version"] = version
    blob = orjson.dumps(data)
    path.write_bytes(blob)
    return blob


def touch(path: Path) -> None:
    """One write that changes nothing but the meta row (migrating and moving out what it may)."""
    from store.db import open_for_write

    with open_for_write(path) as session:
        session.set_meta(touched=True)
        session.commit()


def _build(folder: Path, target: Path) -> Path:
    from store.ingest.pipeline import ingest

    report = ingest([folder], target)
    assert not report.skipped, report.skipped
    return target


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ by a fresh ingest (spaCy: slow tests only)."""
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
    return copy_store(seed_store, tmp_path)


@pytest.fixture(scope="session")
def committed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed ingest of seeds/ (no spaCy), copied out of the source tree."""
    return copy_store(COMMITTED, tmp_path_factory.mktemp("committed-store"))


@pytest.fixture
def committed_store_copy(committed_store: Path, tmp_path: Path) -> Path:
    return copy_store(committed_store, tmp_path)


@pytest.fixture(scope="session")
def reader_store(committed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed sample store with stand-in conflict groups and links
    (``tests/stand_ins.py``), so the reader meets every verdict across articles."""
    from tests.stand_ins import add_conflicts_and_links

    target = copy_store(committed_store, tmp_path_factory.mktemp("reader-store"))
    add_conflicts_and_links(target)
    return target
