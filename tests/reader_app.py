"""The reader app as the Pilot and snapshot tests start it."""

from __future__ import annotations

from pathlib import Path

from store.corpus import Corpus
from tui.app import ClaimscopeApp


def reader_app(store: Path | Corpus) -> ClaimscopeApp:
    """The reader over a store (a path or an open corpus), with animations off: a scroll then
    lands at once, and a key press costs a test one frame rather than a 0.5-1 s animation."""
    app = ClaimscopeApp(store if isinstance(store, Corpus) else Corpus.open(store))
    app.animation_level = "none"
    return app
