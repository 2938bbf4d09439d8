"""The layers stay apart: the store never pulls in the interface, and the reader never pulls in
spaCy or the ingest code (the reader must start fast and run where spaCy is not installed)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE_MODULES = ["store", "store.model", "store.db", "store.corpus", "store.sanitize",
                 "store.errors", "store.storage", "store.export", "store.doctor"]


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


def test_the_store_imports_no_interface_and_no_nlp() -> None:
    assert loaded_after(STORE_MODULES, ["textual", "rich", "tui", "spacy"]) == []


def test_the_reader_imports_neither_spacy_nor_the_ingest_code() -> None:
    modules = ["tui.app", "tui.screens.reader", "tui.screens.conflicts", "tui.screens.actor",
               "tui.screens.search", "tui.screens.help", "tui.screens.linked"]
    assert loaded_after(modules, ["spacy", "store.extract", "store.ingest"]) == []


def test_the_reader_reaches_the_store_only_through_the_read_api() -> None:
    allowed = {"store.corpus", "store.model", "store.sanitize", "store.errors"}
    offenders = []
    for path in (ROOT / "tui").rglob("*.py"):
        if path.parent.name == "commands" or path.name == "cli.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if (len(words) >= 2 and words[0] in ("from", "import")
                    and words[1].startswith("store") and words[1] not in allowed):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []
