"""Command palette entries: every key of the screen underneath, by its long description, then
Textual's own commands (theme, screenshot, quit...), and every actor by any name it goes by.

Built from the active bindings, so a key added to a screen is in the palette without a second
list to keep up to date. One provider yields both, in that order: with two providers the palette
showed whichever answered first, and with nothing typed that was Textual's "Maximize" and "Scroll
Left" before any command of claimscope.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from tui.present.actors import match_hint
from tui.present.labels import short
from tui.present.marks import actor_words


def _key_name(binding: Binding) -> str:
    return binding.key_display or binding.key.replace("_", " ")


class ScreenCommands(Provider):
    """The bindings of the screen the palette was opened over, with their keys as help."""

    def _commands(self) -> list[tuple[str, str, DOMNode, Binding]]:
        """(title, keys, node, binding) per command; one entry per title, with all its keys."""
        commands: dict[str, tuple[str, str, DOMNode, Binding]] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            title = binding.tooltip or binding.description
            if not title or binding.action.endswith("command_palette"):
                continue
            if title in commands:
                old = commands[title]
                if _key_name(binding) not in old[1].split(", "):
                    commands[title] = (title, f"{old[1]}, {_key_name(binding)}", old[2], old[3])
                continue
            commands[title] = (title, _key_name(binding), active.node, binding)
        return list(commands.values())

    async def _run(self, node: DOMNode, action: str) -> None:
        await self.app.run_action(action, node)

    def _system(self) -> list[tuple[str, str, Callable[[], object], bool]]:
        """Textual's commands for this screen: (title, help, callback, listed with nothing
        typed), except those a key of the screen already offers."""
        ours = {title.casefold() for title, *_ in self._commands()}
        return [(c.title, c.help, c.callback, c.discover)
                for c in self.app.get_system_commands(self.screen)
                if c.title.casefold() not in ours]

    async def discover(self) -> Hits:
        for title, keys, node, binding in self._commands():
            yield DiscoveryHit(title, partial(self._run, node, binding.action), help=f"key: {keys}")
        for title, help_text, callback, listed in self._system():
            if listed:
                yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, keys, node, binding in self._commands():
            score = matcher.match(title)
            if score > 0:
                # a little ahead of Textual's commands that match as well
                yield Hit(min(score * 1.1, 1.0), matcher.highlight(title),
                          partial(self._run, node, binding.action), help=f"key: {keys}")
        for title, help_text, callback, _ in self._system():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


class ActorCommands(Provider):
    """Actors by any name they go by, found by the same lookup as ``claimscope actors NAME``:
    choosing one opens its actor screen over the current screen."""

    MIN_QUERY = 2
    LIMIT = 8

    async def search(self, query: str) -> Hits:
        corpus = getattr(self.app, "corpus", None)
        opener = getattr(self.screen, "action_actor_screen", None)
        if corpus is None or opener is None or len(query.strip()) < self.MIN_QUERY:
            return
        matches = corpus.lookup(query, limit=self.LIMIT)
        for rank, match in enumerate(matches):
            title = f"actor: {short(match.actor.name, 60)}"
            hint = match_hint(match.how, match.written)
            yield Hit(1.0 - rank / (len(matches) + 1), title, partial(opener, match.actor.id),
                      text=title, help=short(f"{actor_words(match.actor.type)} · "
                                             f"{match.actor.n_mentions} mentions"
                                             + (f" · {hint}" if hint else ""), 80))
