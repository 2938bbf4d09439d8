"""Article rows in corpus order on disk: the writer sorts them once (their doc ids kept) and notes
it, so that opening the bytes it wrote needs no sort; any other store (an older writer's note, a
hand-edited file, an older schema) is sorted at open as before, with the same order."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store import article_list as article_list_mod
from store.checked import note_path
from store.corpus import Corpus
from store.export import export_bytes
from store.model import in_corpus_order, is_in_corpus_order
from store.storage import fingerprint
from tests.conftest import as_version, touch


def _ids_on_disk(db: Path) -> list[str]:
    return [row["id"] for row in orjson.loads(db.read_bytes())["articles"].values()]


def _reverse_rows(db: Path) -> dict:
    """The store's article rows written back in reverse; the parsed tables."""
    data = orjson.loads(db.read_bytes())
    data["articles"] = dict(reversed(list(data["articles"].items())))
    db.write_bytes(orjson.dumps(data))
    return data


def _note_without_order(db: Path) -> None:
    """The note an older writer left: it vouches for the bytes and says nothing of their order."""
    note_path(db).write_bytes(orjson.dumps({
        "fingerprint": fingerprint(db.read_bytes()),
        "schema_version": orjson.loads(note_path(db).read_bytes())["schema_version"],
        "reach": orjson.loads(note_path(db).read_bytes())["reach"]}))


def test_the_writer_stores_article_rows_in_corpus_order(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    shown = [a.id for a in Corpus.open(db).articles()]
    exported = export_bytes(Corpus.open(db))
    doc_ids = {row["id"]: doc for doc, row in orjson.loads(db.read_bytes())["articles"].items()}
    _reverse_rows(db)
    assert _ids_on_disk(db) == shown[::-1]
    touch(db)
    assert _ids_on_disk(db) == shown
    assert {row["id"]: doc for doc, row in
            orjson.loads(db.read_bytes())["articles"].items()} == doc_ids  # ids kept
    assert orjson.loads(note_path(db).read_bytes())["in_order"] is True
    assert export_bytes(Corpus.open(db)) == exported


def test_a_store_the_writer_left_in_order_opens_without_a_sort(
        committed_store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = committed_store_copy
    touch(db)
    expected = [a.id for a in Corpus.open(db).articles()]

    def no_sort(row: dict) -> tuple[str, str, str]:
        raise AssertionError("sorted at open")

    monkeypatch.setattr(article_list_mod, "corpus_order", no_sort)
    assert [a.id for a in Corpus.open(db).articles()] == expected


@pytest.mark.parametrize("how", ["an older writer's note", "no note (edited by hand)"])
def test_rows_out_of_order_are_sorted_at_open(committed_store_copy: Path, how: str) -> None:
    db = committed_store_copy
    touch(db)
    expected = [a.id for a in Corpus.open(db).articles()]
    _reverse_rows(db)
    if how == "an older writer's note":
        _note_without_order(db)
    else:
        note_path(db).unlink()
    corpus = Corpus.open(db)
    assert [a.id for a in corpus.articles()] == expected
    assert [a.order for a in corpus.articles()] == list(range(len(expected)))


def test_an_older_schema_opens_in_order_and_is_written_in_order(
        committed_store_copy: Path) -> None:
    db = committed_store_copy
    expected = [a.id for a in Corpus.open(db).articles()]
    data = _reverse_rows(db)
    assert len(data["articles"]) > 1
    as_version(db, 3)
    assert [a.id for a in Corpus.open(db).articles()] == expected  # migrated as it is read
    touch(db)  # the migration: a backup, then the rows written in order
    assert _ids_on_disk(db) == expected
    assert orjson.loads(note_path(db).read_bytes())["in_order"] is True


ROW_A = {"id": "a", "file": "a.txt", "date": "2022-05-01"}
ROW_B = {"id": "b", "file": "b.txt", "date": "2021-11-30"}
UNDATED = {"id": "c", "file": "c.txt", "date": None}


@pytest.mark.parametrize(("rows", "ordered", "sorted_ids"), [
    ([ROW_B, ROW_A, UNDATED], True, ["b", "a", "c"]),
    ([ROW_A, ROW_B], False, ["b", "a"]),
    ([UNDATED, ROW_A], False, ["a", "c"]),  # undated last
    ([], True, []),
    ([ROW_A, {"id": "d", "file": 9}], False, ["a", "d"]),  # a file that is not text: as it is
    ([ROW_A, "not a row"], False, None),
])
def test_corpus_order_of_a_table(rows: list, ordered: bool, sorted_ids: list | None) -> None:
    assert is_in_corpus_order(rows) is ordered
    table = {str(i): row for i, row in enumerate(rows, 1)}
    out = in_corpus_order(table)
    if sorted_ids is not None:
        assert [row["id"] for row in out.values()] == sorted_ids
    else:
        assert out is table
    assert {doc: row for doc, row in out.items()} == table  # the doc ids stay with their rows
