"""The ``?`` screen: a compact table of every key by task (reading, jumping, checking,
everywhere) with a filter on top, then how to read the screen. All of it comes from
``tui/help.md``: the part before "# How to read the screen" is read as the key table, the rest is
shown as Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Markdown, Static

HELP_FILE = Path(__file__).resolve().parent.parent / "help.md"
PROSE_HEADING = "# How to read the screen"
DIALOG_MAX = 120  # the .dialog's max-width in tui/styles/screens.tcss
_ROW = re.compile(r"^\|\s*(?P<key>[^|]+?)\s*\|\s*(?P<action>[^|]+?)\s*\|\s*$")


@dataclass(frozen=True)
class KeyRow:
    keys: str
    action: str
    task: str

    def matches(self, query: str) -> bool:
        """Every word of the query in the keys, the action or the task (case aside)."""
        haystack = f"{self.keys} {self.action} {self.task}".casefold()
        return all(word in haystack for word in query.casefold().split())


def read_help(text: str) -> tuple[list[KeyRow], str]:
    """The key table's rows (task: the ``##`` heading they stand under) and the prose."""
    keys, _, prose = text.partition(PROSE_HEADING)
    rows: list[KeyRow] = []
    task = ""
    for line in keys.splitlines():
        if line.startswith("## "):
            task = line[3:].strip().lower()
            continue
        found = _ROW.match(line)
        if found and found["key"] != "key" and not set(found["key"]) <= set("-"):
            rows.append(KeyRow(found["key"].replace("`", ""), found["action"], task))
    return rows, (PROSE_HEADING + prose) if prose else ""


class HelpScreen(ModalScreen[None]):
    """Type to filter the keys; ``down`` goes to the table; escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_help", "close", id="help.close"),
        Binding("question_mark", "dismiss_help", "close", show=False, id="help.close_key"),
        Binding("down", "to_table", "keys", show=False, id="help.to_table"),
        Binding("j", "scroll(1)", "down", show=False, id="help.down"),
        Binding("k", "scroll(-1)", "up", show=False, id="help.up"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # help.md is ours, not article text: parsing it as Markdown is safe
        self.rows, self.prose = read_help(HELP_FILE.read_text(encoding="utf-8"))

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help-dialog", id="help-box"):
            yield Input(placeholder="filter: a key or a word (figure, find, actor…)",
                        id="help-filter")
            yield DataTable(cursor_type="row", zebra_stripes=True, show_cursor=False,
                            id="help-keys")
            yield Static("", id="help-none")
            yield Markdown(self.prose, id="help-text")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # the action column takes the room left and wraps, so no key's words are cut at 80x24
        # (the dialog is 90% of the screen, at most 120 wide, less its border, padding and bar)
        room = max(min(self.app.size.width * 9 // 10, DIALOG_MAX) - 8, 40)
        keys = min(max(len(r.keys) for r in self.rows), 20)
        task = max(len(r.task) for r in self.rows)
        table.add_column("key", key="key", width=keys)
        table.add_column("what it does", key="action", width=max(room - keys - task - 6, 20))
        table.add_column("task", key="task", width=task)
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        shown = [row for row in self.rows if row.matches(query)]
        for row in shown:
            table.add_row(Text(row.keys, style="bold"), Text(row.action),
                          Text(row.task, style="dim italic"), height=None)
        none = self.query_one("#help-none", Static)
        none.update("" if shown else f"No key matches {query!r}.")
        none.display = not shown

    @on(Input.Changed, "#help-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#help-filter")
    def _submitted(self) -> None:
        self.action_to_table()

    def action_to_table(self) -> None:
        table = self.query_one(DataTable)
        table.show_cursor = True
        table.focus()

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-box").scroll_relative(y=step * 2, animate=False)

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
