"""The layers stay apart.

The import contracts in pyproject.toml (``[tool.importlinter]``, explained in
docs/architecture.md) say which module may import which: the store's layers only import downwards,
the store never imports the interface, the read API and the reader never reach spaCy or the ingest
code, the interface uses only the store's public entry points, and no package has an import cycle.
``lint-imports`` checks them over the source, including imports inside functions.

What static analysis cannot see is what a running process loads (spaCy's model is imported by
name at run time): the last two tests import the read path in a fresh interpreter and look.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE_MODULES = ["store", "store.model", "store.db", "store.corpus", "store.sanitize",
                 "store.errors", "store.storage", "store.lock", "store.export", "store.doctor",
                 "store.ingest.reading"]
READER_MODULES = ["tui.app", "tui.screens.reader", "tui.screens.conflicts", "tui.screens.actor",
                  "tui.screens.search", "tui.screens.help", "tui.screens.linked",
                  "tui.screens.check", "tui.screens.review"]


def lint_imports() -> str:
    beside = Path(sys.executable).with_name("lint-imports")
    command = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert command, "lint-imports is missing: install the test extra (pip install -e '.[test]')"
    done = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def loaded_after(imports: list[str], prefixes: list[str]) -> list[str]:
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        + "".join(f"import {m}\n" for m in imports)
        + f"print(sorted(m for m in sys.modules if any(m == p or m.startswith(p + '.') "
        f"for p in {prefixes!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return ast.literal_eval(out.strip())


def test_the_import_contracts_hold() -> None:
    out = lint_imports()
    assert " 0 broken" in out
    assert " BROKEN" not in out


def test_the_store_loads_no_interface_and_no_nlp() -> None:
    assert loaded_after(STORE_MODULES, ["textual", "rich", "tui", "spacy"]) == []


def test_the_reader_loads_neither_spacy_nor_the_ingest_code() -> None:
    assert loaded_after(READER_MODULES, ["spacy", "store.extract", "store.ingest"]) == []


def test_the_reader_loads_the_claim_checker_only_when_asked() -> None:
    """The checker's matching rules (and the grouping code they use) are a third of the
    reader's start-up; the first screen does not need them (``t`` loads them)."""
    assert loaded_after(["tui.app", "tui.screens.reader"],
                        ["store.check", "tui.screens.check", "store.conflicts"]) == []
