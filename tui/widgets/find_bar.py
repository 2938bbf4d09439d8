"""The ``/`` bar: find text in the article of the focused pane."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """A one-line search box; enter or down finds the next hit, up the previous, escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "step(1)", "Next hit", show=False, id="find.next"),
        Binding("up", "step(-1)", "Previous hit", show=False, id="find.previous"),
        Binding("escape", "close", "Close search", id="find.close"),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Label("find:", classes="find-label")
        yield Input(placeholder="text in this article (enter: next, ↑/↓, esc: close)",
                    id="find-input")
        yield Label("", id="find-status")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def set_status(self, text: str) -> None:
        self.query_one("#find-status", Label).update(text)
