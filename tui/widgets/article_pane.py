"""A reading pane: an article's title, outlet and date over its text, a cursor in it, and the hits
of the find bar.

The cursor is either a figure or an actor mention (never both), so "the next figure" and "the
actor under focus" always have one obvious meaning. Every move of the cursor posts one ``Moved``
message (``FigureFocused``, ``MentionFocused`` or ``CursorCleared``): the reader screen says in
its claim bar what the focused pane points at from these, and from nothing else.
"""

from __future__ import annotations

import bisect
from typing import TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message

from store.corpus import Corpus, find_all
from store.model import Article, Figure, Mention
from tui.present.labels import article_date, short
from tui.present.marks import PLACE_LABELS
from tui.widgets.article_view import ArticleView

T = TypeVar("T", Figure, Mention)


class ArticlePane(Vertical):
    """One of the two side-by-side panes."""

    class Moved(Message):
        """The pane's cursor moved (the base of the three messages below)."""

        def __init__(self, pane: ArticlePane) -> None:
            super().__init__()
            self.pane = pane

        @property
        def control(self) -> ArticlePane:
            return self.pane

    class FigureFocused(Moved):
        """A figure came under the cursor."""

        def __init__(self, pane: ArticlePane, figure: Figure) -> None:
            super().__init__(pane)
            self.figure = figure

    class MentionFocused(Moved):
        """An actor mention came under the cursor."""

        def __init__(self, pane: ArticlePane, mention: Mention) -> None:
            super().__init__(pane)
            self.mention = mention

    class CursorCleared(Moved):
        """Nothing is under the cursor: an article opened, a search hit shown, or escape."""

    def __init__(self, corpus: Corpus, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield ArticleView(self.corpus)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def article(self) -> Article | None:
        article_id = self.view.article_id
        return self.corpus.article(article_id) if article_id else None

    @property
    def figure(self) -> Figure | None:
        return self.view.cursor_figure

    @property
    def mention(self) -> Mention | None:
        return self.view.cursor_mention

    # --- opening and pointing -------------------------------------------------------------------

    def open(self, article_id: str) -> None:
        """Show an article from its top (or keep it, cursor cleared, if it is already shown)."""
        self._load(article_id)
        self._point(None, None)
        self.post_message(self.CursorCleared(self))

    def _load(self, article_id: str) -> None:
        if self.view.article_id != article_id:
            self.view.load(article_id)
            self._show_title()

    def _point(self, figure: Figure | None, mention: Mention | None) -> None:
        self.view.set_cursor_figure(figure)
        self.view.set_cursor_mention(mention)

    def _show_title(self) -> None:
        """The title on the pane's top border, outlet, date and counts on its bottom border
        (borders cost no text rows, which matter at 80x24)."""
        article = self.article
        if article is None:
            return
        # the focused pane says so in words as well as by its heavier border and colour
        marker = "▶ " if self.has_class("-active") else ""
        self.border_title = Text(marker + short(article.title, 300), end="")
        total = self.corpus.counts()["articles"]
        facts = [f"{article.order + 1}/{total}", article_date(article),
                 short(article.outlet, 40) if article.outlet else "no outlet",
                 f"{article.n_figures} figures"]
        self.border_subtitle = Text(" · ".join(facts), end="")

    def set_active(self, active: bool) -> None:
        """Mark this pane as the focused one (or not): its border and the ▶ before its title."""
        if self.has_class("-active") != active:
            self.set_class(active, "-active")
            self._show_title()

    def show_figure(self, figure: Figure) -> None:
        self._load(figure.article)
        self.view.set_cursor_mention(None)
        self.view.set_cursor_figure(figure)
        self.view.scroll_to_offset(figure.start, end=figure.end)
        self.post_message(self.FigureFocused(self, figure))

    def show_mention(self, mention: Mention) -> None:
        self._load(mention.article)
        self.view.set_cursor_figure(None)
        self.view.set_cursor_mention(mention)
        self.view.scroll_to_offset(mention.start, end=mention.end)
        self.post_message(self.MentionFocused(self, mention))

    def show_offset(self, article_id: str, start: int, end: int) -> None:
        """Open an article at a stretch of its text, marked as the one search hit."""
        self._load(article_id)
        self._point(None, None)
        self.view.set_matches([(start, end)], 0)
        self.view.scroll_to_offset(start, end=end)
        self.post_message(self.CursorCleared(self))

    def clear_cursor(self) -> None:
        self._point(None, None)
        self.post_message(self.CursorCleared(self))

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a figure or a name puts it under the cursor, and focuses this pane."""
        event.stop()
        item = self.item_at(event.offset)
        if isinstance(item, Figure):
            self.show_figure(item)
        elif isinstance(item, Mention):
            self.show_mention(item)
        if not self.view.has_focus:
            self.view.focus()

    # --- finding text ---------------------------------------------------------------------------

    def find(self, query: str) -> str:
        """Mark every hit of ``query`` in the article, the first from the cursor current; the
        status for the find bar ("3/12", "no match")."""
        article_id = self.view.article_id
        if article_id is None:
            return ""
        matches = find_all(self.corpus.text(article_id), query)
        if not matches:
            self.view.set_matches([], None)
            return "no match" if query else ""
        start, _ = self.cursor()
        return self._show_match(matches, bisect.bisect_left([m[0] for m in matches], start)
                                % len(matches))

    def next_match(self, step: int) -> str | None:
        """The next (``step`` 1) or previous hit, wrapping round; None when there are none."""
        view = self.view
        if not view.matches:
            return None
        current = view.current_match or 0
        return self._show_match(view.matches, (current + step) % len(view.matches))

    def _show_match(self, matches: list[tuple[int, int]], current: int) -> str:
        view = self.view
        view.set_matches(matches, current)
        start, end = matches[current]
        view.scroll_to_offset(start, end=end)
        return f"{current + 1}/{len(matches)}"

    def clear_matches(self) -> bool:
        """Forget the hits; whether there were any."""
        if not self.view.matches:
            return False
        self.view.set_matches([], None)
        return True

    # --- moving ---------------------------------------------------------------------------------

    def cursor(self) -> tuple[int, bool]:
        """Where "next" counts from: the focused figure or mention if it is on screen, else the
        top of the screen; and whether that was a focused item (then "next" skips it)."""
        item = self.view.cursor_figure or self.view.cursor_mention
        if item is not None and self.view.is_visible(item.start, item.end):
            return item.start, True
        return self.view.top_offset(), False

    def next_figure(self, step: int) -> tuple[Figure | None, bool]:
        """The next (or previous) figure from the cursor in this article, wrapping around; and
        whether it wrapped."""
        article_id = self.view.article_id
        if article_id is None:
            return None, False
        return self._step(self.corpus.figures(article_id), step)

    def next_mention(self, step: int) -> tuple[Mention | None, bool]:
        """The next (or previous) actor mention in this article, like ``next_figure``."""
        article_id = self.view.article_id
        if article_id is None:
            return None, False
        return self._step([m for m in self.corpus.article_mentions(article_id) if m.actor], step)

    def _step(self, items: list[T], step: int) -> tuple[T | None, bool]:
        """From the cursor to the next (``step`` 1) or previous item of a list in text order;
        "previous" from the top of the screen starts from its bottom edge."""
        if not items:
            return None, False
        position, on_item = self.cursor()
        starts = [item.start for item in items]
        if step > 0:
            i = bisect.bisect_right(starts, position) if on_item else bisect.bisect_left(
                starts, position)
            return (items[i], False) if i < len(items) else (items[0], True)
        i = bisect.bisect_left(starts, position) - 1
        if not on_item:
            i = bisect.bisect_right(starts, self.view.visible_span()[1]) - 1
        return (items[i], False) if i >= 0 else (items[-1], True)

    def nearest_mention(self, actor_id: str) -> Mention | None:
        """The actor's mention nearest to the cursor: in this article if it has one there (the
        closer of the next and the previous), else the next in corpus order."""
        article_id = self.view.article_id
        if article_id is None:
            return None
        position, _ = self.cursor()
        after = self.corpus.next_mention(actor_id, (article_id, position - 1), 1)
        before = self.corpus.next_mention(actor_id, (article_id, position), -1)
        candidates = [m for m in (after, before) if m is not None]
        same = [m for m in candidates if m.article == article_id]
        if same:
            return min(same, key=lambda m: abs(m.start - position))
        return candidates[0] if candidates else None

    def actor_under_focus(self) -> Mention | None:
        """The focused mention; else, for a focused figure, who its sentence names (the source
        first, then anyone not a place, then a place); else the first mention on screen."""
        view = self.view
        article_id = view.article_id
        if article_id is None:
            return None
        if view.cursor_mention is not None and view.cursor_mention.actor:
            return view.cursor_mention
        mentions = [m for m in self.corpus.article_mentions(article_id) if m.actor]
        figure = view.cursor_figure
        if figure is not None:
            start, end = figure.sentence
            inside = [m for m in mentions if start <= m.start < end]
            if inside:
                text = self.corpus.text(article_id)
                source = figure.source.lower()
                by_source = [m for m in inside if text[m.start:m.end].lower() in source]
                people = [m for m in inside if m.label not in PLACE_LABELS]
                return (by_source or people or inside)[0]
        first, last = view.visible_span()
        on_screen = [m for m in mentions if first <= m.start < last]
        return on_screen[0] if on_screen else None

    def item_at(self, offset: int) -> Figure | Mention | None:
        """The figure or mention under a character offset (a click)."""
        article_id = self.view.article_id
        if article_id is None:
            return None
        for fig in self.corpus.figures(article_id):
            if fig.start <= offset < fig.end + 1:
                return fig
        mention = self.corpus.mention_at(article_id, offset)
        if mention is not None and mention.start <= offset < mention.end and mention.actor:
            return mention
        return None
