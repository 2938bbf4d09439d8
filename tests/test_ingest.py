"""Ingest behaviour a user relies on: metadata, re-ingest, replacement, and bad files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.db import open_for_write
from store.ingest.metadata import article_metadata, front_matter, guess_title
from store.ingest.pipeline import ingest
from tests.conftest import SEEDS

ARTICLE = """Flood toll rises in the valley

12 March 2024

Rescuers said at least 40 people had died and about 3,000 homes were flooded.
"""


def test_manifest_gives_title_outlet_and_date() -> None:
    meta = article_metadata(SEEDS / "003_21cca053a9288443.txt",
                            (SEEDS / "003_21cca053a9288443.txt").read_text())
    assert meta.outlet == "RNZ" and meta.date == "2019-03-24" and not meta.date_inferred


def test_title_and_dateline_come_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE)
    meta = article_metadata(path, ARTICLE)
    assert meta.title == "Flood toll rises in the valley"
    assert (meta.date, meta.date_inferred, meta.date_basis) == ("2024-03-12", False, "dateline")


def test_front_matter_and_inferred_dates(tmp_path: Path) -> None:
    text = "---\ntitle: A headline\noutlet: The Courier\ndate: 2021-05-02\n---\nBody text here.\n"
    assert front_matter(text) == {"title": "A headline", "outlet": "The Courier",
                                  "date": "2021-05-02"}
    path = tmp_path / "a.md"
    path.write_text(text)
    assert article_metadata(path, text).outlet == "The Courier"
    undated = ("Share\n\nA story without a dateline\n\n"
               "It happened in June 2017 and again in May 2018.")
    meta = article_metadata(tmp_path / "b.txt", undated)
    assert guess_title(undated) == "A story without a dateline"
    assert meta.date == "2018-05" and meta.date_inferred


@pytest.mark.parametrize("name, text", [
    ("plain.txt", "Bakers strike\n\nBakers in the town walked out, their union said."),
    ("page.md", "---\ntitle: Bakers strike\n---\nBakers walked out on Monday."),
    ("wire.txt", "Bakers strike\n\nORSKA (Wire) - Bakers walked out last week."),
])
def test_nothing_but_the_file_time_dates_no_article(tmp_path: Path, name: str,
                                                     text: str) -> None:
    # the file's time says when it was copied: a store built on another day must not differ
    path = tmp_path / name
    path.write_text(text)
    os.utime(path, (1_900_000_000, 1_900_000_000))
    meta = article_metadata(path, text)
    assert (meta.date, meta.date_inferred, meta.date_basis) == (None, False, None)


@pytest.mark.parametrize(("text", "outlet"), [
    ("Ferry fares rise\n\nORSKA, Velmor, May 4 (Reuters) - Fares rose 9%.", "Reuters"),
    ("Ferry fares rise\n\nORSKA, May 4 (AFP) - Fares rose 9%.", "Agence France-Presse"),
    ("Ferry fares rise\n\nORSKA, Velmor (AP) — Fares rose 9%.", "Associated Press"),
    ("Ferry fares rise\n\nOrska (Velmor) (AFP) - Fares rose 9%.", "Agence France-Presse"),
    ("Ferry fares rise\n\nORSKA/PORT LIND, May 4 (Reuters) - Fares rose 9%.", "Reuters"),
    ("Ferry fares rise\n\nORSKA, May 4 (UPDATED) - Fares rose 9%.", None),  # no agency
    ("Ferry fares rise\n\nFares rose 9%, the harbour said (Reuters) - an aside.", None),
    ("---\noutlet: Orska Post\n---\nORSKA, May 4 (Reuters) - Fares rose 9%.", "Orska Post"),
])
def test_a_dateline_s_news_agency_is_the_outlet_where_none_is_given(
        tmp_path: Path, text: str, outlet: str | None) -> None:
    assert article_metadata(tmp_path / "fares.txt", text).outlet == outlet


@pytest.mark.slow
def test_reingest_is_a_no_op_and_a_changed_file_replaces_only_its_records(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "flood.txt").write_text(ARTICLE)
    shutil.copy(SEEDS / "004_5a367e0f5d5b079c.txt", folder)
    db = tmp_path / "claims.json"
    first = ingest([folder], db)
    assert (first.added, first.unchanged) == (2, 0)
    with open_for_write(db) as session:  # a user's edit must survive every re-ingest
        session.table("user").insert({"op": "merge", "a": "Obama", "b": "Barack Obama"})
        session.commit()
    before = Corpus.open(db)
    other = [f for f in before.figures() if f.article == "004_5a367e0f5d5b079c"]
    again = ingest([folder], db)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    (folder / "flood.txt").write_text(ARTICLE.replace("at least 40", "at least 45"))
    changed = ingest([folder], db)
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 1)
    after = Corpus.open(db)
    values = sorted(f.low for f in after.figures("flood"))
    assert values == [45, 3000]
    assert [f for f in after.figures() if f.article == "004_5a367e0f5d5b079c"] == other
    with open_for_write(db) as session:
        assert session.table("user").all() == [{"op": "merge", "a": "Obama", "b": "Barack Obama"}]


@pytest.mark.slow
def test_bad_files_are_skipped_with_a_reason_and_lose_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "big.txt").write_text("word " * 3000)
    (folder / "latin1.txt").write_bytes("Café owners said 12 shops closed in Liège.".encode(
        "latin-1"))
    db = tmp_path / "claims.json"
    report = ingest([folder], db, max_bytes=10_000)
    reasons = {Path(p).name: r for p, r in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "big.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "larger" in reasons["big.txt"]
    assert report.added == 2
    assert any("latin1.txt" in p for p, _ in report.notes)
    corpus = Corpus.open(db)
    assert {a.file for a in corpus.articles()} == {"good.txt", "latin1.txt"}


@pytest.mark.slow
def test_same_stem_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(ARTICLE.replace("40", "4" + name.replace(
            "a", "1").replace("b", "2")))
    db = tmp_path / "claims.json"
    ingest([tmp_path / "a", tmp_path / "b"], db)
    ids = sorted(a.id for a in Corpus.open(db).articles())
    assert len(ids) == 2 and ids[0] == "story" and ids[1].startswith("story-")


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = ingest([tmp_path / "nope"], tmp_path / "claims.json")
    assert report.skipped and "no such file" in report.skipped[0][1]


@pytest.mark.parametrize("env", [True, False])
def test_default_store_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: bool) -> None:
    from store.db import default_path

    if env:
        monkeypatch.setenv("CLAIMSCOPE_DB", str(tmp_path / "x.json"))
        assert default_path() == tmp_path / "x.json"
    else:
        monkeypatch.delenv("CLAIMSCOPE_DB", raising=False)
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        assert default_path() == tmp_path / "data" / "claimscope" / "claims.json"


@pytest.mark.parametrize(("text", "date"), [
    ("Headline here\n\nPORT ADLER, Sept 9 (Wire) — Fighting went on.\n"
     "A photo from Sept. 6, 2024.", "2024-09-09"),
    ("Headline here\n\nBucharest, 14.05.2024 – Inflation eased.", "2024-05-14"),
    ("Monday 17 March 2025 · 08:40 EET\n\nBy A Reporter", "2025-03-17"),
    ("ABÉCHÉ, Chad — 8 October 2024\n\nBody.", "2024-10-08"),
    ("It happened in June 2017 and again in May 2018, officials said on a long line.", None),
])
def test_datelines(text: str, date: str | None) -> None:
    from store.extract.dates import read_dateline

    found = read_dateline(text)
    assert (found[0] if found else None) == date


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Harbour fees rose.\n\n\nThe board met at  9am\tin Velmton.  ",
    "  Lead line\r\nsecond line \u00a0with a no-break space\u2009and a thin one.",
    "Prices: \u20ac12\u2013\u20ac15 (up 4%) \u2014 \u201cso far\u201d.\n",
    "",
])
def test_a_parse_keeps_every_character_of_its_text(text: str) -> None:
    """The extraction is handed the text it parsed as the doc's text (``keep_text``): the
    tokenizer must lose no character, whitespace runs and line ends included."""
    from store.extract.nlp import load_nlp

    assert load_nlp()(text).text == text
