"""SVG snapshots of the reader, the conflicts screen and the actor screen.

After a deliberate change of the look, review the new pictures and accept them with
``pytest tests/test_snapshots.py --snapshot-update``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader_app import reader_app

# whole screens drawn and compared: in the full run, not the fast lane
pytestmark = pytest.mark.slow

# a contradiction focused, then its most disagreeing counterpart opened in the other pane
FOLLOW_A_CONFLICT = ["n", "n", "c"]


def test_reader_at_120x35(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    assert snap_compare(app, terminal_size=(120, 35), press=FOLLOW_A_CONFLICT)


def test_reader_at_80x24(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    assert snap_compare(app, terminal_size=(80, 24), press=FOLLOW_A_CONFLICT)


def test_conflicts_screen_at_120x35(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    assert snap_compare(app, terminal_size=(120, 35), press=["v"])


def test_actor_screen_at_120x35(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    # the sidebar's actor list, its first (most mentioned) actor, that actor's screen
    assert snap_compare(app, terminal_size=(120, 35), press=["b", "tab", "enter", "i"])


def test_help_screen_at_80x24(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    assert snap_compare(app, terminal_size=(80, 24), press=["question_mark"])


def test_conflicts_screen_at_80x24(snap_compare, reader_store: Path) -> None:
    app = reader_app(reader_store)
    assert snap_compare(app, terminal_size=(80, 24), press=["v"])


def test_check_answer_at_120x35(snap_compare, reader_store: Path) -> None:
    from tests.test_check_rules import CLAIMS, stub
    from tui.screens.check import ClaimChecking

    async def check_a_claim(pilot) -> None:
        await pilot.press("t", *"ISIS has 30,000 fighters in Iraq and Syria", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    ClaimChecking.parser = staticmethod(stub(CLAIMS))  # the rows the grammar reads; no spaCy
    try:
        app = reader_app(reader_store)
        assert snap_compare(app, terminal_size=(120, 35), run_before=check_a_claim)
    finally:
        ClaimChecking.parser = None
