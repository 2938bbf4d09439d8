"""One article's text in a reading pane, drawn a line at a time.

Only the lines on screen are rendered (Textual's line API), and rendered lines are cached until the
marks change, so a long article scrolls as fast as a short one. Text is plain: a Rich ``Text`` built
from the sanitised article with spans, never markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.corpus import Corpus
from store.model import Figure, Mention
from tui.present.marks import ACTOR_CLASSES, NO_COUNTERPART, REVIEWED_GLYPH, verdict_glyph
from tui.widgets.article_layout import ArticleLayout, Mark, MarkIndex

MARGIN = 1  # blank cells either side of the text


class ArticleView(ScrollView, can_focus=True):
    """The scrolling text of one article, with figures, mentions and search hits marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--contradiction",
        "article-view--revision",
        "article-view--change_over_time",
        "article-view--consistent",
        "article-view--none",
        "article-view--misread",
        "article-view--person",
        "article-view--org",
        "article-view--place",
        "article-view--match",
        "article-view--focus",
        "article-view--actor-focus",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="view.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="view.up"),
        Binding("g", "scroll_home", "Top", show=False, id="view.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="view.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="view.page_down"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="view.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="view.half_up"),
    ]

    class Clicked(Message):
        """The reader clicked a character of the text (a raw offset)."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.article_id: str | None = None
        self.text_layout: ArticleLayout | None = None
        self._marks = MarkIndex([])
        self._layers: list[MarkIndex] = []
        self.cursor_figure: Figure | None = None
        self.cursor_mention: Mention | None = None
        self.matches: list[tuple[int, int]] = []
        self.current_match: int | None = None
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(512)

    # --- content --------------------------------------------------------------------------------

    def load(self, article_id: str) -> None:
        """Show an article from its top, with no focus and no search hits."""
        corpus = self.corpus
        figures = corpus.figures(article_id)
        glyphs, marks = [], []
        for fig in figures:
            group = corpus.group_of(fig.id)
            verdict = group.verdict if group else NO_COUNTERPART
            reviewed = fig.judged or any(g.reviewed for g in corpus.groups_of(fig.id))
            glyphs.append((fig.end, verdict_glyph(verdict) + (REVIEWED_GLYPH if reviewed else "")))
            marks.append((fig.start, fig.end, "misread" if fig.misread else verdict, fig.id))
        layout = ArticleLayout(corpus.text(article_id), glyphs)
        base = [Mark(layout.to_display(s), layout.to_display(e), style, key)
                for s, e, style, key in marks]
        for i, mention in enumerate(corpus.article_mentions(article_id)):
            style = ACTOR_CLASSES.get(mention.label)
            if style:
                base.append(Mark(layout.to_display(mention.start),
                                 _end_before_glyph(layout, mention.end), style, f"m{i}"))
        self.article_id = article_id
        self.text_layout = layout
        self.cursor_figure = None
        self.cursor_mention = None
        self.matches = []
        self.current_match = None
        self._marks = MarkIndex(base)
        self._rewrap()
        self._refresh_marks()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_cursor_figure(self, figure: Figure | None) -> None:
        if figure == self.cursor_figure:
            return
        changed = [self.cursor_figure, figure]
        self.cursor_figure = figure
        self._refresh_marks(changed)

    def set_cursor_mention(self, mention: Mention | None) -> None:
        if mention == self.cursor_mention:
            return
        changed = [self.cursor_mention, mention]
        self.cursor_mention = mention
        self._refresh_marks(changed)

    def set_matches(self, matches: list[tuple[int, int]], current: int | None) -> None:
        if matches == self.matches and current == self.current_match:
            return
        self.matches = matches
        self.current_match = current
        self._refresh_marks()

    def _refresh_marks(self, changed: list[Figure | Mention | None] | None = None) -> None:
        """Rebuild the marks drawn over the article's own: search hits, then the mention under
        the cursor, then the figure under it, each drawn over the one before.

        ``changed``: the items whose marks moved; only their lines are drawn again (moving the
        cursor then redraws two lines, not the pane). None redraws everything."""
        layout = self.text_layout
        if layout is None:
            return
        matches = []
        for i, (start, end) in enumerate(self.matches):
            style = "focus" if i == self.current_match else "match"
            matches.append(Mark(layout.to_display(start), _end_before_glyph(layout, end), style))
        focus = []
        if self.cursor_mention is not None:
            m = self.cursor_mention
            focus.append(Mark(layout.to_display(m.start), _end_before_glyph(layout, m.end),
                              "actor-focus"))
        if self.cursor_figure is not None:
            f = self.cursor_figure
            focus.append(Mark(layout.to_display(f.start), layout.to_display(f.end), "focus"))
        self._layers = [self._marks, MarkIndex(matches), MarkIndex(focus)]
        if changed is None or not layout.lines:
            self._strips.clear()
            self.refresh()
            return
        top = int(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        width = self.scrollable_content_region.width
        for item in changed:
            if item is None:
                continue
            first = layout.line_of(layout.to_display(item.start))
            last = layout.line_of(layout.to_display(item.end))
            for line in range(first, last + 1):
                self._strips.discard((line, width))
            first, last = max(first, top), min(last, top + height - 1)
            if first <= last:
                self.refresh_lines(first - top, last - first + 1)

    # --- geometry -------------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - 2 * MARGIN)

    def _rewrap(self) -> None:
        if self.text_layout is None:
            return
        lines = self.text_layout.wrap(self.text_width)
        self.virtual_size = Size(self.text_width + 2 * MARGIN, len(lines))
        self._strips.clear()

    def on_resize(self, event: events.Resize) -> None:
        if self.text_layout is None:
            return
        top = self.top_offset()
        self._rewrap()
        self.scroll_to(y=self.text_layout.line_of(self.text_layout.to_display(top)), animate=False,
                       immediate=True)
        # the figure or name under the cursor stays in view, however the lines re-wrapped
        focused = self.cursor_figure or self.cursor_mention
        if focused is not None:
            self.scroll_to_offset(focused.start, end=focused.end)
        self.refresh()

    def top_offset(self) -> int:
        """The raw offset of the first line on screen."""
        layout = self.text_layout
        if layout is None or not layout.lines:
            return 0
        line = min(int(self.scroll_offset.y), len(layout.lines) - 1)
        return layout.to_raw(layout.lines[line][0])

    def visible_span(self) -> tuple[int, int]:
        """Raw offsets of the first and past the last character on screen."""
        layout = self.text_layout
        if layout is None or not layout.lines:
            return 0, 0
        first = min(int(self.scroll_offset.y), len(layout.lines) - 1)
        last = min(first + max(self.scrollable_content_region.height, 1), len(layout.lines)) - 1
        return layout.to_raw(layout.lines[first][0]), layout.to_raw(layout.lines[last][1])

    def is_visible(self, start: int, end: int) -> bool:
        first, last = self.visible_span()
        return start >= first and end <= last

    def scroll_to_offset(self, raw: int, *, end: int | None = None) -> None:
        """Bring a raw offset into view, a third of the way down, unless already on screen."""
        layout = self.text_layout
        if layout is None:
            return
        if self.size.height and self.is_visible(raw, end if end is not None else raw):
            return
        line = layout.line_of(layout.to_display(raw))
        height = max(self.scrollable_content_region.height, 1)
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def action_half_page(self, direction: int) -> None:
        height = max(self.scrollable_content_region.height // 2, 1)
        self.scroll_to(y=self.scroll_offset.y + direction * height, animate=False)

    # --- drawing --------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        layout = self.text_layout
        width = self.scrollable_content_region.width
        line = int(self.scroll_offset.y) + y
        if layout is None or line >= len(layout.lines):
            return Strip.blank(width, self.rich_style)
        key = (line, width)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        strip = self._render_text_line(line, width)
        self._strips[key] = strip
        return strip

    def _render_text_line(self, line: int, width: int) -> Strip:
        layout = self.text_layout
        assert layout is not None
        start, end = layout.lines[line]
        text = Text(layout.text[start:end].rstrip(" "), no_wrap=True, end="")
        for layer in self._layers:
            for mark in layer.overlapping(start, end):
                style = self.get_component_rich_style(f"article-view--{mark.style}", partial=True)
                text.stylize(style, max(mark.start, start) - start, min(mark.end, end) - start)
        base = self.rich_style
        segments = [Segment(" " * MARGIN), *text.render(self.app.console)]
        strip = Strip(segments).extend_cell_length(width).crop(0, width)
        return strip.apply_style(base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # --- mouse ----------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        layout = self.text_layout
        if layout is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = int(self.scroll_offset.y) + offset.y
        if line >= len(layout.lines):
            return
        start, end = layout.lines[line]
        display = min(start + max(offset.x - MARGIN, 0), max(end - 1, start))
        self.post_message(self.Clicked(self, layout.to_raw(display)))


def _end_before_glyph(layout: ArticleLayout, raw_end: int) -> int:
    """The display end of a stretch that should not swallow a verdict glyph drawn after it."""
    return layout.to_display(raw_end - 1) + 1 if raw_end > 0 else 0
