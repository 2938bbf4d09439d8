"""The actor screen: one actor's names, reach, links and every mention in context."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from store.corpus import Corpus
from store.model import Mention
from tui.present.labels import in_context, short
from tui.present.marks import actor_words
from tui.present.rows import article_label, link_row
from tui.widgets.virtual_list import VirtualList


class ActorScreen(Screen[Mention | None]):
    """Enter on a mention jumps there in the reader; on an article, to its first mention; on a
    linked actor, opens that actor's screen over this one (escape comes back here)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", id="actor.back"),
        Binding("tab", "app.focus_next", "next list", id="actor.next_list"),
        Binding("shift+tab", "app.focus_previous", "previous list", show=False,
                id="actor.previous_list"),
    ]

    def __init__(self, corpus: Corpus, actor_id: str) -> None:
        super().__init__()
        self.corpus = corpus
        self.actor = corpus.actor(actor_id)
        self.mentions = corpus.mentions(actor_id)
        counts = Counter(m.article for m in self.mentions)
        order = {a: corpus.article(a).order for a in counts}
        self.per_article = sorted(counts.items(), key=lambda item: order[item[0]])
        self.links = corpus.linked(actor_id)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        yield Static(self._summary(), id="actor-summary")
        with Horizontal(id="actor-lists"):
            with Vertical():
                yield Label(f"Mentions per article ({len(self.per_article)})",
                            classes="sidebar-heading")
                yield VirtualList(len(self.per_article), self._article_row, id="actor-articles")
            with Vertical():
                yield Label(f"Linked actors ({len(self.links)}) by weight",
                            classes="sidebar-heading")
                yield VirtualList(len(self.links), self._link_row, id="actor-links")
        yield Label(f"Every mention ({len(self.mentions)}) · enter: read it there",
                    classes="sidebar-heading")
        yield VirtualList(len(self.mentions), self._mention_row, row_height=2,
                          id="actor-mentions")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "claimscope"
        self.sub_title = f"actor: {short(self.actor.name, 60)}"
        self.query_one("#actor-mentions", VirtualList).focus()

    def _summary(self) -> Text:
        actor = self.actor
        text = Text(short(actor.name, 100), style="bold", end="")
        kind = actor_words(actor.type)
        if actor.kind:
            kind += f", {short(actor.kind.replace('_', ' '), 40)}"
        text.append(f"  ({kind}) · {actor.n_mentions} mentions in {len(actor.articles)} "
                    "articles", style="not bold")
        aliases = [a for a in actor.aliases if a != actor.name]
        text.append("\nalso named: ", style="dim")
        text.append(short(", ".join(aliases), 400) if aliases else "-")
        return text

    def _article_row(self, index: int, width: int) -> list[Text]:
        article_id, count = self.per_article[index]
        return [Text(f"{count:>4}  ", style="dim", end="") + article_label(
            self.corpus.article(article_id), width - 6)]

    def _link_row(self, index: int, width: int) -> list[Text]:
        return [link_row(self.corpus, self.actor.id, self.links[index], width)]

    def _mention_row(self, index: int, width: int) -> list[Text]:
        mention = self.mentions[index]
        head = Text(f"{index + 1:>4}. ", style="dim", end="") + article_label(
            self.corpus.article(mention.article), width - 8)
        return [head, Text("      ", end="") + in_context(self.corpus, mention, width - 8)]

    @on(VirtualList.Selected, "#actor-mentions")
    def _mention_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.dismiss(self.mentions[event.index])

    @on(VirtualList.Selected, "#actor-articles")
    def _article_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        article_id = self.per_article[event.index][0]
        self.dismiss(next(m for m in self.mentions if m.article == article_id))

    @on(VirtualList.Selected, "#actor-links")
    def _link_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        other = self.links[event.index].other(self.actor.id)

        def chosen(mention: Mention | None) -> None:
            if mention is not None:  # a mention of the linked actor: read it there
                self.dismiss(mention)

        self.app.push_screen(ActorScreen(self.corpus, other), chosen)

    def action_back(self) -> None:
        self.dismiss(None)
