"""The interface's own layout rules: small modules, and no private Textual names.

Textual's private names (a leading underscore) change without notice between minor releases;
the reader uses only what Textual documents, so an upgrade cannot break it silently."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

TUI = ROOT / "tui"
MAX_LINES = 450


def _modules() -> list[Path]:
    return sorted(TUI.rglob("*.py"))


def test_no_module_of_the_interface_is_over_450_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_interface_uses_no_private_name_it_does_not_define() -> None:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _modules()}
    ours: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                ours.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                ours.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                ours.add(node.attr)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                ours.add(node.target.id)
    foreign = set()
    for path, tree in trees.items():
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
                names = [alias.name for alias in node.names]
                names += (node.module or "").split(".")
            for name in names:
                if name.startswith("_") and not name.startswith("__") and name not in ours:
                    foreign.add(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert sorted(foreign) == []
