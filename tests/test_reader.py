"""The reader driven key by key on the sample store: what each pane shows, what is focused, what
the claim bar says, and where a jump lands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.db import open_for_write
from tests.conftest import copy_store
from tests.reader_app import reader_app
from tui.app import ClaimscopeApp
from tui.present.groups import group_rows
from tui.screens.reader import ReaderScreen

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Notes:
    """Records what the app tells the user."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: str, **_: object) -> None:
        self.messages.append(str(message))


@asynccontextmanager
async def open_reader(path: Path, size: tuple[int, int] = (120, 35)) -> AsyncIterator[tuple]:
    app = reader_app(path)
    notes = Notes()
    app.notify = notes  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        yield app, pilot, screen, notes


# --- opening ------------------------------------------------------------------------------------


async def test_opens_the_first_two_articles_side_by_side(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    first, second = corpus.articles()[:2]
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left, right = screen.panes
        assert left.article.id == first.id
        assert right.article.id == second.id
        assert left.view.has_focus
        counts = corpus.counts()
        assert f"{counts['articles']} articles" in screen.sub_title
        assert f"{counts['figures']} figures" in screen.sub_title
        assert str(left.border_title) == "▶ " + first.title  # the focused pane says so
        assert str(right.border_title) == second.title
        await pilot.pause()  # the groups are counted once the first screen is painted
        assert "groups" in screen.sub_title and "conflicts" not in screen.sub_title
        assert "n next figure" in screen.claim_bar.plain
        assert "✗ contradiction" in screen.claim_bar.plain  # the legend of marks


async def test_the_group_counts_and_the_actor_list_arrive_after_the_first_paint(
        committed_store: Path) -> None:
    """Counting the groups and listing every actor wait for the first screen; a moment later
    the header and the sidebar show them as before."""
    from textual.widgets import Label

    from tui.present.groups import verdict_counts
    from tui.present.labels import corpus_summary

    corpus = Corpus.open(committed_store)
    first_header = corpus_summary(corpus, verdicts=None)
    assert "group" not in first_header and f"{corpus.counts()['articles']} articles" in first_header
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        await pilot.pause()
        verdicts = verdict_counts(corpus)
        assert screen.sub_title == corpus_summary(corpus, verdicts=verdicts)
        assert f"{verdicts['groups']} groups" in screen.sub_title
        sidebar = screen.sidebar
        actors = corpus.actors()
        assert [a.id for a in sidebar.actors] == [a.id for a in actors]
        assert sidebar.actor_list.count == len(actors) > 0
        heading = sidebar.query_one("#actor-heading", Label)
        assert str(heading.render()) == f"Actors ({len(actors)}) by mentions"
        sidebar.actor_list.focus()
        await pilot.press("enter")  # follows the most mentioned actor, as before
        assert screen.pane.mention is not None
        assert screen.pane.mention.actor == actors[0].id


# --- figures ------------------------------------------------------------------------------------


@pytest.mark.slow  # among the longest Pilot tests: the full run, not the fast lane
async def test_n_and_N_step_through_the_figures_of_the_focused_pane(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, notes):
        left = screen.panes[0]
        figures = corpus.figures(left.article.id)
        assert len(figures) >= 3
        await pilot.press("n")
        assert left.figure.id == figures[0].id
        await pilot.press("n", "n")
        assert left.figure.id == figures[2].id
        await pilot.press("N")
        assert left.figure.id == figures[1].id
        bar = screen.claim_bar.plain
        assert figures[1].value in bar
        assert f"source: {figures[1].source}" in bar
        assert "no counterpart" in bar
        for _ in range(len(figures) - 1):
            await pilot.press("n")
        assert left.figure.id == figures[0].id  # wrapped
        assert any("Wrapped" in m for m in notes.messages)


@pytest.mark.slow  # among the longest Pilot tests: the full run, not the fast lane
async def test_every_move_of_a_cursor_posts_one_message(committed_store: Path) -> None:
    from tui.widgets.article_pane import ArticlePane

    seen: list[ArticlePane.Moved] = []  # a message bubbles: the hook sees it at every node
    moves: list[tuple[str, str]] = []

    def hook(message) -> None:
        if isinstance(message, ArticlePane.Moved) and all(message is not m for m in seen):
            seen.append(message)
            moves.append((type(message).__name__, message.pane.id))

    app = reader_app(committed_store)
    async with app.run_test(size=(120, 35), message_hook=hook) as pilot:
        await pilot.pause()
        moves.clear()
        for key, expected in [("n", "FigureFocused"), ("m", "MentionFocused"),
                              ("right_square_bracket", "CursorCleared"),
                              ("tab", None), ("n", "FigureFocused"), ("escape", "CursorCleared")]:
            await pilot.press(key)
            pane = app.screen.pane.id
            assert moves == ([(expected, pane)] if expected else []), key
            moves.clear()


async def test_tab_switches_pane_and_keys_act_on_the_focused_one(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left, right = screen.panes
        await pilot.press("tab")
        assert screen.active == 1 and right.view.has_focus and right.has_class("-active")
        await pilot.press("n")
        assert right.figure.id == corpus.figures(right.article.id)[0].id
        assert left.figure is None
        await pilot.press("shift+tab")
        assert screen.active == 0 and left.view.has_focus


async def test_brackets_change_the_article_of_the_focused_pane(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    articles = corpus.articles()
    async with open_reader(committed_store) as (_app, pilot, screen, notes):
        left, right = screen.panes
        await pilot.press("right_square_bracket")
        assert left.article.id == articles[1].id
        assert right.article.id == articles[1].id
        await pilot.press("right_square_bracket")
        assert left.article.id == articles[2].id
        await pilot.press("left_square_bracket", "left_square_bracket", "left_square_bracket")
        assert left.article.id == articles[0].id
        assert any("first article" in m for m in notes.messages)


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_scroll_keys_move_the_text(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    longest = max(corpus.articles(), key=lambda a: len(corpus.text(a.id)))
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        screen.open_article(longest.id)
        await pilot.pause()
        view = screen.panes[0].view
        assert view.max_scroll_y > 10
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y > 5
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press("down")
        assert view.scroll_y == 1


async def test_s_scrolls_both_panes_together(committed_store: Path) -> None:
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left, right = screen.panes
        await pilot.press("s", "j", "j")
        await pilot.pause()
        assert screen.sync and left.view.scroll_y == 2 and right.view.scroll_y == 2
        await pilot.press("s", "j")
        await pilot.pause()
        assert not screen.sync and left.view.scroll_y == 3 and right.view.scroll_y == 2


# --- conflicts ----------------------------------------------------------------------------------


def contradiction_start(corpus: Corpus) -> tuple[str, int]:
    """An article and the number of ``n`` presses that reach a figure of a contradiction group
    whose most disagreeing counterpart is in another article."""
    for article in corpus.articles():
        for i, fig in enumerate(corpus.figures(article.id)):
            group = corpus.group_of(fig.id)
            if (group and group.verdict == "contradiction"
                    and corpus.counterparts(fig.id)[0].article != article.id):
                return article.id, i + 1
    raise AssertionError("no contradiction across articles in the fixture")


@pytest.mark.slow  # one of the longest Pilot walks: the full run has it
async def test_c_opens_the_most_disagreeing_counterpart_in_the_other_pane(
        reader_store: Path) -> None:
    corpus = Corpus.open(reader_store)
    article_id, presses = contradiction_start(corpus)
    async with open_reader(reader_store) as (_app, pilot, screen, _notes):
        left, right = screen.panes
        screen.open_article(article_id, 0)
        await pilot.press(*["n"] * presses)
        origin = left.figure
        group = corpus.group_of(origin.id)
        expected = corpus.counterparts(origin.id)
        await pilot.press("c")
        assert screen.active == 1 and right.view.has_focus
        assert right.figure.id == expected[0].id
        assert right.article.id == expected[0].article != article_id
        assert corpus.group_of(right.figure.id).id == group.id
        assert left.figure.id == origin.id  # the origin stays put
        bar = screen.claim_bar.plain
        assert f"counterpart 1 of {len(expected)}" in bar
        assert "✗ contradiction" in bar
        for other in corpus.counterparts(right.figure.id)[:3]:  # the most disagreeing first
            assert f"{other.value} {other.source}" in bar
        right_view = right.view
        assert right_view.is_visible(right.figure.start, right.figure.end)
        await pilot.press("c")
        assert right.figure.id == expected[1].id
        assert f"counterpart 2 of {len(expected)}" in screen.claim_bar.plain
        for _ in range(len(expected) - 1):
            await pilot.press("c")
        assert right.figure.id == expected[0].id  # round the group and back


async def test_c_on_a_figure_without_a_group_says_so(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, notes):
        left = screen.panes[0]
        alone = next((i for i, f in enumerate(corpus.figures(left.article.id))
                      if corpus.group_of(f.id) is None), None)
        assert alone is not None, "the first sample article has a figure no group holds"
        right_before = screen.panes[1].view.cursor_figure, screen.panes[1].article.id
        await pilot.press("c")
        assert any("press n" in m for m in notes.messages)
        await pilot.press(*["n"] * (alone + 1), "c")
        assert corpus.group_of(left.figure.id) is None
        assert (screen.panes[1].view.cursor_figure, screen.panes[1].article.id) == right_before
        assert screen.active == 0
        assert any("No counterpart" in m for m in notes.messages)


async def test_enter_reads_the_pair_the_groups_reason_names(reader_store: Path,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    copy_store(reader_store, tmp_path)
    corpus = Corpus.open(path)
    widest = group_rows(corpus)[0].group  # the first row of the conflicts screen
    mids = {f: sum(corpus.comparable(widest, f)) / 2 for f in widest.figures}
    extremes = {min(mids, key=mids.get), max(mids, key=mids.get)}
    middle = [f for f in widest.figures if f not in extremes]  # not what midpoints would pick
    first = middle[0]
    pair = [first, next(f for f in middle if corpus.figure(f).article
                        != corpus.figure(first).article)]
    with open_for_write(path) as session:
        rows = session.table("conflicts").all()
        for row in rows:
            row["pair"] = pair if row["id"] == widest.id else row.get("pair")
        session.table("conflicts").truncate()
        session.table("conflicts").insert_multiple(rows)
        session.commit()
    async with open_reader(path) as (app, pilot, screen, _notes):
        await pilot.press("v", "enter")
        assert app.screen is screen
        left, right = screen.panes
        assert (left.figure.id, right.figure.id) == tuple(pair)
        await pilot.press("c")  # from one of the pair, c opens the other first
        assert screen.panes[1].figure.id == pair[1]


# --- actors -------------------------------------------------------------------------------------


async def choose_actor_in_sidebar(pilot, screen, actor_index: int) -> None:
    await pilot.press("b", "tab")
    assert screen.sidebar.actor_list.has_focus
    screen.sidebar.actor_list.cursor = actor_index
    await pilot.press("enter")


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_a_follows_an_actor_across_articles(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    actors = corpus.actors()
    # in three articles or more, with the fewest mentions: once round the corpus in few keys
    actor = min((a for a in actors if len(a.articles) >= 3), key=lambda a: (a.n_mentions, a.id))
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        await choose_actor_in_sidebar(pilot, screen, actors.index(actor))
        left = screen.panes[0]
        assert left.view.has_focus and left.mention.actor == actor.id
        seen = [left.mention]
        for _ in range(actor.n_mentions):
            await pilot.press("a")
            expected = corpus.next_mention(actor.id, (seen[-1].article, seen[-1].start), 1)
            assert (left.mention.article, left.mention.start) == (expected.article,
                                                                   expected.start)
            assert left.article.id == expected.article
            assert left.view.is_visible(expected.start, expected.end)
            seen.append(left.mention)
        assert len({m.article for m in seen}) >= 3
        assert seen[-1] == seen[0]  # once round the corpus
        assert f"mention 1 of {actor.n_mentions}" in screen.claim_bar.plain
        await pilot.press("A")
        assert left.mention == seen[-2]


async def test_m_puts_the_next_name_under_focus(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left = screen.panes[0]
        mentions = [m for m in corpus.article_mentions(left.article.id) if m.actor]
        await pilot.press("m", "m")
        assert left.mention == mentions[1]
        await pilot.press("M")
        assert left.mention == mentions[0]
        name = corpus.actor(mentions[0].actor).name
        assert f"actor: {name}" in screen.claim_bar.plain


async def test_a_after_n_follows_who_the_figure_sentence_names(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left = screen.panes[0]
        figures = corpus.figures(left.article.id)
        mentions = corpus.article_mentions(left.article.id)
        presses = next(i + 1 for i, f in enumerate(figures)
                       if any(f.sentence[0] <= m.start < f.sentence[1] and m.actor
                              for m in mentions))
        await pilot.press(*["n"] * presses)
        figure = left.figure
        chosen = left.actor_under_focus()
        assert figure.sentence[0] <= chosen.start < figure.sentence[1]
        await pilot.press("a")
        assert left.mention.actor == chosen.actor
        assert left.figure is None


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_l_lists_linked_actors_and_enter_jumps_to_one(
        reader_store: Path) -> None:
    from tui.screens.linked import LinkedActorsScreen

    corpus = Corpus.open(reader_store)
    actor = corpus.actors()[0]
    links = corpus.linked(actor.id)
    async with open_reader(reader_store) as (app, pilot, screen, _notes):
        await choose_actor_in_sidebar(pilot, screen, 0)
        await pilot.press("l")
        assert isinstance(app.screen, LinkedActorsScreen)
        assert app.screen.links == links
        await pilot.press("down", "enter")
        assert app.screen is screen
        assert screen.pane.mention.actor == links[1].other(actor.id)


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_i_opens_the_actor_screen_and_enter_reads_a_mention(committed_store: Path) -> None:
    from tui.screens.actor import ActorScreen
    from tui.widgets.virtual_list import VirtualList

    corpus = Corpus.open(committed_store)
    index, actor = next((i, a) for i, a in enumerate(corpus.actors()) if len(a.articles) >= 3)
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await choose_actor_in_sidebar(pilot, screen, index)
        await pilot.press("i")
        actor_screen = app.screen
        assert isinstance(actor_screen, ActorScreen)
        assert actor_screen.actor.id == actor.id
        per_article = actor_screen.query_one("#actor-articles", VirtualList)
        assert per_article.count == len(actor.articles)
        mentions = actor_screen.query_one("#actor-mentions", VirtualList)
        assert mentions.count == actor.n_mentions
        await pilot.press("end", "enter")
        assert app.screen is screen
        last = corpus.mentions(actor.id)[-1]
        assert screen.pane.mention == last
        assert screen.pane.article.id == last.article


# --- search -------------------------------------------------------------------------------------


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_slash_finds_text_in_the_article(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        left = screen.panes[0]
        text = corpus.text(left.article.id)
        names = {text[m.start:m.end] for m in corpus.article_mentions(left.article.id)}
        word = min((w for w in names if text.lower().count(w.lower()) >= 2),
                   key=lambda w: (len(w), w))
        expected = text.lower().count(word.lower())
        await pilot.press("slash")
        assert screen.finding and screen.find_bar.input.has_focus
        await pilot.press(*word)
        await pilot.pause()
        assert len(left.view.matches) == expected
        first = left.view.current_match
        assert first is not None
        await pilot.press("enter")
        assert left.view.current_match == (first + 1) % expected != first
        await pilot.press("escape")
        assert left.view.has_focus and not screen.finding
        assert not screen.find_bar.has_class("-open")


@pytest.mark.slow  # one of the longest Pilot walks: the full run has it
async def test_ctrl_f_searches_the_corpus_and_opens_a_hit(committed_store: Path) -> None:
    from tui.screens.search import SearchScreen

    corpus = Corpus.open(committed_store)
    actor = min((a for a in corpus.actors() if len(a.articles) >= 3), key=lambda a: len(a.name))
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await pilot.press("ctrl+f")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*actor.name)
        await app.workers.wait_for_complete()
        await pilot.pause()
        kinds = [h.kind for h in search.hits]
        assert "actor" in kinds and "text" in kinds
        await pilot.press("down")
        search.query_one("#search-results").cursor = kinds.index("actor")
        await pilot.press("enter")
        assert app.screen is screen
        assert screen.pane.mention.actor in {a.id for a in corpus.search_actors(actor.name)}


@pytest.mark.slow  # among the longest of the fast lane: the full run has it
async def test_ctrl_f_finds_figures_by_what_they_count(committed_store: Path) -> None:
    from tui.screens.search import SearchScreen

    corpus = Corpus.open(committed_store)
    target = min((f for f in corpus.figures() if f.counted), key=lambda f: (len(f.counted), f.id))
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await pilot.press("ctrl+f")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*target.counted)
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures = [h.figure for h in search.hits if h.kind == "figure"]
        assert target.id in figures
        await pilot.press("enter")  # to the results
        search.query_one("#search-results").cursor = [h.figure for h in search.hits].index(
            target.id)
        await pilot.press("enter")
        assert screen.pane.figure.id == target.id


# --- copy, help, palette, quit, back -------------------------------------------------------------


async def test_y_copies_the_claim_with_its_sentence(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        copied: list[str] = []
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await pilot.press("n", "y")
        figure = screen.pane.figure
        assert len(copied) == 1
        assert figure.value in copied[0]
        assert figure.source in copied[0]
        sentence = " ".join(corpus.sentence(figure).split())
        assert " ".join(sentence.split()[:6]) in " ".join(copied[0].split())


async def test_question_mark_opens_help_and_escape_closes_it(committed_store: Path) -> None:
    from tui.screens.help import HelpScreen

    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is screen


def test_help_names_every_key_of_the_reader() -> None:
    from tui.screens.help import HELP_FILE
    from tui.widgets.article_view import ArticleView

    text = HELP_FILE.read_text(encoding="utf-8")
    names = {"right_square_bracket": "]", "left_square_bracket": "[", "slash": "/",
             "question_mark": "?", "pagedown": "page down", "pageup": "page up"}
    for cls in (ReaderScreen, ArticleView, ClaimscopeApp):
        for binding in cls.BINDINGS:
            for key in binding.key.split(","):
                shown = names.get(key, key)
                assert f"`{shown}`" in text, (cls.__name__, key)


@pytest.mark.slow  # one of the longest Pilot walks: the full run has it
async def test_the_palette_runs_reader_actions(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await pilot.press("ctrl+p")
        await pilot.press(*"next figure")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.panes[0].figure.id == corpus.figures(screen.panes[0].article.id)[0].id


async def test_palette_offers_every_reader_binding(committed_store: Path) -> None:
    from tui.screens.palette import ScreenCommands

    async with open_reader(committed_store) as (_app, _pilot, screen, _notes):
        provider = ScreenCommands(screen)
        titles = {title for title, *_ in provider._commands()}
        for binding in ReaderScreen.BINDINGS:
            assert binding.tooltip in titles, binding.key


async def test_escape_leaves_the_sidebar_and_q_quits(committed_store: Path) -> None:
    async with open_reader(committed_store) as (app, pilot, screen, _notes):
        await pilot.press("b")
        assert screen.sidebar.article_list.has_focus
        await pilot.press("escape")
        assert screen.panes[0].view.has_focus
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_enter_in_the_article_list_opens_it_in_the_focused_pane(
        committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    articles = corpus.articles()
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        await pilot.press("tab", "b", "down", "down", "enter")
        assert screen.panes[1].article.id == articles[3].id
        assert screen.panes[1].view.has_focus


# --- sizes --------------------------------------------------------------------------------------


async def test_at_80x24_the_sidebar_folds_away_and_the_panes_stay_side_by_side(
        committed_store: Path) -> None:
    async with open_reader(committed_store, size=(80, 24)) as (_app, pilot, screen, _notes):
        left, right = screen.panes
        assert screen.sidebar.region.width == 0
        assert left.region.y == right.region.y
        assert left.region.width >= 38 and right.region.width >= 38
        assert left.view.size.height >= 12
        await pilot.press("b")
        await pilot.pause()
        assert screen.sidebar.region.width > 0 and screen.sidebar.article_list.has_focus
        assert screen.sidebar_shown is True
        await pilot.press("b")
        await pilot.pause()
        assert screen.sidebar.region.width == 0 and screen.sidebar_shown is False


async def test_at_200x60_everything_is_shown(committed_store: Path) -> None:
    async with open_reader(committed_store, size=(200, 60)) as (_app, _pilot, screen, _notes):
        left, right = screen.panes
        assert screen.sidebar.region.width > 0
        assert left.region.width > 70 and right.region.width > 70


# --- mouse --------------------------------------------------------------------------------------


async def test_a_click_on_a_figure_focuses_it(committed_store: Path) -> None:
    from tui.widgets.article_view import MARGIN

    corpus = Corpus.open(committed_store)
    async with open_reader(committed_store) as (_app, pilot, screen, _notes):
        right = screen.panes[1]
        figure = corpus.figures(right.article.id)[0]
        layout = right.view.text_layout
        start = layout.to_display(figure.start)
        line = layout.line_of(start)
        right.view.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        column = start - layout.lines[line][0]
        assert await pilot.click(right.view, offset=(MARGIN + column + 1, 0))
        assert right.figure == figure
        assert screen.active == 1 and right.view.has_focus
