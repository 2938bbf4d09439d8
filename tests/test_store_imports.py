"""The store package stays usable without the interface or NLP stack installed."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["store.errors", "store.storage", "store.lock", "store.sanitize", "store.ingest.reading"]
FORBIDDEN = ["textual", "rich", "tui", "spacy"]


def test_store_modules_do_not_pull_in_ui_or_nlp() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        f"import {', '.join(MODULES)}\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
