"""The command line for quick checks over SSH: tables, JSON, one-line errors, and a read path that
never loads spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.cli import main


def run_cli(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", "NO_COLOR": "1"}
    command = [sys.executable, "-m", "tui.cli", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_figures_table(
    committed_store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["--db", str(committed_store), "figures", "--about", "fighters"]) == 0
    out = capsys.readouterr().out
    for column in ("value", "counts · where · period", "source", "article"):
        assert column in out
    assert "14,000-18,000" in out


def test_figures_json_and_filters(committed_store: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(committed_store), "figures", "--article", "003_21cca053a9288443", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["article"] for r in rows} == {"003_21cca053a9288443"}
    main(["--db", str(committed_store), "figures", "--about", "troops", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert rows and all("troop" in (r["unit"] + str(r["counted"])) for r in rows)


def test_export_document_shape(committed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["--db", str(committed_store), "export", "--format", "json",
                 "-o", str(target)]) == 0
    doc = json.loads(target.read_text())
    assert set(doc) == {"articles", "figures", "actors", "links", "conflicts"}
    assert set(doc["articles"][0]) == {"id", "file", "title", "outlet", "date", "date_inferred"}
    assert set(doc["figures"][0]) == {"id", "article", "start", "end", "text", "low", "high",
                                      "approx", "unit", "counted", "where", "when", "source",
                                      "sentence", "period", "period_basis", "reported", "event",
                                      "origin", "origin_kind", "revises"}
    assert set(doc["conflicts"][0]) == {"id", "parent", "kind", "quantity", "verdict", "spread",
                                        "reason", "figures", "pair"}


def test_errors_are_one_line_with_exit_code_2(committed_store: Path, tmp_path: Path) -> None:
    missing = run_cli("figures", db=tmp_path / "none.json")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "no store at" in missing.stderr
    bad = run_cli("figures", "--article", "nope", db=committed_store)
    assert bad.returncode == 2 and "no article 'nope'" in bad.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"meta": {"1": {"app": "claimscope"')
    damaged = run_cli("figures", db=broken)
    assert damaged.returncode == 2 and damaged.stderr.count("\n") == 1
    assert "damaged" in damaged.stderr
    assert broken.read_text() == '{"meta": {"1": {"app": "claimscope"'
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"_default": {"1": {"x": 1}}}')
    refused = run_cli("ingest", str(ROOT / "seeds"), db=foreign)
    assert refused.returncode == 2 and "not a claimscope store" in refused.stderr
    assert foreign.read_text() == '{"_default": {"1": {"x": 1}}}'


def test_read_path_never_imports_spacy(committed_store: Path) -> None:
    code = (
        "import sys\n"
        "from store import Corpus\n"
        f"c = Corpus.open({str(committed_store)!r}); c.figures(); c.actors(); c.conflicts()\n"
        "from tui.cli import main\n"
        f"main(['--db', {str(committed_store)!r}, 'figures', '--about', 'fighters'])\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'thinc', 'textual')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True).stdout
    assert out.strip().splitlines()[-1] == "LOADED []"
