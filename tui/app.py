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
from store.db import default_path
from store.errors import ClaimscopeError
from tui.config import Config, unknown_bindings
from tui.screens.palette import ActorCommands, ScreenCommands
from tui.screens.reader import ReaderScreen

STYLES = Path(__file__).resolve().parent / "styles"
SIXTEEN_COLOUR_THEME = "ansi-dark"
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
    # the screen's commands, then Textual's, from one provider (``tui.screens.palette``), and
    # every actor by any name
    COMMANDS: ClassVar[set] = {ScreenCommands, ActorCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "quit", tooltip="Quit claimscope", id="app.quit"),
        Binding("question_mark", "help", "help", key_display="?",
                tooltip="Keys and marks explained", id="app.help"),
    ]

    #: the first screen (a subclass can time or instrument it)
    reader_screen: ClassVar[type[ReaderScreen]] = ReaderScreen

    def __init__(self, corpus: Corpus, config: Config | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.config = config or Config()
        self.config_problems = list(self.config.problems)
        if self.config.keys:
            self.config_problems += unknown_bindings(self.config, binding_ids())
            self.set_keymap(self.config.keys)
        self.stamp = store_stamp(corpus.path)
        self._told: tuple[int, int, int] | None = None

    def on_mount(self) -> None:
        self._choose_theme()
        self.push_screen(self.reader_screen(self.corpus))
        for problem in self.config_problems:
            self.notify(problem, severity="warning", timeout=8)
        # counting the articles an older version read is a pass over every article row (22 ms
        # at 100,000): it waits for the first paint, which it must never delay
        self.call_after_refresh(self.warn_older_extraction)
        self.set_interval(STALE_CHECK_SECONDS, self.check_store)

    def warn_older_extraction(self) -> None:
        """Say so when an older version of the extraction read some of the store's articles."""
        older = self.corpus.read_by_older_extraction()
        if older:
            self.notify(older_extraction_line(older, len(self.corpus.articles()), self.corpus.path),
                        severity="warning", timeout=12)

    def _choose_theme(self) -> None:
        theme, problem = theme_for(self.config.theme, set(self.available_themes),
                                   self.console.color_system)
        if problem:
            self.config_problems.append(f"config {self.config.path}: theme: {problem}")
        if theme:
            self.theme = theme


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


def older_extraction_line(older: int, total: int, db: Path) -> str:
    """What the reader says of a store an older version read: its figures may not be what this
    version reads, and the one command that reads them again (with ``--db`` unless the store is
    the default one)."""
    where = "" if db == default_path() else f" --db {db}"
    return (f"{older} of {total} articles were read by an older version of the extraction; "
            f"their figures may differ: claimscope ingest --refresh{where}")


def theme_for(wanted: str | None, available: set[str],
              color_system: str | None) -> tuple[str | None, str | None]:
    """The theme to use (None: Textual's default) and what is wrong with the one asked for.

    The config's theme first; else, in a 16-colour terminal, the ANSI theme, whose accent is
    green: the default theme's orange accent turns bright red there, and a focused pane read
    like an error, when red should mean a contradiction only."""
    problem = None
    if wanted in available:
        return wanted, None
    if wanted:
        problem = (f"no theme {wanted!r} (one of {', '.join(sorted(available))}); using the "
                   "default")
    if color_system in ("standard", "windows") and SIXTEEN_COLOUR_THEME in available:
        return SIXTEEN_COLOUR_THEME, problem
    return None, problem


def open_corpus(db_path: Path) -> Corpus:
    """Open the store with the garbage collector paused, and freeze what was loaded before it runs.

    A store is millions of small dicts and lists; left to the collector, every full collection
    walks all of them again (on 1,000 articles that doubled the load and slowed the first paint).
    Frozen, they are never scanned, and the collector keeps to what the interface allocates."""
    enabled = gc.isenabled()
    gc.disable()  # kept off until the freeze: else the first allocation after the open walks it all
    try:
        return Corpus.open(db_path)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def binding_ids() -> set[str]:
    """The id of every key of the app and its screens: what ``[keys]`` in the config may name."""
    # deferred: the screens the reader opens later, imported only to check a config's keys
    from tui.screens.actor import ActorScreen
    from tui.screens.conflicts import ConflictsScreen
    from tui.screens.help import HelpScreen
    from tui.screens.linked import LinkedActorsScreen
    from tui.screens.search import SearchScreen
    from tui.widgets.article_view import ArticleView
    from tui.widgets.find_bar import FindBar
    from tui.widgets.virtual_list import VirtualList

    classes = (ClaimscopeApp, ReaderScreen, ArticleView, ConflictsScreen, HelpScreen,
               ActorScreen, SearchScreen, LinkedActorsScreen, FindBar, VirtualList)
    return {b.id for cls in classes for b in cls.BINDINGS if isinstance(b, Binding) and b.id}


def run(db_path: Path, config: Config | None = None) -> int:
    """Open the store and run the reader until the user quits; the exit code."""
    corpus = open_corpus(db_path)
    app = ClaimscopeApp(corpus, config)
    app.run()
    return app.return_code or 0
