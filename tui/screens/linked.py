"""The ``l`` dialog: actors named in the same sentences as the actor under focus."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from store.corpus import Corpus
from tui.present.labels import short
from tui.present.rows import link_row
from tui.widgets.virtual_list import VirtualList


class LinkedActorsScreen(ModalScreen[str | None]):
    """Pick a linked actor; enter returns its id, escape nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "back", id="linked.back"),
    ]

    def __init__(self, corpus: Corpus, actor_id: str) -> None:
        super().__init__()
        self.corpus = corpus
        self.actor = corpus.actor(actor_id)
        self.links = corpus.linked(actor_id)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = Text("Linked to ", end="")
            title.append(short(self.actor.name, 60), style="bold")
            title.append(" (named in the same sentence; enter: nearest mention)")
            yield Label(title, classes="dialog-title")
            yield VirtualList(len(self.links), self._row, id="linked-list")

    def _row(self, index: int, width: int) -> list[Text]:
        return [link_row(self.corpus, self.actor.id, self.links[index], width)]

    def on_mount(self) -> None:
        self.query_one(VirtualList).focus()

    @on(VirtualList.Selected)
    def _chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.dismiss(self.links[event.index].other(self.actor.id))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
