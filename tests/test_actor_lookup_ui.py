"""Every place a user types a name uses the one lookup: the actor screen's filter, the command
palette, the corpus search and ``claimscope actors NAME``, driven as a user would on the sample
store. "Haftar" is never written in the samples; "Hifter" is."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from tests.test_reader import choose_actor_in_sidebar, open_reader

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.slow  # among the longest Pilot tests: the full run, not the fast lane
async def test_the_actor_screen_filter_finds_an_unseen_spelling(committed_store: Path) -> None:
    from textual.widgets import Input, Label

    from tui.screens.actor import ActorScreen

    corpus = Corpus.open(committed_store)
    hifter = corpus.find_actor("Khalifa Hifter")
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await choose_actor_in_sidebar(pilot, screen, 0)
        await pilot.press("i")
        first = app.screen
        assert isinstance(first, ActorScreen)
        await pilot.press("slash")
        assert first.query_one("#actor-filter", Input).has_focus
        await pilot.press(*"Haftar")
        await pilot.pause()
        assert first.found and first.found[0].actor.id == hifter.id
        heading = str(first.query_one("#actor-links-heading", Label).render())
        assert "Haftar" in heading
        await pilot.press("enter")
        assert isinstance(app.screen, ActorScreen) and app.screen.actor.id == hifter.id
        await pilot.press("escape")
        assert app.screen is first
        await pilot.press("escape")  # closes the filter, then the screen
        assert app.screen is first
        await pilot.press("escape")
        assert app.screen is screen


async def test_the_palette_opens_an_actor_by_any_spelling(committed_store: Path) -> None:
    from tui.screens.actor import ActorScreen
    from tui.screens.palette import ActorCommands

    corpus = Corpus.open(committed_store)
    baghdadi = corpus.find_actor("Abu Bakr al-Baghdadi")
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        provider = ActorCommands(screen)
        hits = [hit async for hit in provider.search("Baghdadi")]
        assert hits and "Abu Bakr al-Baghdadi" in str(hits[0].text)
        hits[0].command()
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen) and app.screen.actor.id == baghdadi.id


def test_corpus_search_ranks_actors_with_the_lookup(committed_store: Path) -> None:
    from tui.screens.search import search_corpus

    corpus = Corpus.open(committed_store)
    actors = [h for h in search_corpus(corpus, "Haftar") if h.kind == "actor"]
    assert actors and actors[0].actor == corpus.find_actor("Hifter").id
    assert "Khalifa Hifter" in actors[0].row.plain  # the spelling the corpus uses


def test_the_actors_command_says_which_spelling_the_corpus_uses(committed_store: Path,
                                                                capsys) -> None:
    from tui.cli import main

    assert main(["--db", str(committed_store), "actors", "Haftar"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Khalifa Hifter")
    assert "spelling variant" in out and "“Khalifa Hifter”" in out
    assert main(["--db", str(committed_store), "actors", "Baghdadi"]) == 0
    assert capsys.readouterr().out.startswith("Abu Bakr al-Baghdadi")
