"""The reader's actor keys: ``m`` ``M`` the next name in the pane, ``a`` ``A`` the actor's next
mention anywhere, ``l`` linked actors, ``i`` the actor screen.

Mixed into ``ReaderScreen`` (actions are looked up on the screen). Like every action of the
reader, these only move a pane's cursor; the pane's messages update the claim bar.
"""

from __future__ import annotations

from store.model import Mention
from tui.present.labels import short


class ActorMoves:
    """Actions of ``ReaderScreen`` that follow actors; they use its ``corpus``, ``pane``,
    ``panes``, ``active``, ``sidebar`` and ``_focus_pane``."""

    def action_mention(self, step: int) -> None:
        mention, wrapped = self.pane.next_mention(step)
        if self._reached(mention, wrapped, step, "mention", "This article names no actors."):
            self.pane.show_mention(mention)

    def _actor_or_say(self) -> Mention | None:
        mention = self.pane.actor_under_focus()
        if mention is None or mention.actor is None:
            self.notify("No actor under focus: press m for the next name in this pane, or pick "
                        "one in the sidebar (b).", timeout=4)
            return None
        return mention

    def action_actor(self, step: int) -> None:
        mention = self._actor_or_say()
        if mention is None or mention.actor is None:
            return
        target = self.corpus.next_mention(mention.actor, (mention.article, mention.start), step)
        if target is None or target == mention:
            self.notify(f"{short(self.corpus.actor(mention.actor).name, 60)} has no other "
                        "mention.", timeout=3)
            target = mention
        self.show_mention(target)

    def show_mention(self, mention: Mention, pane: int | None = None) -> None:
        index = self.active if pane is None else pane
        self.panes[index].show_mention(mention)
        self._focus_pane(index)

    def jump_to_actor(self, actor_id: str) -> None:
        """The actor's mention nearest to the focused pane's cursor (in reading order)."""
        if self.pane.article is None:
            return
        mention = self.pane.nearest_mention(actor_id)
        if mention is None:
            self.notify("That actor has no mentions.", timeout=3)
            return
        self.show_mention(mention)

    def action_linked(self) -> None:
        mention = self._actor_or_say()
        if mention is None or mention.actor is None:
            return
        from tui.screens.linked import LinkedActorsScreen  # deferred, as every dialog

        actor = self.corpus.actor(mention.actor)
        if not self.corpus.linked(actor.id):
            self.notify(f"{short(actor.name, 60)} is named with no other actor.", timeout=3)
            return

        def chosen(actor_id: str | None) -> None:
            if actor_id:
                self.jump_to_actor(actor_id)

        self.app.push_screen(LinkedActorsScreen(self.corpus, actor.id), chosen)

    def action_actor_screen(self, actor_id: str | None = None) -> None:
        if actor_id is None:
            if self.sidebar.actor_list.has_focus and self.sidebar.actors:
                actor_id = self.sidebar.actors[self.sidebar.actor_list.cursor].id
            else:
                mention = self._actor_or_say()
                if mention is None:
                    return
                actor_id = mention.actor
        from tui.screens.actor import ActorScreen  # deferred, as every dialog

        def chosen(mention: Mention | None) -> None:
            if mention is not None:
                self.show_mention(mention)

        self.app.push_screen(ActorScreen(self.corpus, actor_id), chosen)
