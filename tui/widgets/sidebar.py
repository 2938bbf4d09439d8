"""The sidebar: every article (title, outlet, date, counts) and every actor by mentions.

Both lists are virtual: a 10,000-article store paints its first screen as fast as five articles.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from store.corpus import Corpus
from store.model import Actor
from tui.present.rows import actor_row, article_row
from tui.widgets.virtual_list import VirtualList


class Sidebar(Vertical):
    """Articles above, actors below; enter opens or follows."""

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.articles = corpus.articles()
        # every actor, most mentioned first: made after the first paint (``_list_actors``),
        # as making and sorting them all is a large part of opening a large store
        self.actors: list[Actor] = []
        self.open_articles: tuple[str | None, str | None] = (None, None)

    def compose(self) -> ComposeResult:
        yield Label(f"Articles ({len(self.articles)})", classes="sidebar-heading")
        yield VirtualList(len(self.articles), self._article_row, row_height=2, id="article-list")
        yield Label("Actors by mentions", classes="sidebar-heading", id="actor-heading")
        yield VirtualList(0, self._actor_row, id="actor-list")

    def on_mount(self) -> None:
        # once the first screen is painted, and behind whatever was already waiting then (a key
        # pressed during the start)
        self.call_after_refresh(self.call_after_refresh, self._list_actors)

    def _list_actors(self) -> None:
        self.actors = self.corpus.actors()
        self.query_one("#actor-heading", Label).update(f"Actors ({len(self.actors)}) by mentions")
        self.actor_list.reset(len(self.actors))

    def _article_row(self, index: int, width: int) -> list[Text]:
        article = self.articles[index]
        sides = "".join(side for side, shown in zip("LR", self.open_articles, strict=True)
                        if shown == article.id)
        return article_row(article, width, sides)

    def _actor_row(self, index: int, width: int) -> list[Text]:
        return actor_row(self.actors[index], width)

    @property
    def article_list(self) -> VirtualList:
        return self.query_one("#article-list", VirtualList)

    @property
    def actor_list(self) -> VirtualList:
        return self.query_one("#actor-list", VirtualList)

    def show_open(self, left: str | None, right: str | None) -> None:
        """Mark which articles the panes show (L and R in the list's margin)."""
        if (left, right) != self.open_articles:
            changed = {a for a in (*self.open_articles, left, right) if a}
            self.open_articles = (left, right)
            self.article_list.forget_rows([self.corpus.article(a).order for a in changed])

    def mark_article(self, article_id: str) -> None:
        """Move the article cursor to the article a pane shows."""
        order = self.corpus.article(article_id).order
        if self.article_list.cursor != order:
            self.article_list.cursor = order
