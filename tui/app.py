"""The claimscope reader application: opens a store and shows the reader screen.

Kept small on purpose: screens own their keys and behaviour, widgets own drawing, and the store is
reached only through ``store.corpus.Corpus``.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel

from store.corpus import Corpus
from store.errors import ClaimscopeError
from tui.screens.palette import ScreenCommands
from tui.screens.reader import ReaderScreen

STYLES = Path(__file__).resolve().parent / "styles"
STALE_CHECK_SECONDS = 2.0  # how often the reader looks whether the store changed on disk
CHANGED = "The store changed on disk (an ingest?): press ctrl+r to reload it."


def store_stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes when a writer replaces the store (by rename: a new inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


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

    #: the first screen (a subclass can time or instrument it)
    reader_screen: ClassVar[type[ReaderScreen]] = ReaderScreen

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.stamp = store_stamp(corpus.path)
        self._told: tuple[int, int, int] | None = None

    def on_mount(self) -> None:
        self.push_screen(self.reader_screen(self.corpus))
        self.set_interval(STALE_CHECK_SECONDS, self.check_store)

    def check_store(self) -> bool:
        """Say once per change that the store on disk is newer than what is shown: a reader
        left open during an ingest otherwise shows the old corpus without a hint."""
        stamp = store_stamp(self.corpus.path)
        changed = stamp is not None and stamp != self.stamp
        if changed and stamp != self._told:
            self._told = stamp
            self.notify(CHANGED, timeout=10)
        return changed

    def action_reload(self) -> None:
        """Open the store again and show it in a new reader, on the articles the panes had."""
        try:
            corpus = open_corpus(self.corpus.path)
        except ClaimscopeError as exc:
            self.notify(f"Not reloaded: {exc}", severity="error", timeout=8)
            return
        reader = self.screen
        shown = tuple(pane.view.article_id for pane in getattr(reader, "panes", ()))
        self.corpus, self.stamp, self._told = corpus, store_stamp(corpus.path), None
        self.switch_screen(self.reader_screen(corpus, opening=shown))
        self.notify(f"Reloaded: {len(corpus.articles())} articles.", timeout=3)

    def notify(
        self, message: str, *, title: str = "", severity: SeverityLevel = "information",
        timeout: float | None = None, markup: bool = False,
    ) -> None:
        """Every notification, the screens' and widgets' too, is plain text: messages carry
        actor names and other store text, and a ``[/b]`` in a name crashed the toast while a
        ``[@click=app.quit]`` ran an action. (Text is made visible by ``short``; no markup is
        parsed whatever a caller asks.)"""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen  # deferred: Markdown is slow to import

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def open_corpus(db_path: Path) -> Corpus:
    """Open the store with the garbage collector paused, then freeze what was loaded.

    A store is millions of small dicts and lists; left to the collector, every full collection
    walks all of them again (on 1,000 articles that doubled the load and slowed the first paint).
    Frozen, they are never scanned, and the collector keeps to what the interface allocates."""
    gc.disable()
    try:
        return Corpus.open(db_path)
    finally:
        gc.freeze()
        gc.enable()


def run(db_path: Path) -> int:
    """Open the store and run the reader until the user quits; the exit code."""
    corpus = open_corpus(db_path)
    app = ClaimscopeApp(corpus)
    app.run()
    return app.return_code or 0
