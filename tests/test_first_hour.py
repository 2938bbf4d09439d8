"""The first hour of a new user: help that filters, a palette that starts with the app's own
commands, a figure that stays in view through a resize, keys remapped from a config file, and a
bad config that costs one line and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from tests.test_reader import open_reader
from tui.app import ClaimscopeApp, binding_ids
from tui.config import load_config
from tui.screens.reader import ReaderScreen

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.slow  # one of the longest Pilot walks: the full run has it
async def test_help_opens_on_a_key_table_that_filters(committed_store: Path) -> None:
    from textual.widgets import DataTable, Input

    from tui.screens.help import HelpScreen

    async with open_reader(committed_store, size=(80, 24)) as (app, pilot, _screen, _notes):
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        table = help_screen.query_one(DataTable)
        assert help_screen.query_one(Input).has_focus
        assert table.row_count == len(help_screen.rows) >= 20
        assert {r.task for r in help_screen.rows} == {"reading", "jumping", "checking",
                                                      "everywhere"}
        assert table.region.y < 8, "the key table is at the top, not five pages down"
        await pilot.press(*"conflicts")
        shown = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert shown == ["v"]
        await pilot.press(*" nothing")
        assert table.row_count == 0
        assert "No key matches" in str(help_screen.query_one("#help-none").render())
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_the_palette_lists_the_apps_commands_before_textuals(committed_store: Path) -> None:
    from tui.screens.palette import ScreenCommands

    async with open_reader(committed_store) as (_app, _pilot, screen, _notes):
        provider = ScreenCommands(screen)
        titles = [str(hit.text) async for hit in provider.discover()]
        ours = {title for title, *_ in provider._commands()}
        assert {b.tooltip for b in ReaderScreen.BINDINGS} <= ours
        first_foreign = next(i for i, t in enumerate(titles) if t not in ours)
        assert set(titles[:first_foreign]) == ours
        assert "Quit claimscope" in titles and "Theme" not in titles[:first_foreign]
        assert any("theme" in t.lower() for t in titles[first_foreign:])


@pytest.mark.slow  # one of the longest Pilot walks: the full run has it
@pytest.mark.parametrize("size", [(120, 35), (80, 24)])
async def test_a_resize_keeps_the_focused_figure_in_view(committed_store: Path,
                                                         size: tuple[int, int]) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store, size=size) as (_app, pilot, screen, _notes):
        pane = screen.panes[0]
        last = corpus.figures(pane.article.id)[-1]
        pane.show_figure(last)
        await pilot.pause()
        for width, height in ((60, 16), (200, 50), (81, 20), size):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.pause()
            assert pane.view.is_visible(last.start, last.end), (width, height)
            assert screen.claim_bar.plain.startswith("▸ " + last.value)


def test_a_config_file_gives_keys_theme_and_store(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\nstore = "~/desk/claims.json"\n'
                    '[keys]\n"reader.next_figure" = "j,n"\n')
    config = load_config(path)
    assert config.problems == []
    assert config.theme == "textual-light" and config.keys == {"reader.next_figure": "j,n"}
    assert config.store == Path("~/desk/claims.json").expanduser()


@pytest.mark.parametrize(("text", "key"), [
    ("theme = 3\n", "theme"),
    ("colour = 'red'\n", "colour"),
    ("[keys]\n'reader.next_figure' = 5\n", "keys.reader.next_figure"),
    ("keys = 'n'\n", "keys"),
    ("store = ''\n", "store"),
    ("theme = 'x\n", "not valid TOML"),
])
def test_a_bad_setting_is_one_line_naming_the_file_and_key(tmp_path: Path, text: str,
                                                           key: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    config = load_config(path)
    assert len(config.problems) == 1
    assert str(path) in config.problems[0] and key in config.problems[0]
    assert "\n" not in config.problems[0]


def test_a_missing_config_is_no_problem_unless_named(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMSCOPE_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_config().problems == []
    assert "no such file" in load_config(tmp_path / "nope.toml").problems[0]


async def test_a_keymap_from_the_config_file_moves_a_key(committed_store: Path,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "no-such-theme"\n[keys]\n"reader.next_figure" = "x"\n'
                    '"reader.nowhere" = "x"\n')
    corpus = Corpus.open(committed_store)
    app = ClaimscopeApp(corpus, load_config(path))
    app.animation_level = "none"
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("n")  # n is no longer the key: x is
        assert screen.panes[0].figure is None
        await pilot.press("x")
        first = corpus.figures(screen.panes[0].article.id)[0]
        assert screen.panes[0].figure == first
        assert app.theme != "no-such-theme"
        problems = app.config_problems
        assert any("reader.nowhere" in p for p in problems)
        assert any("theme" in p and "no-such-theme" in p for p in problems)


def test_every_binding_id_is_documented_for_the_config() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for binding_id in binding_ids():
        assert f"`{binding_id}`" in readme, binding_id


@pytest.mark.parametrize(("wanted", "colours", "theme", "problem"), [
    (None, "truecolor", None, False),
    (None, "256", None, False),
    (None, "standard", "ansi-dark", False),  # 16 colours: the accent is green, not red
    (None, "windows", "ansi-dark", False),
    ("textual-light", "standard", "textual-light", False),  # the user's choice wins
    ("nope", "truecolor", None, True),
    ("nope", "standard", "ansi-dark", True),
])
def test_sixteen_colours_keep_red_for_contradictions(wanted: str | None, colours: str,
                                                     theme: str | None, problem: bool) -> None:
    from tui.app import theme_for

    chosen, why = theme_for(wanted, {"textual-dark", "textual-light", "ansi-dark"}, colours)
    assert chosen == theme and bool(why) == problem
