"""The reader's fact-checking keys, driven with Pilot on the sample store: the claim prompt and
its answer screen (loading state, evidence rows read side by side), and the review keys (wrongly
read, correct, move, verdict, undo), each written to the store and shown at once.

The claim parser is a stand-in here (``tests.test_check_rules.stub``: the rows the grammar
reads), so the fast lane needs no spaCy; ``test_the_first_check_loads_the_model`` uses the real
one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.corpus import Corpus
from tests.test_check_rules import CLAIMS, stub
from tests.test_reader import open_reader
from tui.screens.check import CheckScreen, ClaimChecking, ClaimPrompt

# the claim prompt and the review keys: the reader's slowest Pilot tests, in the full run
pytestmark = [pytest.mark.anyio, pytest.mark.slow]
CLAIM = "ISIS has 30,000 fighters in Iraq and Syria"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def stand_in_parser() -> Iterator[None]:
    ClaimChecking.parser = staticmethod(stub(CLAIMS))  # type: ignore[assignment]
    try:
        yield
    finally:
        ClaimChecking.parser = None


async def _check(app, pilot, claim: str) -> CheckScreen:
    await pilot.press("t")
    assert isinstance(app.screen, ClaimPrompt)
    await pilot.press(*claim)
    await pilot.press("enter")
    screen = app.screen
    assert isinstance(screen, CheckScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_the_claim_prompt_answers_and_opens_the_evidence(
        committed_store: Path, stand_in_parser: None) -> None:
    async with open_reader(committed_store) as (app, pilot, reader, _notes):
        screen = await _check(app, pilot, CLAIM)
        summary = str(screen.query_one("#check-summary").render())
        assert "↺ outdated" in summary and "the latest, for 2019" in summary
        assert not screen.has_class("-loading")
        assert len(screen.rows) >= 3 and screen.rows[0][0].stance == "disagrees"
        first = screen.rows[0][0].figure
        partner = screen.partner(0)
        await pilot.press("enter")
        assert app.screen is reader
        assert reader.panes[0].figure.id == first
        assert reader.panes[1].figure.id == partner != first
        # a second check needs no loading, and fills the same answer screen again
        again = await _check(app, pilot, CLAIM)
        assert reader.claim_checking is not None and reader.claim_checking.ready
        assert again is screen and again.result is not None
        assert len(again.rows) == len(again.query_one("#check-evidence").rows) >= 3
        await pilot.press("escape")
        assert app.screen is reader


async def test_the_first_check_shows_that_it_is_loading(committed_store: Path) -> None:
    release = threading.Event()
    parse = stub(CLAIMS)

    def slow(text: str, as_of: str | None):
        release.wait(10)
        return parse(text, as_of)

    ClaimChecking.parser = staticmethod(slow)  # type: ignore[assignment]
    try:
        async with open_reader(committed_store) as (app, pilot, _reader, _notes):
            await pilot.press("t", *CLAIM, "enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CheckScreen) and screen.has_class("-loading")
            status = str(screen.query_one("#check-status").render())
            assert "the first check only" in status
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not screen.has_class("-loading") and screen.rows
    finally:
        release.set()
        ClaimChecking.parser = None


async def test_escape_in_the_prompt_checks_nothing(committed_store: Path) -> None:
    async with open_reader(committed_store) as (app, pilot, reader, _notes):
        await pilot.press("t", "escape")
        assert app.screen is reader and reader.claim_checking is not None
        assert not reader.claim_checking.ready


@pytest.mark.slow
async def test_the_first_check_loads_the_model(committed_store: Path) -> None:
    async with open_reader(committed_store) as (app, pilot, _reader, _notes):
        await pilot.press("t", *"ISIS has about 100 fighters in Libya", "enter")
        await pilot.pause()
        screen = app.screen
        assert "loading the English model" in str(screen.query_one("#check-status").render())
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "✓ supported" in str(screen.query_one("#check-summary").render())


# --- review keys ---------------------------------------------------------------------------------


async def _settled(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_x_marks_wrongly_read_and_u_undoes(committed_store_copy: Path) -> None:
    async with open_reader(committed_store_copy) as (app, pilot, reader, notes):
        await pilot.press("n")
        figure = reader.pane.figure
        assert figure is not None and reader.corpus.group_of(figure.id) is not None
        await pilot.press("x")
        await _settled(app, pilot)
        assert reader.pane.figure.id == figure.id and reader.pane.figure.misread
        assert "† wrongly read" in reader.claim_bar.plain
        assert reader.corpus.group_of(figure.id) is None
        assert any("wrongly read" in m for m in notes.messages)
        await pilot.press("u")
        await _settled(app, pilot)
        assert not reader.pane.figure.misread
        assert reader.corpus.group_of(figure.id) is not None
        assert Corpus.open(committed_store_copy).user_rows() == []


async def test_e_corrects_the_focused_figure(committed_store_copy: Path) -> None:
    async with open_reader(committed_store_copy) as (app, pilot, reader, _notes):
        await pilot.press("n")
        figure = reader.pane.figure
        await pilot.press("e")
        await pilot.press(*"about 450", "enter")
        await _settled(app, pilot)
        corrected = reader.pane.figure
        assert corrected.id == figure.id and corrected.low == 450 and corrected.approx == "about"
        assert corrected.was == figure.value
        assert "corrected (read as" in reader.claim_bar.plain


async def test_o_moves_out_and_V_sets_the_verdict(committed_store_copy: Path) -> None:
    async with open_reader(committed_store_copy) as (app, pilot, reader, notes):
        await pilot.press("n")
        figure = reader.pane.figure
        group = reader.corpus.group_of(figure.id)
        await pilot.press("V", "down", "down", "down", "enter", *"checked by hand", "enter")
        await _settled(app, pilot)
        judged = reader.corpus.conflict(group.id)
        assert (judged.verdict, judged.note, judged.computed) == (
            "consistent", "checked by hand", group.verdict)
        assert "by hand" in reader.claim_bar.plain
        await pilot.press("o", "enter")  # the first line: out of its groups
        await _settled(app, pilot)
        assert reader.corpus.groups_of(figure.id) == []
        assert reader.pane.figure.moved_to == ""
        assert not [m for m in notes.messages if "error" in m.lower()]


async def test_review_keys_need_a_figure(committed_store_copy: Path) -> None:
    async with open_reader(committed_store_copy) as (_app, pilot, _reader, notes):
        for key in ("x", "e", "o", "V"):
            await pilot.press(key)
        assert notes.messages.count("No figure under focus: press n to go to one.") == 4
