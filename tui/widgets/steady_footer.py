"""A footer that rebuilds its key hints only when the hints change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, minus the rebuild on every focus change.

    Moving between the two reading panes changes the focus but not the keys on offer; the stock
    footer recomposes its keys anyway, which re-lays the screen and roughly doubled the time
    ``c`` and ``tab`` took to show their result."""

    _shown: tuple = ()

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple((b.binding.key, b.binding.action, b.binding.description, b.enabled)
                      for b in screen.active_bindings.values() if b.binding.show)
        if self._bindings_ready and shown == self._shown:
            return
        if screen.app.app_focus:
            self._shown = shown
        super().bindings_changed(screen)
