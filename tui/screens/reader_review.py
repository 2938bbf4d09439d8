"""The reader's fact-checking keys: ``t`` check a typed claim; ``x`` mark the focused figure as
wrongly read, ``e`` correct it, ``o`` move it to another quantity or out of its groups, ``V``
set its group's verdict with a note, ``u`` undo the latest judgement.

Mixed into ``ReaderScreen``. A judgement is written in a thread worker through the store's one
write path (``store.review.record``: one atomic commit, the groups rebuilt), then the corpus is
read again and both panes are drawn again with the cursor where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from store.errors import ClaimscopeError
from store.model import Figure
from tui.present.labels import short

if TYPE_CHECKING:  # the checker and its screens load on the first ``t``: the matching rules
    # they import (a third of the reader's start-up) are no part of the first screen
    from tui.screens.check import CheckScreen, ClaimChecking


class ReviewMoves:
    """Actions of ``ReaderScreen``; they use its ``corpus``, ``pane``, ``panes``, ``active``,
    ``show_pair`` and ``_describe_cursor``."""

    claim_checking: ClaimChecking | None = None
    check_screen: CheckScreen | None = None

    # --- checking a claim -----------------------------------------------------------------------

    def action_check_claim(self) -> None:
        # deferred, as every screen the first paint does not show (start-up time)
        from tui.screens.check import CheckScreen, ClaimChecking, ClaimPrompt

        if self.claim_checking is None:
            self.claim_checking = ClaimChecking(self.corpus)
        checking = self.claim_checking

        def opened(pair: tuple[str, str] | None) -> None:
            if pair:
                self.show_pair(self.corpus.figure(pair[0]), self.corpus.figure(pair[1]))

        def typed(claim: str | None) -> None:
            if not claim:
                return
            screen = self.check_screen
            if screen is None:  # one answer screen, kept: the next check only fills it again
                screen = self.check_screen = CheckScreen(checking, claim)
                self.app.install_screen(screen, name=f"check-{id(self)}")
            else:
                screen.ask(claim)
            self.app.push_screen(screen, opened)

        self.app.push_screen(ClaimPrompt(), typed)

    # --- judgements -----------------------------------------------------------------------------

    def _figure_or_say(self) -> Figure | None:
        figure = self.pane.figure
        if figure is None:
            self.notify("No figure under focus: press n to go to one.", timeout=3)
        return figure

    def action_misread(self) -> None:
        figure = self._figure_or_say()
        if figure is not None:
            self._judge("misread", figure=figure.id)

    def action_correct(self) -> None:
        figure = self._figure_or_say()
        if figure is None:
            return
        from tui.screens.review import CorrectDialog  # deferred, as every dialog

        def chosen(fields: dict[str, str] | None) -> None:
            if fields:
                self._judge("correct", figure=figure.id, fields=fields)

        self.app.push_screen(CorrectDialog(figure), chosen)

    def action_move(self) -> None:
        figure = self._figure_or_say()
        if figure is None:
            return
        from tui.screens.review import OUT, MoveDialog  # deferred, as every dialog

        def chosen(target: str | None) -> None:
            if target is not None:
                self._judge("move", figure=figure.id, to=None if target == OUT else target)

        self.app.push_screen(MoveDialog(self.corpus, figure), chosen)

    def action_verdict(self) -> None:
        figure = self._figure_or_say()
        if figure is None:
            return
        group = self.corpus.group_of(figure.id)
        if group is None:
            self.notify("This figure is in no group: nothing to set a verdict on.", timeout=3)
            return
        from tui.screens.review import VerdictDialog  # deferred, as every dialog

        def chosen(picked: tuple[str, str] | None) -> None:
            if picked:
                self._judge("verdict", group=group.id, verdict=picked[0], note=picked[1])

        self.app.push_screen(VerdictDialog(group), chosen)

    def action_undo(self) -> None:
        self._judge("undo")

    def _judge(self, op: str, **fields: Any) -> None:
        self.notify("Saving the judgement…", timeout=2)
        self._write(op, fields)

    @work(thread=True, exclusive=True, group="review")
    def _write(self, op: str, fields: dict[str, Any]) -> None:
        # deferred: the write path (grouping) is needed only once something is judged
        from store.review.record import record_judgement, undo_last

        try:
            if op == "undo":
                done = undo_last(self.corpus.path)
            else:
                done = record_judgement(self.corpus.path, op, **fields)
        except ClaimscopeError as exc:
            self.app.call_from_thread(self.notify, short(str(exc), 300), severity="error",
                                      timeout=5)
            return
        self.app.call_from_thread(self._judged, done)

    def _judged(self, done: str) -> None:
        """Read the store again and draw both panes again, each cursor where it was."""
        self.corpus.reload()
        if self.claim_checking is not None:
            self.claim_checking.forget()
        for pane in self.panes:
            article, figure = pane.view.article_id, pane.figure
            if article is None:
                continue
            top = pane.view.scroll_y
            pane.view.load(article)
            if figure is not None and self.corpus.has_figure(figure.id):
                pane.show_figure(self.corpus.figure(figure.id))
            pane.view.scroll_to(y=top, animate=False, immediate=True)
        self._described = None
        self._describe_cursor()
        self.notify(short(done[:1].upper() + done[1:], 300) + ".", timeout=4)
