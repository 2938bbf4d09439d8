"""The gold-set score table that ends a full test run (``./scripts/test``).

The gold tests record their scores as cells (set, column, value) in their reports'
``user_properties`` (the ``gold_score`` fixture of ``tests/conftest.py``), which pytest-xdist
carries back from its workers too; the terminal-summary hook in ``conftest.py`` gathers them and
prints this table after everything else, so the scores are read without ``-s``.
"""

from __future__ import annotations

from collections.abc import Iterable

KEY = "gold-score"
#: the columns, in the order shown; a set without a column shows "-"
COLUMNS = ("figures P", "figures R", "value", "counted", "groups found", "verdicts right",
           "actors F1")


def cells_of(reports: Iterable[object]) -> dict[tuple[str, str], str]:
    """(set, column) -> value from test reports' user properties, the last one winning."""
    cells: dict[tuple[str, str], str] = {}
    for report in reports:
        for key, value in getattr(report, "user_properties", ()) or ():
            if key == KEY:
                gold_set, column, shown = value
                cells[(gold_set, column)] = shown
    return cells


def table(cells: dict[tuple[str, str], str]) -> list[str]:
    """The table's lines: a header, then one row per gold set in the order first recorded."""
    if not cells:
        return []
    sets = list(dict.fromkeys(s for s, _ in cells))
    columns = [c for c in COLUMNS if any((s, c) in cells for s in sets)]
    columns += sorted({c for _, c in cells} - set(columns))
    first = max(len("gold set"), *(len(s) for s in sets))
    widths = [max(len(c), *(len(cells.get((s, c), "-")) for s in sets)) for c in columns]
    lines = ["  ".join(["gold set".ljust(first)] + [c.rjust(w) for c, w in zip(columns, widths,
                                                                             strict=True)])]
    for s in sets:
        lines.append("  ".join([s.ljust(first)] + [cells.get((s, c), "-").rjust(w)
                                                   for c, w in zip(columns, widths, strict=True)]))
    return lines
