"""The actor screen: one actor's names, reach, links and every mention in context; its parent
and parts, the descriptions resolved to it and why, the reader's edits that shaped it. ``/``
finds another actor by any name (the lookup ``claimscope actors NAME`` uses); ``p`` adds the
mentions of its parts to the lists."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static

from store.corpus import Corpus
from store.model import ActorMatch, Mention
from tui.present.actors import actor_relations, match_hint
from tui.present.labels import in_context, short
from tui.present.marks import actor_words
from tui.present.rows import article_label, link_row
from tui.widgets.virtual_list import VirtualList

RELATION_LINES = 4  # lines of parent, parts, descriptions and edits above the lists


class ActorScreen(Screen[Mention | None]):
    """Enter on a mention jumps there in the reader; on an article, to its first mention; on a
    linked actor, opens that actor's screen over this one (escape comes back here)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", id="actor.back"),
        Binding("slash", "filter", "find actor", key_display="/",
                tooltip="Find another actor by any name it goes by", id="actor.filter"),
        Binding("p", "parts", "with parts", tooltip="Add (or drop) the mentions of its parts",
                id="actor.parts"),
        Binding("tab", "app.focus_next", "next list", id="actor.next_list"),
        Binding("shift+tab", "app.focus_previous", "previous list", show=False,
                id="actor.previous_list"),
    ]

    def __init__(self, corpus: Corpus, actor_id: str) -> None:
        super().__init__()
        self.corpus = corpus
        self.actor = corpus.actor(actor_id)
        self.with_parts = False
        self.links = corpus.linked(actor_id)
        self.found: list[ActorMatch] = []  # the filter's matches, while it is open
        self._collect()

    def _collect(self) -> None:
        """The mentions shown: the actor's own, and its parts' when ``p`` asked for them."""
        ids = [self.actor.id] + ([a.id for a in self.corpus.parts(self.actor.id)]
                                 if self.with_parts else [])
        order = self.corpus.article_order
        self.mentions = sorted((m for i in ids for m in self.corpus.mentions(i)),
                               key=lambda m: (order(m.article), m.start))
        counts = Counter(m.article for m in self.mentions)
        self.per_article = sorted(counts.items(), key=lambda item: order(item[0]))

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        yield Static(self._summary(), id="actor-summary")
        yield Input(placeholder="another actor, by any name it goes by", id="actor-filter")
        with Horizontal(id="actor-lists"):
            with Vertical():
                yield Label(f"Mentions per article ({len(self.per_article)})",
                            classes="sidebar-heading")
                yield VirtualList(len(self.per_article), self._article_row, id="actor-articles")
            with Vertical():
                yield Label(f"Linked actors ({len(self.links)}) by weight",
                            classes="sidebar-heading", id="actor-links-heading")
                yield VirtualList(len(self.links), self._link_row, id="actor-links")
        yield Label(self._mentions_heading(), classes="sidebar-heading",
                    id="actor-mentions-heading")
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
        for line in actor_relations(self.corpus, actor)[:RELATION_LINES]:
            text.append("\n")
            text.append(short(line, 300), style="italic")
        return text

    def _mentions_heading(self) -> str:
        parts = " and its parts'" if self.with_parts else ""
        return f"Every mention{parts} ({len(self.mentions)}) · enter: read it there"

    def _article_row(self, index: int, width: int) -> list[Text]:
        article_id, count = self.per_article[index]
        return [Text(f"{count:>4}  ", style="dim", end="") + article_label(
            self.corpus.article(article_id), width - 6)]

    def _link_row(self, index: int, width: int) -> list[Text]:
        return [link_row(self.corpus, self.actor.id, self.links[index], width)]

    def _found_row(self, index: int, width: int) -> list[Text]:
        match = self.found[index]
        row = Text(short(match.actor.name, max(width - 24, 10)), style="bold", end="")
        row.append(f" {actor_words(match.actor.type)}", style="dim italic")
        hint = match_hint(match.how, match.written)
        if hint:
            row.append(f" · {short(hint, 40)}", style="dim")
        return [row]

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
        if self.found:
            self.action_actor_screen(self.found[event.index].actor.id)
            return
        self.action_actor_screen(self.links[event.index].other(self.actor.id))

    def action_actor_screen(self, actor_id: str) -> None:
        """Another actor's screen over this one (escape comes back here)."""

        def chosen(mention: Mention | None) -> None:
            if mention is not None:  # a mention of the other actor: read it there
                self.dismiss(mention)

        self.app.push_screen(ActorScreen(self.corpus, actor_id), chosen)

    def action_filter(self) -> None:
        box = self.query_one("#actor-filter", Input)
        box.add_class("shown")
        box.focus()

    @on(Input.Changed, "#actor-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        self.found = self.corpus.lookup(query, limit=50) if len(query) >= 2 else []
        links = self.query_one("#actor-links", VirtualList)
        heading = self.query_one("#actor-links-heading", Label)
        if self.found:
            heading.update(f"Actors named “{short(query, 30)}” ({len(self.found)}), best first")
            links.reset(len(self.found), self._found_row)
        else:
            heading.update(f"Linked actors ({len(self.links)}) by weight"
                           + (f" · no actor is named “{short(query, 30)}”" if query else ""))
            links.reset(len(self.links), self._link_row)

    @on(Input.Submitted, "#actor-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.found:
            self.action_actor_screen(self.found[0].actor.id)

    def action_parts(self) -> None:
        if not self.corpus.parts(self.actor.id) and not self.with_parts:
            self.notify(f"{short(self.actor.name, 60)} has no parts in this corpus.", timeout=3)
            return
        self.with_parts = not self.with_parts
        self._collect()
        self.query_one("#actor-mentions-heading", Label).update(self._mentions_heading())
        self.query_one("#actor-mentions", VirtualList).reset(len(self.mentions))
        self.query_one("#actor-articles", VirtualList).reset(len(self.per_article))

    def action_back(self) -> None:
        box = self.query_one("#actor-filter", Input)
        if box.has_class("shown"):  # escape closes the filter first
            box.remove_class("shown")
            box.value = ""
            self.query_one("#actor-mentions", VirtualList).focus()
            return
        self.dismiss(None)
