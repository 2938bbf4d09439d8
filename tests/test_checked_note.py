"""The note a writer leaves beside a store it checked, and the lazily made article list: opening
skips the row check only for the very bytes a writer checked, and loses no error it gave before."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store import db as db_mod
from store.article_list import ArticleList
from store.checked import note_path
from store.corpus import Corpus
from store.db import open_for_write
from store.errors import ClaimscopeError
from store.model import SCHEMA_VERSION
from store.storage import is_own_file
from store.texts import texts_path
from tests.conftest import touch


def _no_row_check(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = db_mod.validate

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(db_mod, "validate", counted)
    return calls


def test_a_store_written_here_opens_without_the_row_check(committed_store_copy: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = committed_store_copy
    touch(db)  # a write through the writer
    assert note_path(db).exists() and is_own_file(db, note_path(db))
    calls = _no_row_check(monkeypatch)
    corpus = Corpus.open(db)
    assert calls == [] and len(corpus.articles()) > 0


def _break_a_title(data: dict) -> None:
    next(iter(data["articles"].values()))["title"] = 7  # a number where a string belongs


def _note_of_another_schema(db: Path) -> None:
    body = orjson.loads(note_path(db).read_bytes())
    body["schema_version"] = SCHEMA_VERSION + 1
    note_path(db).write_bytes(orjson.dumps(body))


@pytest.mark.parametrize(("what", "damage", "message"), [
    ("a field edited by hand",
     lambda db: db.write_bytes(orjson.dumps(_edited(db, _break_a_title))), "title"),
    ("a side file cut short", lambda db: _cut(texts_path(db)), "cut short"),
    ("a side file removed", lambda db: texts_path(db).unlink(), "missing"),
])
def test_what_the_row_check_refused_is_still_refused(committed_store_copy: Path, what: str,
                                                     damage, message: str) -> None:
    db = committed_store_copy
    touch(db)
    damage(db)
    with pytest.raises(ClaimscopeError, match=message):
        Corpus.open(db)


def _edited(db: Path, change) -> dict:
    data = orjson.loads(db.read_bytes())
    change(data)
    return data


def _cut(path: Path) -> None:
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])


def _other_bytes(db: Path) -> None:
    db.write_bytes(db.read_bytes().replace(b'"title":"', b'"title": "', 1))  # same data


def _note_of_the_write_before(db: Path) -> None:
    """What a crash may leave of a note written unsynced: the previous write's."""
    old = note_path(db).read_bytes()
    with open_for_write(db) as session:
        session.set_meta(touched="again")
        session.commit()
    note_path(db).write_bytes(old)


@pytest.mark.parametrize("change", [_other_bytes, _note_of_another_schema,
                                   lambda db: note_path(db).write_bytes(b"{not json"),
                                   # what a crash may leave of a note written unsynced
                                   lambda db: note_path(db).write_bytes(b""),
                                   _note_of_the_write_before])
def test_a_note_that_does_not_match_is_not_trusted(committed_store_copy: Path, change,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = committed_store_copy
    touch(db)
    change(db)
    calls = _no_row_check(monkeypatch)
    Corpus.open(db)
    assert calls == [1]


def test_a_writer_leaves_no_note_for_rows_the_reader_would_refuse(committed_store_copy: Path
                                                                  ) -> None:
    db = committed_store_copy
    touch(db)
    with open_for_write(db) as session:
        session.table("articles").insert({"id": "odd", "file": 5})  # a file name must be text
        session.commit()
    assert not note_path(db).exists()
    with pytest.raises(ClaimscopeError, match="file"):
        Corpus.open(db)


ROWS = [{"id": "b", "file": "b.txt", "date": "2024-03-02"},
        {"id": "a", "file": "a.txt", "date": "2024-03-02"},
        {"id": "u", "file": "0.txt"},
        {"id": "c", "file": "c.txt", "date": "2023-12-31"}]


@pytest.mark.parametrize(("ask", "expected"), [
    (lambda arts: [a.id for a in arts], ["c", "a", "b", "u"]),  # by date, undated last, file
    (lambda arts: len(arts), 4),
    (lambda arts: arts[-1].id, "u"),
    (lambda arts: [a.id for a in arts[1:3]], ["a", "b"]),
    (lambda arts: arts.get("b").order, 2),
    (lambda arts: arts.order_of("nowhere"), -1),
    (lambda arts: arts[0] is arts[0], True),  # made once
    (lambda arts: arts[0] in arts, True),
    (lambda arts: list(arts.rows()), ["c", "a", "b", "u"]),
])
def test_the_article_list_reads_like_the_list_it_replaces(ask, expected) -> None:
    assert ask(ArticleList([dict(r) for r in ROWS])) == expected


def test_the_article_list_makes_only_what_is_read() -> None:
    arts = ArticleList([dict(r) for r in ROWS])
    arts.get("a")
    with pytest.raises(IndexError):
        arts[4]
    with pytest.raises(KeyError):
        arts.get("nowhere")
    assert sum(made is not None for made in arts._made) == 1
