"""Untrusted input: arbitrary bytes never crash an ingest, and an article's escape sequences,
OSC 52 payloads, bidi overrides and Rich markup never reach the terminal raw."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.corpus import Corpus
from store.ingest.pipeline import ingest
from tests.conftest import ROOT

HOSTILE = (
    "Militia \x1b[31mRED\x1b[0m leader Omar Haddad\u202e said\u202c 4,000 fighters had joined.\n\n"
    "The [bold red]Northern Front[/bold red] claims \x1b]52;c;aGFja2Vk\x07 about 1,200 "
    "members in Kassala, according to [link=https://evil.example]Omar Haddad[/link].\n\n"
    "Officials in Kassala said \x9b2J 300\u2066 troops\u2069 remained.\n"
)
RAW = ["\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069"]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "claims.json"
    report = ingest([folder / "hostile.txt"], db)
    assert report.added == 1
    return db


def _cli(db: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    env.pop("FORCE_COLOR", None)  # not a terminal: every ESC in the output would be the article's
    done = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("args", [("figures",), ("actors",), ("actors", "Haddad"),
                                  ("conflicts",)])
def test_listing_commands_show_hostile_text_harmlessly(hostile_store: Path, args) -> None:
    out = _cli(hostile_store, *args)
    for char in RAW:
        assert char not in out, (args, char)
    if args == ("figures",):
        assert "4,000" in out


@pytest.mark.slow
def test_markup_in_articles_is_shown_literally(hostile_store: Path) -> None:
    out = _cli(hostile_store, "actors", "Kassala")
    assert "[link=https://evil.example]" in out  # markup from the article, shown as written
    assert "␛]52;c;" in out  # its escape sequence, made visible and harmless


@pytest.mark.slow
@given(st.binary(max_size=3000))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_bytes_are_ingested_or_skipped(tmp_path: Path, data: bytes) -> None:
    from store.extract.nlp import load_nlp

    path = tmp_path / "input.txt"
    path.write_bytes(data)
    db = tmp_path / "claims.json"
    report = ingest([path], db, nlp=load_nlp())
    assert report.added + report.updated + report.unchanged + len(report.skipped) == 1
    if db.exists():
        Corpus.open(db)
