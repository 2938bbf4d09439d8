"""The claimscope reader application: opens a store and shows the reader screen.

Kept small on purpose: screens own their keys and behaviour, widgets own drawing, and the store is
reached only through ``store.corpus.Corpus``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from store.corpus import Corpus
from tui.screens.palette import ScreenCommands
from tui.screens.reader import ReaderScreen

STYLES = Path(__file__).resolve().parent / "styles"


class ClaimscopeApp(App[int]):
    """The reader over one corpus."""

    TITLE = "claimscope"
    CSS_PATH: ClassVar[list[Path]] = [STYLES / "reader.tcss", STYLES / "screens.tcss"]
    COMMANDS = App.COMMANDS | {ScreenCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "quit", tooltip="Quit claimscope", id="app.quit"),
        Binding("question_mark", "help", "help", key_display="?",
                tooltip="Keys and marks explained", id="app.help"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.corpus))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run(db_path: Path) -> int:
    """Open the store and run the reader until the user quits; the exit code."""
    corpus = Corpus.open(db_path)
    app = ClaimscopeApp(corpus)
    app.run()
    return app.return_code or 0
