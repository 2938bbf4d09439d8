"""The ``?`` screen: what the marks mean and every key, from ``tui/help.md``."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_FILE = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss_help", "close", id="help.close"),
        Binding("j,down", "scroll(1)", "down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "up", show=False, id="help.up"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help-dialog", id="help-box"):
            # help.md is ours, not article text: parsing it as Markdown is safe
            yield Markdown(HELP_FILE.read_text(encoding="utf-8"), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-box").scroll_relative(y=step * 2, animate=False)

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
