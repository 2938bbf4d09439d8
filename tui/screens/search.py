"""The ``ctrl+f`` dialog: search the whole corpus for figures, actors and text.

The search runs in a thread worker, so a large corpus never freezes typing; a newer query cancels
the older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.worker import get_current_worker

from store.corpus import Corpus
from tui.present.actors import match_hint
from tui.present.labels import around, plural, short, where_from
from tui.present.marks import actor_words
from tui.widgets.virtual_list import VirtualList

MIN_QUERY = 2
LIMITS = {"figure": 100, "actor": 50, "text": 200}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "figure", "actor" or "text"
    row: Text
    figure: str | None = None
    actor: str | None = None
    article: str | None = None
    start: int = 0
    end: int = 0


def search_corpus(corpus: Corpus, query: str) -> list[SearchHit]:
    """Figures about the query, then actors named by it (the lookup resolution uses: any
    spelling, best match first), then the text itself."""
    hits: list[SearchHit] = []
    for fig in corpus.figures(about=query)[: LIMITS["figure"]]:
        row = Text("figure ", style="dim", end="")
        row.append(short(fig.value, 40), style="bold")
        if fig.counted:
            row.append(f" {short(fig.counted, 40)}")
        row.append(f" · {short(fig.source, 30)}, {where_from(corpus.article(fig.article))}",
                   style="italic")
        hits.append(SearchHit("figure", row, figure=fig.id))
    for match in corpus.lookup(query, limit=LIMITS["actor"]):
        actor = match.actor
        row = Text("actor  ", style="dim", end="")
        row.append(short(actor.name, 60), style="bold")
        row.append(f" {actor_words(actor.type)} · "
                   f"{plural(actor.n_mentions, 'mention')} in "
                   f"{plural(len(actor.articles), 'article')}", style="italic")
        if match.how != "exact":  # which spelling the corpus uses for what was typed
            row.append(f" · {short(match_hint(match.how, match.written), 50)}", style="dim")
        hits.append(SearchHit("actor", row, actor=actor.id))
    for article_id, start, end in corpus.search_text(query, limit=LIMITS["text"]):
        row = Text("text   ", style="dim", end="")
        row.append(short(where_from(corpus.article(article_id)), 30), style="italic")
        row.append("  ")  # the words around the hit are added for the row's width when drawn
        hits.append(SearchHit("text", row, article=article_id, start=start, end=end))
    return hits


class SearchScreen(ModalScreen[SearchHit | None]):
    """Type, then down or enter to reach the results; enter on one opens it in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "back", id="search.back"),
        Binding("down", "results", "results", show=False, id="search.results"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Search the corpus: figures (by what they count, where, who says "
                        "them), actors, text", classes="dialog-title")
            yield Input(placeholder="e.g. a counted noun, a place, a name", id="search-input")
            yield Label("", id="search-status")
            yield VirtualList(0, self._row, id="search-results")

    def _row(self, index: int, width: int) -> list[Text]:
        hit = self.hits[index]
        if hit.kind != "text":
            return [hit.row]
        room = max(width - len(hit.row.plain) - 2, 20)
        return [hit.row + around(self.corpus.text(hit.article), hit.start, hit.end, room)]

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        if len(query) < MIN_QUERY:
            self._show([], "type at least two characters" if query else "")
            return
        self.query_one("#search-status", Label).update(Text("searching…"))
        self._search(query)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.action_results()

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        hits = search_corpus(self.corpus, query)
        if not get_current_worker().is_cancelled:
            kinds = {k: sum(1 for h in hits if h.kind == k) for k in LIMITS}
            status = (f"{plural(kinds['figure'], 'figure')} · {plural(kinds['actor'], 'actor')}"
                      f" · {plural(kinds['text'], 'text match')}".replace("matchs", "matches")
                      + (" (the first)" if kinds["text"] >= LIMITS["text"] else ""))
            self.app.call_from_thread(self._show, hits, status)

    def _show(self, hits: list[SearchHit], status: str) -> None:
        self.hits = hits
        self.query_one("#search-status", Label).update(Text(status))
        self.query_one(VirtualList).reset(len(hits))

    def action_results(self) -> None:
        if self.hits:
            self.query_one(VirtualList).focus()

    @on(VirtualList.Selected)
    def _chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.dismiss(self.hits[event.index])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
