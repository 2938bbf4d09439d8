"""The reader: two articles side by side, a claim bar, and the keys that move between claims."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header

from store.corpus import Corpus, find_all
from store.model import Figure, Mention
from tui.present.labels import claim_text, corpus_summary, short
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.claim_bar import ClaimBar, describe_actor, describe_figure
from tui.widgets.find_bar import FindBar
from tui.widgets.sidebar import Sidebar
from tui.widgets.steady_footer import SteadyFooter
from tui.widgets.virtual_list import VirtualList


@dataclass
class Cycle:
    """Where ``c`` is in a conflict group: the figures it steps through, in one pane."""

    origin: str
    targets: list[str]
    index: int
    pane: int

    @property
    def current(self) -> str:
        return self.targets[self.index]


class ReaderScreen(Screen):
    """Articles side by side; every action is a key here, in the palette and in help."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        # help and quit first, so the footer still shows them when 80 columns cut it short
        Binding("question_mark", "app.help", "help", key_display="?",
                tooltip="Keys and marks explained", id="reader.help"),
        Binding("q", "app.quit", "quit", tooltip="Quit claimscope", id="reader.quit"),
        Binding("tab", "switch_pane", "pane", tooltip="Switch to the other pane",
                id="reader.next_pane"),
        Binding("shift+tab", "switch_pane", "pane", show=False,
                tooltip="Switch to the other pane (backwards)", id="reader.previous_pane"),
        Binding("right_square_bracket", "article(1)", "next article", show=False,
                key_display="]", tooltip="Next article in the focused pane",
                id="reader.next_article"),
        Binding("left_square_bracket", "article(-1)", "previous article", show=False,
                key_display="[", tooltip="Previous article in the focused pane",
                id="reader.previous_article"),
        Binding("n", "figure(1)", "figure", tooltip="Next figure in the focused pane",
                id="reader.next_figure"),
        Binding("N", "figure(-1)", "prev figure", show=False,
                tooltip="Previous figure in the focused pane", id="reader.previous_figure"),
        Binding("c", "counterpart", "counterpart",
                tooltip="Open the focused figure's most disagreeing counterpart in the other "
                "pane; again: the next one of its group", id="reader.counterpart"),
        Binding("m", "mention(1)", "mention", show=False,
                tooltip="Next actor mention in the focused pane", id="reader.next_mention"),
        Binding("M", "mention(-1)", "prev mention", show=False,
                tooltip="Previous actor mention in the focused pane",
                id="reader.previous_mention"),
        Binding("a", "actor(1)", "actor", tooltip="Next mention of the actor under focus, in "
                "any article", id="reader.next_actor_mention"),
        Binding("A", "actor(-1)", "prev actor", show=False,
                tooltip="Previous mention of the actor under focus, in any article",
                id="reader.previous_actor_mention"),
        Binding("l", "linked", "linked", show=False,
                tooltip="List the actors linked to the actor under focus",
                id="reader.linked"),
        Binding("i", "actor_screen", "actor info", show=False,
                tooltip="Open the actor screen for the actor under focus",
                id="reader.actor_screen"),
        Binding("slash", "find", "find", key_display="/",
                tooltip="Find text in the focused pane's article", id="reader.find"),
        Binding("ctrl+f", "search", "search", tooltip="Search the corpus: figures, actors, text",
                id="reader.search"),
        Binding("s", "sync", "sync", show=False, tooltip="Toggle synchronised scrolling",
                id="reader.sync"),
        Binding("v", "conflicts", "conflicts", tooltip="Open the conflicts screen",
                id="reader.conflicts"),
        Binding("y", "copy", "copy", show=False,
                tooltip="Copy the focused claim with its source sentence", id="reader.copy"),
        Binding("b", "sidebar", "sidebar", show=False,
                tooltip="Sidebar: show it and go to it; from it, hide it",
                id="reader.sidebar"),
        Binding("escape", "back", "back", show=False,
                tooltip="Back: close the search bar, leave the sidebar, clear search hits",
                id="reader.back"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.active = 0
        self.cycle: Cycle | None = None
        self.sync = False
        self._syncing = False
        self._mention_keys: dict[str, list[tuple[int, int]]] = {}
        self._summary = corpus_summary(corpus)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        with Horizontal(id="body"):
            yield Sidebar(self.corpus, id="sidebar")
            with Horizontal(id="panes"):
                yield ArticlePane(self.corpus, name="left", id="left")
                yield ArticlePane(self.corpus, name="right", id="right")
        yield FindBar(id="find-bar")
        yield ClaimBar(id="claim-bar")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._fit_chrome(self.app.size.width)
        articles = self.corpus.articles()
        for pane, article in zip(self.panes, articles[:2], strict=False):
            pane.open(article.id)
        if len(articles) == 1:
            self.panes[1].open(articles[0].id)
        for i, pane in enumerate(self.panes):
            self.watch(pane.view, "scroll_y", partial(self._scrolled, i), init=False)
        self.panes[0].view.focus()
        self._after_move()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_chrome(event.size.width)

    def _fit_chrome(self, width: int) -> None:
        """Below 100 columns the header drops the app name so the corpus line fits, and the
        footer packs its keys closer."""
        narrow = width < 100
        summary = self._summary
        self.title, self.sub_title = (summary, "") if narrow else ("claimscope", summary)
        footer = self.query_one(SteadyFooter)
        footer.compact = narrow
        footer.show_command_palette = not narrow  # ctrl+p still works; its hint needs room

    # --- parts ----------------------------------------------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        return [self.query_one("#left", ArticlePane), self.query_one("#right", ArticlePane)]

    @property
    def pane(self) -> ArticlePane:
        return self.panes[self.active]

    @property
    def other(self) -> ArticlePane:
        return self.panes[1 - self.active]

    @property
    def claim_bar(self) -> ClaimBar:
        return self.query_one(ClaimBar)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def _focus_pane(self, index: int) -> None:
        self.active = index
        view = self.panes[index].view
        if not view.has_focus:  # focus changes re-lay the footer: only when needed
            view.focus()
        self._after_move()

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        for i, pane in enumerate(self.panes):
            if focused is not None and pane in focused.ancestors_with_self:
                if i != self.active:
                    self.active = i
                    self._after_move()
                return

    # --- the claim bar --------------------------------------------------------------------------

    def _after_move(self) -> None:
        """Say in the claim bar what the focused pane points at; mark its article in the list."""
        pane = self.pane
        parts: list[Text] = []
        if pane.figure is not None:
            position = None
            cycle = self.cycle
            if cycle and cycle.pane == self.active and cycle.current == pane.figure.id:
                position = (cycle.index + 1, len(cycle.targets))
            width = max(self.claim_bar.content_size.width, 40)
            parts.append(describe_figure(self.corpus, pane.figure, position, width))
        elif pane.mention is not None and pane.mention.actor:
            parts.append(describe_actor(self.corpus, pane.mention,
                                        self._mention_position(pane.mention),
                                        max(self.claim_bar.content_size.width, 40)))
        self.claim_bar.show_claim(parts)
        article = pane.article
        if article is not None:
            self.sidebar.mark_article(article.id)
        self.sidebar.show_open(*(p.view.article_id for p in self.panes))
        for i, each in enumerate(self.panes):
            each.set_class(i == self.active, "-active")

    def _mention_position(self, mention: Mention) -> tuple[int, int] | None:
        actor_id = mention.actor
        if actor_id is None:
            return None
        keys = self._mention_keys.get(actor_id)
        if keys is None:
            keys = [(self.corpus.article(m.article).order, m.start)
                    for m in self.corpus.mentions(actor_id)]
            self._mention_keys[actor_id] = keys
        key = (self.corpus.article(mention.article).order, mention.start)
        i = bisect.bisect_left(keys, key)
        return (i + 1, len(keys)) if i < len(keys) and keys[i] == key else None

    # --- panes and articles ---------------------------------------------------------------------

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
        self._after_move()

    def open_article(self, article_id: str, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].open(article_id)
        self._focus_pane(index)

    # --- figures and counterparts ---------------------------------------------------------------

    def action_figure(self, step: int) -> None:
        figure, wrapped = self.pane.next_figure(step)
        if figure is None:
            self.notify("This article has no figures.", timeout=2)
            return
        if wrapped:
            self.notify("Wrapped to the " + ("first" if step > 0 else "last") + " figure.",
                        timeout=2)
        self.pane.show_figure(figure)
        self._after_move()

    def action_counterpart(self) -> None:
        figure = self.pane.figure
        if figure is None:
            self.notify("No figure under focus: press n to go to one.", timeout=3)
            return
        cycle = self.cycle
        if cycle and cycle.pane == self.active and cycle.current == figure.id:
            cycle.index = (cycle.index + 1) % len(cycle.targets)
        else:
            others = self.corpus.counterparts(figure.id)
            if not others:
                self.notify("No counterpart: no other figure in the corpus counts this.",
                            timeout=3)
                return
            cycle = Cycle(figure.id, [f.id for f in others], 0, 1 - self.active)
            self.cycle = cycle
        self.show_figure(self.corpus.figure(cycle.current), cycle.pane)

    def show_figure(self, figure: Figure, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].show_figure(figure)
        self._focus_pane(index)

    def show_pair(self, left: Figure, right: Figure) -> None:
        """Two figures side by side, the left one focused (from the conflicts screen)."""
        self.panes[1].show_figure(right)
        self.cycle = Cycle(left.id, [right.id], 0, 1)
        self.show_figure(left, 0)

    # --- actors ---------------------------------------------------------------------------------

    def action_mention(self, step: int) -> None:
        mention, wrapped = self.pane.next_mention(step)
        if mention is None:
            self.notify("This article names no actors.", timeout=2)
            return
        if wrapped:
            self.notify("Wrapped to the " + ("first" if step > 0 else "last") + " mention.",
                        timeout=2)
        self.pane.show_mention(mention)
        self._after_move()

    def _actor_or_say(self) -> Mention | None:
        mention = self.pane.actor_under_focus()
        if mention is None or mention.actor is None:
            self.notify("No actor under focus: press m for the next name in this pane, or pick "
                        "one in the sidebar (b).", timeout=4)
            return None
        return mention

    def action_actor(self, step: int) -> None:
        mention = self._actor_or_say()
        if mention is None or mention.actor is None:
            return
        target = self.corpus.next_mention(mention.actor, (mention.article, mention.start), step)
        if target is None or target == mention:
            self.notify(f"{short(self.corpus.actor(mention.actor).name, 60)} has no other "
                        "mention.", timeout=3)
            target = mention
        self.show_mention(target)

    def show_mention(self, mention: Mention, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].show_mention(mention)
        self._focus_pane(index)

    def jump_to_actor(self, actor_id: str) -> None:
        """The actor's mention nearest to the focused pane's cursor (in reading order)."""
        pane = self.pane
        article = pane.article
        if article is None:
            return
        position, _ = pane.cursor()
        after = self.corpus.next_mention(actor_id, (article.id, position - 1), 1)
        before = self.corpus.next_mention(actor_id, (article.id, position), -1)
        candidates = [m for m in (after, before) if m is not None]
        if not candidates:
            self.notify("That actor has no mentions.", timeout=3)
            return
        same = [m for m in candidates if m.article == article.id]
        best = min(same, key=lambda m: abs(m.start - position)) if same else candidates[0]
        self.show_mention(best)

    def action_linked(self) -> None:
        mention = self._actor_or_say()
        if mention is None or mention.actor is None:
            return
        from tui.screens.linked import LinkedActorsScreen

        actor = self.corpus.actor(mention.actor)
        if not self.corpus.linked(actor.id):
            self.notify(f"{short(actor.name, 60)} is named with no other actor.", timeout=3)
            return

        def chosen(actor_id: str | None) -> None:
            if actor_id:
                self.jump_to_actor(actor_id)

        self.app.push_screen(LinkedActorsScreen(self.corpus, actor.id), chosen)

    def action_actor_screen(self, actor_id: str | None = None) -> None:
        if actor_id is None:
            if self.sidebar.actor_list.has_focus and self.sidebar.actors:
                actor_id = self.sidebar.actors[self.sidebar.actor_list.cursor].id
            else:
                mention = self._actor_or_say()
                if mention is None:
                    return
                actor_id = mention.actor
        from tui.screens.actor import ActorScreen

        def chosen(mention: Mention | None) -> None:
            if mention is not None:
                self.show_mention(mention)

        self.app.push_screen(ActorScreen(self.corpus, actor_id), chosen)

    # --- sidebar --------------------------------------------------------------------------------

    @on(VirtualList.Selected, "#article-list")
    def _article_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.open_article(self.sidebar.articles[event.index].id)

    @on(VirtualList.Selected, "#actor-list")
    def _actor_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.jump_to_actor(self.sidebar.actors[event.index].id)

    def _sidebar_shown(self) -> bool:
        return self.sidebar.display and self.sidebar.region.width > 0

    def action_sidebar(self) -> None:
        """Hidden: show it and go there; shown: go there; there: hide it."""
        focused = self.focused
        if self._sidebar_shown():
            if focused is not None and self.sidebar in focused.ancestors_with_self:
                self.remove_class("-sidebar-shown")
                self.add_class("-sidebar-hidden")
                self._focus_pane(self.active)
            else:
                self.sidebar.article_list.focus()
        else:
            self.remove_class("-sidebar-hidden")
            self.add_class("-sidebar-shown")
            self.call_after_refresh(self.sidebar.article_list.focus)

    # --- clicks ---------------------------------------------------------------------------------

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        index = next(i for i, p in enumerate(self.panes) if p.view is event.view)
        pane = self.panes[index]
        item = pane.item_at(event.offset)
        if isinstance(item, Figure):
            pane.show_figure(item)
        elif isinstance(item, Mention):
            pane.show_mention(item)
        self._focus_pane(index)

    # --- find in the article --------------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        return self.query_one(FindBar)

    def action_find(self) -> None:
        bar = self.find_bar
        bar.add_class("-open")
        bar.input.focus()
        if bar.input.value:
            self._find(bar.input.value)

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        self._find(event.query)

    def _find(self, query: str) -> None:
        pane = self.pane
        article = pane.article
        if article is None:
            return
        matches = find_all(self.corpus.text(article.id), query)
        if not matches:
            pane.view.set_matches([], None)
            self.find_bar.set_status("no match" if query else "")
            return
        start, _ = pane.cursor()
        current = bisect.bisect_left([m[0] for m in matches], start) % len(matches)
        self._show_match(matches, current)

    def _show_match(self, matches: list[tuple[int, int]], current: int) -> None:
        view = self.pane.view
        view.set_matches(matches, current)
        start, end = matches[current]
        view.scroll_to_offset(start, end=end)
        self.find_bar.set_status(f"{current + 1}/{len(matches)}")

    @on(FindBar.Step)
    def _find_step(self, event: FindBar.Step) -> None:
        view = self.pane.view
        if not view.matches:
            return
        current = view.current_match or 0
        self._show_match(view.matches, (current + event.step) % len(view.matches))

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.find_bar.remove_class("-open")
        self._focus_pane(self.active)

    # --- corpus search, conflicts, copy ---------------------------------------------------------

    def action_search(self) -> None:
        from tui.screens.search import SearchHit, SearchScreen

        def chosen(hit: SearchHit | None) -> None:
            if hit is None:
                return
            if hit.figure:
                self.show_figure(self.corpus.figure(hit.figure))
            elif hit.actor:
                self.jump_to_actor(hit.actor)
            elif hit.article:
                self.pane.open(hit.article)
                self.pane.show_offset(hit.start, hit.end)
                self._focus_pane(self.active)

        self.app.push_screen(SearchScreen(self.corpus), chosen)

    def action_conflicts(self) -> None:
        from tui.screens.conflicts import ConflictsScreen

        def chosen(pair: tuple[str, str] | None) -> None:
            if pair:
                self.show_pair(self.corpus.figure(pair[0]), self.corpus.figure(pair[1]))

        self.app.push_screen(ConflictsScreen(self.corpus), chosen)

    def action_copy(self) -> None:
        text = self.claim_text()
        if text is None:
            self.notify("Nothing to copy: press n to focus a figure.", timeout=3)
            return
        self.app.copy_to_clipboard(text)
        self.notify("Copied the claim and its sentence.", timeout=2)

    def claim_text(self) -> str | None:
        """The focused claim as plain text: value, what, where, when, source, and sentence."""
        figure = self.pane.figure
        return None if figure is None else claim_text(self.corpus, figure)

    # --- scrolling together, and back -----------------------------------------------------------

    def action_sync(self) -> None:
        self.sync = not self.sync
        self.notify("Synchronised scrolling " + ("on." if self.sync else "off."), timeout=2)

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
        if self.find_bar.has_class("-open"):
            self._find_closed()
            return
        focused = self.focused
        if isinstance(focused, Widget) and self.sidebar in focused.ancestors_with_self:
            self._focus_pane(self.active)
            return
        view = self.pane.view
        if view.matches:
            view.set_matches([], None)
            return
        self.pane.clear_cursor()
        self._after_move()
