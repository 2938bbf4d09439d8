"""The reader: two articles side by side, a claim bar, and the keys that move between claims.

State is reactive: ``active`` (the focused pane), ``sync`` (scroll both panes together),
``sidebar_shown`` and ``finding`` (the find bar is open); their watchers do what follows from a
change. The panes post a ``Moved`` message for every move of their cursor, and one handler,
``_pane_moved``, says in the claim bar what the focused pane points at. An action only moves
things: it never updates the claim bar or the sidebar by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header

from store.corpus import Corpus
from store.model import Figure
from tui.present.groups import verdict_counts
from tui.present.labels import claim_text, corpus_summary
from tui.screens.reader_actors import ActorMoves
from tui.screens.reader_keys import READER_KEYS
from tui.screens.reader_review import ReviewMoves
from tui.widgets.article_pane import ArticlePane
from tui.widgets.claim_bar import ClaimBar
from tui.widgets.find_bar import FindBar
from tui.widgets.sidebar import Sidebar
from tui.widgets.steady_footer import SteadyFooter
from tui.widgets.virtual_list import VirtualList

#: keys the footer leaves out below 100 columns, so the rest fit whole (all stay in help and the
#: palette): switching panes, the actor's next mention, the corpus search
NARROW_HIDDEN = frozenset({"switch_pane", "actor(1)", "search"})


@dataclass
class CounterpartCycle:
    """Where ``c`` is in a conflict group: the figures it steps through, in one pane."""

    targets: list[str]
    index: int
    pane: int

    @property
    def current(self) -> str:
        return self.targets[self.index]

    def position(self, figure_id: str, pane: int) -> tuple[int, int] | None:
        """(n, of how many) when ``c`` is on this figure in this pane, else None."""
        if pane == self.pane and figure_id == self.current:
            return self.index + 1, len(self.targets)
        return None


class ReaderScreen(ActorMoves, ReviewMoves, Screen):
    """Articles side by side; every action is a key here, in the palette and in help."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = READER_KEYS

    active: reactive[int] = reactive(0, init=False)
    """The focused pane: 0 the left, 1 the right."""
    sync: reactive[bool] = reactive(False, init=False)
    """Whether scrolling one pane scrolls the other."""
    sidebar_shown: reactive[bool | None] = reactive(None, init=False)
    """The sidebar shown or hidden by ``b``; None: as the screen's width decides."""
    finding: reactive[bool] = reactive(False, init=False)
    """Whether the find bar is open."""

    def __init__(self, corpus: Corpus, *, opening: tuple[str | None, ...] = ()) -> None:
        """``opening``: the articles the panes show first (after a reload), else the first two."""
        super().__init__()
        self.corpus = corpus
        self._opening = opening
        self.cycle: CounterpartCycle | None = None
        self._syncing = False
        # the groups are counted after the first paint (``_count_groups``): on a large store
        # that is a walk of every group, and the header reads well without it for a moment
        self._summary = corpus_summary(corpus, verdicts=None)
        self._short_summary = corpus_summary(corpus, short=True, verdicts=None)
        self._described: tuple | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        with Horizontal(id="body"):
            yield Sidebar(self.corpus, id="sidebar")
            with Horizontal(id="panes"):
                yield ArticlePane(self.corpus, id="left", classes="-active")
                yield ArticlePane(self.corpus, id="right")
        yield ClaimBar(self.corpus, id="claim-bar")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._fit_chrome(self.app.size.width)
        articles = self.corpus.articles()
        for pane, article in zip(self.panes, articles[:2], strict=False):
            pane.open(article.id)
        if len(articles) == 1:
            self.panes[1].open(articles[0].id)
        for pane, article_id in zip(self.panes, self._opening, strict=False):
            if article_id is not None and self.corpus.article_order(article_id) >= 0:
                pane.open(article_id)
        for i, pane in enumerate(self.panes):
            self.watch(pane.view, "scroll_y", partial(self._scrolled, i), init=False)
        self.panes[0].view.focus()
        self._describe_cursor()  # the first paint shows the legend and the open articles
        # once the first screen is painted, and behind whatever was already waiting then
        self.call_after_refresh(self.call_after_refresh, self._count_groups)

    def _count_groups(self) -> None:
        """Put the verdict counts in the header, once the first screen is painted."""
        verdicts = verdict_counts(self.corpus)  # counted once for both headers
        self._summary = corpus_summary(self.corpus, verdicts=verdicts)
        self._short_summary = corpus_summary(self.corpus, short=True, verdicts=verdicts)
        self._fit_chrome(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_chrome(event.size.width)
        # the claim bar was written for the old width: write it again once the new one is laid
        # out, so no line of the old text is left on screen
        self.call_after_refresh(self._describe_cursor)

    def _fit_chrome(self, width: int) -> None:
        """Below 100 columns the header drops the app name so the corpus line fits, and the
        footer packs its keys closer."""
        narrow = width < 100
        self.title, self.sub_title = ((self._short_summary, "") if narrow
                                      else ("claimscope", self._summary))
        footer = self.query_one(SteadyFooter)
        footer.compact = narrow
        footer.show_command_palette = not narrow  # ctrl+p still works; its hint needs room
        footer.narrow_hidden = NARROW_HIDDEN
        footer.set_narrow(narrow)

    # --- parts ----------------------------------------------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        return [self.query_one("#left", ArticlePane), self.query_one("#right", ArticlePane)]

    @property
    def pane(self) -> ArticlePane:
        return self.panes[self.active]

    @property
    def claim_bar(self) -> ClaimBar:
        return self.query_one(ClaimBar)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def find_bar(self) -> FindBar | None:
        """The ``/`` bar, mounted on its first use: most readings never search, and a bar fewer
        is a widget fewer to compose and style before the first paint."""
        found = self.query(FindBar)
        return found.first() if found else None

    # --- what the focused pane points at --------------------------------------------------------

    @on(ArticlePane.FigureFocused)
    @on(ArticlePane.MentionFocused)
    @on(ArticlePane.CursorCleared)
    def _pane_moved(self, event: ArticlePane.Moved) -> None:
        event.stop()
        self._describe_cursor()

    def watch_active(self, active: int) -> None:
        for i, pane in enumerate(self.panes):
            pane.set_active(i == active)
        self._describe_cursor()

    def _describe_cursor(self) -> None:
        """Say in the claim bar what the focused pane points at, and mark in the sidebar the
        articles the panes show; the bar is drawn again only when what it says changes."""
        pane = self.pane
        figure, mention = pane.figure, pane.mention
        position = None
        if figure is not None and self.cycle is not None:
            position = self.cycle.position(figure.id, self.active)
        described = (self.active, figure, mention, position, self.claim_bar.room)
        if described != self._described:
            self._described = described
            if figure is not None:
                self.claim_bar.show_figure(figure, position)
            elif mention is not None and mention.actor:
                self.claim_bar.show_mention(mention)
            else:
                self.claim_bar.show_legend()
        article = pane.article
        if article is not None:
            self.sidebar.mark_article(article.id)
        self.sidebar.show_open(*(p.view.article_id for p in self.panes))

    # --- panes and articles ---------------------------------------------------------------------

    def _focus_pane(self, index: int) -> None:
        self.active = index
        view = self.panes[index].view
        if not view.has_focus:  # focus changes re-lay the footer: only when needed
            view.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        focused = self.focused
        for i, pane in enumerate(self.panes):
            if focused is not None and pane in focused.ancestors_with_self:
                self.active = i
                return

    def action_switch_pane(self) -> None:
        """Tab: the other pane; from the sidebar, its article list, then its actor list, then
        back to the pane."""
        focused = self.focused
        sidebar = self.sidebar
        if focused is sidebar.article_list:
            sidebar.actor_list.focus()
            return
        in_pane = focused is not None and any(p in focused.ancestors_with_self
                                              for p in self.panes)
        self._focus_pane(1 - self.active if in_pane else self.active)

    def action_article(self, step: int) -> None:
        article = self.pane.article
        if article is None:
            return
        neighbour = self.corpus.neighbour(article.id, step)
        if neighbour is None:
            self.notify("That was the last article." if step > 0 else
                        "That was the first article.", timeout=2)
            return
        self.pane.open(neighbour.id)

    def open_article(self, article_id: str, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].open(article_id)
        self._focus_pane(index)

    # --- figures and counterparts ---------------------------------------------------------------

    def action_figure(self, step: int) -> None:
        figure, wrapped = self.pane.next_figure(step)
        if self._reached(figure, wrapped, step, "figure", "This article has no figures."):
            self.pane.show_figure(figure)

    def _reached(self, item: object, wrapped: bool, step: int, kind: str, none: str) -> bool:
        """Whether a step found an item; say so when it found none or went round the article."""
        if item is None:
            self.notify(none, timeout=2)
            return False
        if wrapped:
            self.notify(f"Wrapped to the {'first' if step > 0 else 'last'} {kind}.", timeout=2)
        return True

    def action_counterpart(self) -> None:
        figure = self.pane.figure
        if figure is None:
            self.notify("No figure under focus: press n to go to one.", timeout=3)
            return
        cycle = self.cycle
        if cycle is not None and cycle.position(figure.id, self.active):
            cycle.index = (cycle.index + 1) % len(cycle.targets)
        else:
            others = self.corpus.counterpart_ids(figure.id)  # thousands in a large group
            if not others:
                self.notify("No counterpart: no other figure in the corpus counts this.",
                            timeout=3)
                return
            cycle = CounterpartCycle(others, 0, 1 - self.active)
            self.cycle = cycle
        self.show_figure(self.corpus.figure(cycle.current), cycle.pane)

    def show_figure(self, figure: Figure, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].show_figure(figure)
        self._focus_pane(index)

    def show_pair(self, left: Figure, right: Figure) -> None:
        """Two figures side by side, the left one focused (from the conflicts screen)."""
        self.panes[1].show_figure(right)
        self.cycle = CounterpartCycle([right.id], 0, 1)
        self.show_figure(left, 0)

    # --- sidebar --------------------------------------------------------------------------------

    @on(VirtualList.Selected, "#article-list")
    def _article_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.open_article(self.sidebar.articles[event.index].id)

    @on(VirtualList.Selected, "#actor-list")
    def _actor_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.jump_to_actor(self.sidebar.actors[event.index].id)

    def watch_sidebar_shown(self, shown: bool | None) -> None:
        self.set_class(shown is True, "-sidebar-shown")
        self.set_class(shown is False, "-sidebar-hidden")

    def action_sidebar(self) -> None:
        """Hidden: show it and go there; shown: go there; there: hide it."""
        sidebar = self.sidebar
        if sidebar.display and sidebar.region.width > 0:
            focused = self.focused
            if focused is not None and sidebar in focused.ancestors_with_self:
                self.sidebar_shown = False
                self._focus_pane(self.active)
            else:
                sidebar.article_list.focus()
        else:
            self.sidebar_shown = True
            self.call_after_refresh(sidebar.article_list.focus)

    # --- find in the article --------------------------------------------------------------------

    async def action_find(self) -> None:
        bar = self.find_bar
        if bar is None:
            bar = FindBar(id="find-bar")
            await self.mount(bar, before=self.claim_bar)
        self.finding = True
        bar.input.focus()
        if bar.input.value:
            bar.set_status(self.pane.find(bar.input.value))

    def watch_finding(self, finding: bool) -> None:
        if (bar := self.find_bar) is not None:
            bar.set_class(finding, "-open")
        if not finding:
            self._focus_pane(self.active)

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        if (bar := self.find_bar) is not None:
            bar.set_status(self.pane.find(event.query))

    @on(FindBar.Step)
    def _find_step(self, event: FindBar.Step) -> None:
        status = self.pane.next_match(event.step)
        if status is not None and (bar := self.find_bar) is not None:
            bar.set_status(status)

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.finding = False

    # --- corpus search, conflicts, copy ---------------------------------------------------------

    def action_search(self) -> None:
        # deferred, as every screen the first paint does not show (start-up time)
        from tui.screens.search import SearchHit, SearchScreen

        def chosen(hit: SearchHit | None) -> None:
            if hit is None:
                return
            if hit.figure:
                self.show_figure(self.corpus.figure(hit.figure))
            elif hit.actor:
                self.jump_to_actor(hit.actor)
            elif hit.article:
                self.pane.show_offset(hit.article, hit.start, hit.end)
                self._focus_pane(self.active)

        self.app.push_screen(SearchScreen(self.corpus), chosen)

    def action_conflicts(self) -> None:
        from tui.screens.conflicts import ConflictsScreen  # deferred (start-up time)

        def chosen(pair: tuple[str, str] | None) -> None:
            if pair:
                self.show_pair(self.corpus.figure(pair[0]), self.corpus.figure(pair[1]))

        self.app.push_screen(ConflictsScreen(self.corpus), chosen)

    def action_copy(self) -> None:
        figure = self.pane.figure
        if figure is None:
            self.notify("Nothing to copy: press n to focus a figure.", timeout=3)
            return
        self.app.copy_to_clipboard(claim_text(self.corpus, figure))
        self.notify("Copied the claim and its sentence.", timeout=2)

    # --- scrolling together, and back -----------------------------------------------------------

    def action_sync(self) -> None:
        self.sync = not self.sync

    def watch_sync(self, sync: bool) -> None:
        self.notify("Synchronised scrolling " + ("on." if sync else "off."), timeout=2)

    def _scrolled(self, index: int, old: float, new: float) -> None:
        if not self.sync or self._syncing:
            return
        other = self.panes[1 - index].view
        self._syncing = True
        try:
            other.scroll_to(y=other.scroll_y + (new - old), animate=False, immediate=True)
        finally:
            self._syncing = False

    def action_back(self) -> None:
        if self.finding:
            self.finding = False
            return
        focused = self.focused
        if isinstance(focused, Widget) and self.sidebar in focused.ancestors_with_self:
            self._focus_pane(self.active)
            return
        if not self.pane.clear_matches():
            self.pane.clear_cursor()
