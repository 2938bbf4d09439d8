"""The claim prompt (``t``) and the answer screen: a typed claim checked against the store.

The reader starts without spaCy. The first check loads the English model in a thread worker,
with the answer screen saying so ("loading the English model…"); the model and what the checker
learnt of the store stay loaded in the ``ClaimChecking`` the reader keeps, so later checks are
instant. Enter on an evidence row reads that figure side by side with the strongest evidence
that says otherwise (or the next strongest).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, LoadingIndicator, Static

from store.check.answer import Checker, CheckResult, Evidence, Parse
from store.corpus import Corpus
from store.errors import ClaimscopeError
from tui.present.check import answer_text, compared_with, evidence_source, stance_label
from tui.present.labels import short


class ClaimChecking:
    """The reader's checker: made on the first check (the model loads then), kept for the next
    ones, dropped when a judgement changes the store."""

    #: the claim parser; None loads the ingest's grammar (spaCy) on first use
    parser: ClassVar[Parse | None] = None

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.checker: Checker | None = None

    @property
    def ready(self) -> bool:
        return self.checker is not None

    def load(self) -> Checker:
        """Load the model and index the store (seconds the first time; run it in a worker)."""
        if self.checker is None:
            parse = type(self).parser
            if parse is None:
                # deferred: spaCy loads in the worker on the first check, never at start-up
                from store.check.parse import load_model, parse_claim

                load_model()
                parse = parse_claim
            self.checker = Checker(self.corpus, parse)
        return self.checker

    def forget(self) -> None:
        self.checker = None


class ClaimPrompt(ModalScreen[str | None]):
    """One line for the claim; enter checks it, escape goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "back", id="claim.back"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="claim-dialog"):
            yield Label("Check a claim against the store: type it as it was said, with its "
                        "number and what it counts", classes="dialog-title")
            yield Input(placeholder="e.g. ISIS still has 30,000 fighters in Iraq and Syria",
                        id="claim-input")
            yield Label("enter: check · escape: back", id="claim-hint")

    @on(Input.Submitted, "#claim-input")
    def _submitted(self, event: Input.Submitted) -> None:
        claim = " ".join(event.value.split())
        if claim:
            self.dismiss(claim)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class CheckScreen(Screen[tuple[str, str] | None]):
    """The answer: for each figure of the claim, the verdict, the reason and the evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back", id="check.back"),
        Binding("enter", "open", "read side by side", id="check.open"),
    ]

    def __init__(self, checking: ClaimChecking, claim: str) -> None:
        super().__init__()
        self.checking = checking
        self.claim = claim
        self.rows: list[tuple[Evidence, list[Evidence]]] = []
        self.result: CheckResult | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="≡")
        if not self.checking.ready:  # the answer is drawn at once otherwise
            with Vertical(id="check-loading"):
                yield Label(self._loading_words(), id="check-status")
                yield LoadingIndicator()
        with VerticalScroll(id="check-answer"):
            yield Static(id="check-summary")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="check-evidence")
        yield Footer()

    def _loading_words(self) -> str:
        if self.checking.ready:
            return "checking…"
        if ClaimChecking.parser is None:
            return "loading the English model (the first check only)…"
        return "reading the store (the first check only)…"

    def on_mount(self) -> None:
        self.title = "claimscope"
        self.sub_title = "check · enter: read the evidence side by side"
        table = self.query_one(DataTable)
        for name in ("#", "stance", "value", "whose estimate · printed", "period", "article"):
            table.add_column(name, key=name)
        self._begin()

    def ask(self, claim: str) -> None:
        """Check another claim on this screen: the reader keeps one answer screen, so a second
        check draws new rows rather than a whole new screen."""
        self.claim = claim
        self.rows, self.result = [], None
        self.query_one(DataTable).clear()
        self.query_one("#check-summary", Static).update("")
        self._begin()

    def _begin(self) -> None:
        if self.checking.ready:  # the model is loaded: a check takes tens of milliseconds
            self._show(self._answer())
            return
        self.set_class(True, "-loading")
        self._check()

    def _answer(self) -> CheckResult | str:
        try:
            return self.checking.load().check(self.claim)
        except ClaimscopeError as exc:
            return str(exc)

    @work(thread=True, exclusive=True, group="check")
    def _check(self) -> None:
        self.app.call_from_thread(self._show, self._answer())

    def _show(self, result: CheckResult | str) -> None:
        self.set_class(False, "-loading")
        summary = self.query_one("#check-summary", Static)
        table = self.query_one(DataTable)
        head = Text("claim: ", style="bold", end="")
        head.append(short(self.claim, 400))
        if isinstance(result, str):
            summary.update(head + Text("\n" + short(result, 400), end=""))
            return
        self.result = result
        lines = [head]
        for answer in result.answers:
            line = Text("\n", end="")
            line.append(f"{short(answer.value, 60)}: ", style="bold")
            line.append_text(answer_text(answer.answer))
            line.append(f"\ncompared with: {compared_with(answer)}", style="dim")
            line.append(f"\n{short(answer.reason, 800)}", style="italic")
            lines.append(line)
            for evidence in answer.evidence:
                self.rows.append((evidence, list(answer.evidence)))
        summary.update(Text("", end="").join(lines))
        for n, (evidence, _) in enumerate(self.rows, 1):
            table.add_row(str(n), stance_label(evidence.stance), short(evidence.value, 40),
                          evidence_source(evidence), short(evidence.period or "-", 16),
                          short(evidence.title, 50), key=str(n))
        if self.rows:
            table.focus()

    def partner(self, index: int) -> str:
        """The figure read beside evidence row ``index``: the strongest of the same answer
        that takes the other side, else the next strongest from another sentence."""
        evidence, siblings = self.rows[index]
        sides = {"agrees": "disagrees", "disagrees": "agrees"}
        other = sides.get(evidence.stance)
        for candidate in siblings:
            if candidate.stance == other:
                return candidate.figure
        for candidate in siblings:
            if candidate.figure != evidence.figure and candidate.sentence != evidence.sentence:
                return candidate.figure
        return evidence.figure

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.rows or not table.row_count:
            return
        index = table.cursor_row
        self.dismiss((self.rows[index][0].figure, self.partner(index)))

    def action_back(self) -> None:
        self.dismiss(None)
