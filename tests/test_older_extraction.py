"""A store read by an older version of the extraction, after an upgrade: the reader says so and
names the command, and ``ingest --refresh`` reads exactly those articles again."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.model import EXTRACTOR_VERSION, read_by_older_extraction
from tests.conftest import copy_store
from tests.test_reader import open_reader
from tui.app import older_extraction_line
from tui.cli import main

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize(("row", "older"), [
    ({"extractor": EXTRACTOR_VERSION}, False),
    ({"extractor": EXTRACTOR_VERSION - 1}, True),
    ({"extractor": 1}, True),
    ({}, True),                                    # read before versions were kept
    ({"extractor": None}, True),
    ({"extractor": str(EXTRACTOR_VERSION)}, True),  # not a version this program wrote
    ({"extractor": EXTRACTOR_VERSION + 1}, False),  # a newer one: not re-read by an older
])
def test_which_articles_an_older_extraction_read(row: dict, older: bool) -> None:
    assert read_by_older_extraction(row) is older


def mark_older(store: Path, how_many: int) -> None:
    """The first ``how_many`` articles of an inline store marked as read by an older version."""
    data = orjson.loads(store.read_bytes())
    for row in list(data["articles"].values())[:how_many]:
        row["extractor"] = EXTRACTOR_VERSION - 1
    store.write_bytes(orjson.dumps(data))


async def test_the_reader_says_when_an_older_extraction_read_articles(
        committed_store: Path, tmp_path: Path) -> None:
    store = copy_store(committed_store, tmp_path)
    mark_older(store, 2)
    async with open_reader(store) as (app, pilot, _screen, notes):
        await pilot.pause()
        total = len(app.corpus.articles())
        said = [m for m in notes.messages if "older version" in m]
        assert said == [older_extraction_line(2, total, store)]
        assert said[0].startswith(f"2 of {total} articles")
        assert f"claimscope ingest --refresh --db {store}" in said[0]


async def test_a_current_store_opens_without_the_notice(committed_store: Path) -> None:
    async with open_reader(committed_store) as (_app, pilot, _screen, notes):
        await pilot.pause()
        assert not [m for m in notes.messages if "older version" in m]


def test_ingest_needs_paths_or_refresh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "claims.json"), "ingest"]) == 2
    err = capsys.readouterr().err
    assert "nothing to ingest" in err and "--refresh" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.slow  # an ingest (spaCy)
def test_refresh_reads_again_only_what_an_older_version_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, sentence in (("a", "Rescuers said 40 climbers were trapped on Tuesday."),
                           ("b", "The council counted 1,200 votes in the recount."),
                           ("c", "Organisers said 3,000 runners took part.")):
        (folder / f"{name}.txt").write_text(f"Report {name}\n\n{sentence}\n", encoding="utf-8")
    db = tmp_path / "claims.json"
    assert main(["--db", str(db), "ingest", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "ingest", "--refresh"]) == 0
    assert "every article on disk was read by this version" in capsys.readouterr().err

    import json

    data = json.loads(db.read_text(encoding="utf-8"))
    rows = list(data["articles"].values())
    for row in rows[:2]:
        row["extractor"] = EXTRACTOR_VERSION - 1
    gone = Path(rows[1]["path"])
    db.write_text(json.dumps(data), encoding="utf-8")
    gone.unlink()
    assert main(["--db", str(db), "ingest", "--refresh"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1 article ingested")
    assert f"note: {gone}: file gone" in err
    data = json.loads(db.read_text(encoding="utf-8"))
    versions = {row["path"]: row["extractor"] for row in data["articles"].values()}
    assert versions[rows[0]["path"]] == EXTRACTOR_VERSION  # read again
    assert versions[str(gone)] == EXTRACTOR_VERSION - 1    # kept, and named
