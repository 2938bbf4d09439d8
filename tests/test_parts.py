"""Figures, mentions, actor maps and group members as parts in the side file (schema 4): a schema
3 store migrated with a backup, export unchanged, nothing of them read at open, each part written
once per content, doctor naming a damaged part in one line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store import parts as parts_mod
from store.corpus import Corpus
from store.db import open_for_write
from store.doctor import check
from store.errors import ClaimscopeError
from store.export import export_bytes
from store.model import SCHEMA_VERSION
from store.texts import texts_path
from tests.conftest import as_version, touch
from tui.cli import main


def test_a_version_3_store_is_backed_up_and_its_parts_moved_out(committed_store_copy: Path) -> None:
    db = committed_store_copy
    before = as_version(db, 3)
    exported = export_bytes(Corpus.open(db))
    touch(db)
    assert [b.read_bytes() for b in db.parent.glob("claims.json.bak-*")] == [before]
    data = orjson.loads(db.read_bytes())
    assert next(iter(data["meta"].values()))["schema_version"] == SCHEMA_VERSION == 4
    assert data["figures"] == {} and data["mentions"] == {}
    assert all("parts_at" in row for row in data["articles"].values())
    assert all("mentions" not in row and "articles" not in row and "parts_at" in row
               for row in data["actors"].values())
    assert data["links"] == {} and "parts_at" in next(iter(data["meta"].values()))
    assert all("figures" not in row and "values" not in row and row["n_known"] >= 2
               for row in data["conflicts"].values())
    assert export_bytes(Corpus.open(db)) == exported
    assert check(db) == []


def test_opening_a_store_reads_none_of_its_parts(committed_store_copy: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = committed_store_copy
    touch(db)
    read: list[list[int]] = []
    real = parts_mod.TextPack.read

    def counted(self, at: list[int]) -> str:
        read.append(at)
        return real(self, at)

    monkeypatch.setattr(parts_mod.TextPack, "read", counted)
    corpus = Corpus.open(db)
    groups = corpus.conflicts()
    first_screen = (corpus.articles(), corpus.actors(), corpus.counts(),
                    [(len(g.figures), corpus.group_sources(g)) for g in groups])
    assert read == []  # the sidebar, the counts and the whole conflicts list
    assert first_screen[2]["figures"] == 45 and all(n >= 2 for n, _ in first_screen[3])
    assert [len(a.articles) for a in first_screen[1][:3]] == [5, 5, 5] and read == []
    figure = corpus.figures(corpus.articles()[0].id)[0]
    assert len(read) == 1  # one article's part: its figures
    assert corpus.group_of(figure.id) is not None and len(read) == 1  # its groups came along
    assert corpus.linked("libya") and len(read) == 2  # the links: one part
    assert corpus.actor("libya").articles[0] == "000_a9e02c448f18381f" and len(read) == 3


def test_a_part_is_written_once_whatever_the_number_of_writes(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    size = texts_path(db).stat().st_size
    touch(db)
    touch(db)
    assert texts_path(db).stat().st_size == size


def test_doctor_names_a_damaged_part_in_one_line(committed_store_copy: Path, capsys) -> None:
    db = committed_store_copy
    touch(db)
    row = next(iter(orjson.loads(db.read_bytes())["articles"].values()))
    side = texts_path(db)
    blob = bytearray(side.read_bytes())
    offset, size = row["parts_at"]
    blob[offset + size // 2] ^= 0xFF
    side.write_bytes(bytes(blob))
    problems = check(db)
    assert len(problems) == 1 and problems[0].startswith(f"article {row['id']}: ")
    assert f"damaged at byte {offset}" in problems[0] and "\n" not in problems[0]
    assert main(["--db", str(db), "doctor"]) == 2
    with pytest.raises(ClaimscopeError, match=f"damaged at byte {offset}"):
        Corpus.open(db).figures(row["id"])
    assert len(Corpus.open(db).articles()) == 5  # the rest still opens


def test_a_writer_refuses_a_store_with_a_damaged_part(committed_store_copy: Path) -> None:
    db = committed_store_copy
    touch(db)
    row = next(iter(orjson.loads(db.read_bytes())["actors"].values()))
    side = texts_path(db)
    blob = bytearray(side.read_bytes())
    blob[row["parts_at"][0] + 2] ^= 0xFF
    side.write_bytes(bytes(blob))
    before = db.read_bytes()
    with pytest.raises(ClaimscopeError, match="damaged at byte"):
        touch(db)
    assert db.read_bytes() == before


def test_a_figure_whose_id_does_not_name_its_article_is_still_found(
        committed_store_copy: Path) -> None:
    db = committed_store_copy
    with open_for_write(db) as session:
        figures = session.table("figures")
        row = dict(figures.all()[0])
        figures.update({"id": "by-hand"}, doc_ids=[figures.all()[0].doc_id])
        session.commit()
    meta = next(iter(orjson.loads(db.read_bytes())["meta"].values()))
    assert meta["odd_figures"] == {"by-hand": row["article"]}
    corpus = Corpus.open(db)
    assert corpus.has_figure("by-hand") and corpus.figure("by-hand").start == row["start"]
    assert not corpus.has_figure(row["id"]) and not corpus.has_figure(f"{row['article']}:99999")
    with pytest.raises(KeyError):
        corpus.figure("nowhere:1")
