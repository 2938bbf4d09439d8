"""A footer that rebuilds its key hints only when the hints change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, minus the rebuild on every focus change.

    Moving between the two reading panes changes the focus but not the keys on offer; the stock
    footer recomposes its keys anyway, which re-lays the screen and roughly doubled the time
    ``c`` and ``tab`` took to show their result. ``bindings_changed`` is the footer's public hook
    for the screen's bindings signal: this one passes a change on only when the keys it shows
    differ from those it showed last (until the app has the focus, every change passes)."""

    shown_keys: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        keys = tuple((b.binding.key, b.binding.action, b.binding.description, b.enabled)
                     for b in screen.active_bindings.values() if b.binding.show)
        if keys == self.shown_keys:
            return
        if screen.app.app_focus:
            self.shown_keys = keys
        super().bindings_changed(screen)

    #: actions whose keys the footer leaves out while narrow (they stay keys, in help and in the
    #: palette): at 80 columns Textual's footer cut its last key in half ("v conflic")
    narrow_hidden: frozenset[str] = frozenset()
    narrow: bool = False

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if self.narrow and getattr(widget, "action", None) in self.narrow_hidden:
                continue
            yield widget

    def set_narrow(self, narrow: bool) -> None:
        """Show fewer keys (narrow) or all of them; rebuilt only on a change."""
        if narrow != self.narrow:
            self.narrow = narrow
            self.shown_keys = None
            self.refresh(recompose=True)
