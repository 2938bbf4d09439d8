"""How the reader draws text: wrapping and offsets, marks that read without colour, and article
text that is never taken for markup or terminal codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from store.corpus import Corpus
from store.db import open_for_write
from tests.conftest import copy_store
from tests.reader_app import reader_app
from tui.present.marks import VERDICT_MARKS, verdict_glyph
from tui.widgets.article_layout import ArticleLayout, wrap_text

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- layout -------------------------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("ab cd\n\t漢€-"), max_size=300),
       st.integers(min_value=8, max_value=60))
def test_wrapping_keeps_every_character_in_order_and_fits_the_width(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    joined = []
    position = 0
    for start, end in lines:
        assert start >= position
        assert text[position:start].strip(" \n\t") == ""
        joined.append(text[start:end])
        position = end
        assert cell_len(text[start:end].rstrip(" \t")) <= width  # a tab is drawn as a space
    assert "".join("".join(joined).split()) == "".join(text.split())


def test_glyphs_shift_offsets_after_a_figure_only() -> None:
    layout = ArticleLayout("killed 43 fighters and 100 more", [(9, "✗"), (26, "✓")])
    assert layout.text == "killed 43✗ fighters and 100✓ more"
    assert layout.to_display(7) == 7
    assert layout.text[layout.to_display(7):layout.to_display(9)] == "43✗"
    assert layout.text[layout.to_display(23):layout.to_display(26)] == "100✓"
    assert layout.to_raw(layout.to_display(27)) == 27


def test_text_from_an_article_is_made_visible_and_keeps_its_offsets() -> None:
    raw = "a\x1b[31mred\u202ex"
    layout = ArticleLayout(raw, [])
    assert "\x1b" not in layout.text and "\u202e" not in layout.text
    assert len(layout.text) == len(raw)


# --- marks --------------------------------------------------------------------------------------


async def test_every_verdict_and_actor_type_has_a_text_style_besides_colour(
        reader_store: Path) -> None:
    app = reader_app(reader_store)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        view = app.screen.panes[0].view
        styles = {}
        for name in ("contradiction", "change_over_time", "consistent", "none", "person",
                     "org", "place", "focus", "actor-focus"):
            style = view.get_component_rich_style(f"article-view--{name}", partial=True)
            styles[name] = (bool(style.bold), bool(style.italic), bool(style.underline),
                            bool(style.reverse))
            assert any(styles[name]), name
        verdict_looks = [styles[v] for v in ("contradiction", "change_over_time", "consistent",
                                             "none")]
        # with the glyph, each verdict differs from the others without any colour
        looks = {(styles[v], verdict_glyph(v)) for v in ("contradiction", "change_over_time",
                                                  "consistent", "none")}
        assert len(looks) == 4
        assert len(set(verdict_looks)) >= 3
        assert len({styles[t] for t in ("person", "org", "place")}) == 3


async def test_a_figure_is_drawn_with_the_glyph_and_style_of_its_verdict(
        reader_store: Path) -> None:
    corpus = Corpus.open(reader_store)
    async with reader_app(corpus).run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        for verdict in VERDICT_MARKS:  # the stand-in store has a figure of each, and one alone
            figure = next(f for f in corpus.figures()
                          if (corpus.group_of(f.id).verdict if corpus.group_of(f.id)
                              else "none") == verdict)
            pane = screen.panes[0]
            pane.show_figure(figure)
            pane.view.set_cursor_figure(None)
            await pilot.pause()
            view = pane.view
            layout = view.text_layout
            start, end = layout.to_display(figure.start), layout.to_display(figure.end)
            assert layout.text[start:end] == figure.text + verdict_glyph(verdict)
            line = layout.line_of(start)
            view.scroll_to(y=line, animate=False, immediate=True)
            await pilot.pause()
            strip = view.render_line(0)
            expected = view.get_component_rich_style(f"article-view--{verdict}", partial=True)
            drawn = [seg for seg in strip if seg.text.strip() and seg.style
                     and figure.text.split()[0] in seg.text]
            assert drawn, verdict
            assert all(seg.style.underline == expected.underline
                       and seg.style.bold == expected.bold for seg in drawn), verdict


async def test_article_text_is_never_markup_nor_terminal_codes(
        reader_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    copy_store(reader_store, tmp_path)
    hostile = "\n[bold red]not markup[/] \x1b[31mnot red\x1b]52;c;ZXZpbA==\x07 end"
    with open_for_write(path) as session:
        rows = session.table("articles").all()
        for row in rows:
            row["text"] = row["text"] + hostile
        session.table("articles").truncate()
        session.table("articles").insert_multiple(rows)
        session.commit()
    corpus = Corpus.open(path)
    async with reader_app(corpus).run_test(size=(120, 35)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        view = pilot.app.screen.panes[0].view
        drawn = "".join(view.render_line(y).text for y in range(view.size.height))
        assert "[bold red]not markup[/]" in drawn
        assert "\x1b" not in drawn and "\x07" not in drawn
        assert "␛[31mnot" in drawn and "␛]52;c;" in drawn
