"""A list of fixed-height rows that renders only the rows on screen.

Textual's ``OptionList`` measures every option when it is filled; a desk's archive has 10,000
articles and many more actors, so the sidebar and the result lists use this instead: a row is
rendered (by a callback) only when it scrolls into view, and rendered rows are cached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

RowRenderer = Callable[[int, int], list[Text]]  # (index, width) -> one Text per line of the row


class VirtualList(ScrollView, can_focus=True):
    """Rows drawn on demand; a cursor row; enter selects."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"virtual-list--cursor", "virtual-list--cursor-blurred"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Up", show=False, id="list.up"),
        Binding("down,j", "move(1)", "Down", show=False, id="list.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Select", show=False, id="list.select"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Selected(Message):
        """Enter (or a double click) on a row; ``control`` lets ``@on(..., "#id")`` pick the
        list."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    def __init__(self, count: int, render_row: RowRenderer, *, row_height: int = 1,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.count = count
        self.row_height = row_height
        self._render_row = render_row
        self._rows: LRUCache[tuple[int, int], list[Text]] = LRUCache(1024)

    def reset(self, count: int, render_row: RowRenderer | None = None) -> None:
        """New contents: a new count and, optionally, a new row renderer."""
        self.count = count
        if render_row is not None:
            self._render_row = render_row
        self._rows.clear()
        self.cursor = 0
        self._update_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def forget_rows(self, indexes: list[int]) -> None:
        """Draw these rows again (their content changed)."""
        width = self.scrollable_content_region.width
        for index in indexes:
            self._rows.discard((index, width))
        self.refresh()

    def on_mount(self) -> None:
        self._update_size()

    def on_resize(self, event: events.Resize) -> None:
        self._rows.clear()
        self._update_size()

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width,
                                 self.count * self.row_height)

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, self.count - 1)) if self.count else 0

    def watch_cursor(self, cursor: int) -> None:
        self.scroll_to_row(cursor)
        self.refresh()

    def scroll_to_row(self, index: int) -> None:
        top = index * self.row_height
        height = max(self.scrollable_content_region.height, 1)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + self.row_height > y + height:
            self.scroll_to(y=top + self.row_height - height, animate=False, immediate=True)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_offset.y) + y
        index, sub = divmod(line, self.row_height)
        if index >= self.count:
            return Strip.blank(width, self.rich_style)
        key = (index, width)
        lines = self._rows.get(key)
        if lines is None:
            lines = self._render_row(index, width)
            self._rows[key] = lines
        row = Text(" ", end="")
        if sub < len(lines):
            row.append_text(lines[sub])
        row.truncate(width, overflow="ellipsis", pad=True)
        if index == self.cursor:
            name = "virtual-list--cursor" if self.has_focus else "virtual-list--cursor-blurred"
            row.stylize(self.get_component_rich_style(name))
        strip = Strip(list(row.render(self.app.console)), width).apply_style(self.rich_style)
        return strip.apply_meta({"row": index})

    def action_move(self, step: int) -> None:
        self.cursor = self.cursor + step

    def action_page(self, direction: int) -> None:
        rows = max(self.scrollable_content_region.height // self.row_height, 1)
        self.cursor = self.cursor + direction * rows

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.count - 1

    def action_select(self) -> None:
        if self.count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (int(self.scroll_offset.y) + offset.y) // self.row_height
        if 0 <= index < self.count:
            self.cursor = index
            if event.chain >= 2:
                self.action_select()
