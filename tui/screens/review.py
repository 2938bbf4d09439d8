"""The review dialogs: correct a figure (``e``), move it (``o``), set its group's verdict
(``V``). Each returns what was chosen through ``dismiss``; the reader writes the judgement
(``tui.screens.reader_review``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from store.corpus import Corpus
from store.model import VERDICTS, ConflictGroup, Figure
from tui.present.labels import short
from tui.present.marks import verdict_label

OUT = ""  # the move dialog's answer for "out of its groups"
FIELDS = (("value", "value", "30,000 · about 30,000 · 14,000-18,000 · $1.5 billion"),
          ("counted", "what it counts", "fighters · troops · displaced people"),
          ("where", "places", "Iraq, Syria"),
          ("period", "period", "YYYY · YYYY-MM · YYYY-MM-DD · event"),
          ("origin", "whose estimate", "the body that produced the number"))


class _Dialog(ModalScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "back", id="review.back"),
    ]

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class CorrectDialog(_Dialog):
    """One line per field; what is typed replaces what the grammar read, empty lines stay."""

    def __init__(self, figure: Figure) -> None:
        super().__init__()
        self.figure = figure

    def current(self, name: str) -> str:
        figure = self.figure
        return {"value": figure.value, "counted": figure.counted or "-",
                "where": ", ".join(figure.where) or "-",
                "period": "event" if figure.period_basis == "event" else figure.period or "-",
                "origin": figure.origin}[name]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog review-dialog"):
            yield Label(Text(f"Correct {short(self.figure.value, 60)}: type what the text "
                             "says; empty fields stay as read; enter saves"),
                        classes="dialog-title")
            for name, words, example in FIELDS:
                yield Label(Text(f"{words} (now: {short(self.current(name), 60)})"))
                yield Input(placeholder=example, id=f"correct-{name}")

    @on(Input.Submitted)
    def _submitted(self) -> None:
        fields = {name: self.query_one(f"#correct-{name}", Input).value.strip()
                  for name, _, _ in FIELDS}
        fields = {k: v for k, v in fields.items() if v}
        if fields:
            self.dismiss(fields)


class MoveDialog(_Dialog):
    """The store's quantities; enter moves the figure there. The first line moves it out of
    every group."""

    def __init__(self, corpus: Corpus, figure: Figure) -> None:
        super().__init__()
        self.figure = figure
        own = {g.id for g in corpus.groups_of(figure.id)}
        self.groups = [g for g in corpus.conflicts() if g.parent is None and g.id not in own]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog review-dialog"):
            yield Label(Text(f"Move {short(self.figure.value, 60)} to the quantity it counts"),
                        classes="dialog-title")
            options = [Option("out of its groups (it counts nothing the others count)", id="-")]
            options += [Option(Text(f"{short(g.quantity, 70)} · {len(g.figures)} figures"),
                               id=g.id) for g in self.groups]
            yield OptionList(*options, id="move-list")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or "-"
        self.dismiss(OUT if chosen == "-" else chosen)


class VerdictDialog(_Dialog):
    """The verdicts, and a note (required: it is published with the verdict)."""

    def __init__(self, group: ConflictGroup) -> None:
        super().__init__()
        self.group = group

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog review-dialog"):
            yield Label(Text(f"Verdict of {short(self.group.quantity, 70)} (now "
                             f"{verdict_label(self.group.verdict)}): pick one, write why, "
                             "enter saves"), classes="dialog-title")
            yield OptionList(*[Option(verdict_label(v), id=v) for v in VERDICTS],
                             id="verdict-list")
            yield Input(placeholder="why (published with the verdict)", id="verdict-note")

    @on(OptionList.OptionSelected)
    def _picked(self) -> None:
        self.query_one("#verdict-note", Input).focus()

    @on(Input.Submitted, "#verdict-note")
    def _submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted if options.highlighted is not None else 0
        note = " ".join(event.value.split())
        if note:
            self.dismiss((VERDICTS[index], note))
        else:
            self.notify("Write why: the note is published with the verdict.", timeout=3)
