"""The reader against hostile stores and texts: markup in names never parsed, a 1 MB word wrapped in
linear time, a store changed on disk noticed and reloaded."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from rich.cells import cell_len

from store.db import open_for_write
from tests.reader_app import reader_app
from tui import app as app_module
from tui.widgets import article_layout
from tui.widgets.article_layout import ArticleLayout, wrap_text

pytestmark = pytest.mark.anyio

MARKUP_NAME = "Omar [/b] Haddad [@click=app.quit]x[/]"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- 5: a word longer than many lines is wrapped in linear time --------------------------------


@pytest.mark.parametrize("length", [10_000, 100_000])
def test_wrapping_a_long_word_measures_each_character_a_bounded_number_of_times(
    length: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = 0

    def counting(text: str) -> int:
        nonlocal measured
        measured += len(text)
        return cell_len(text)

    monkeypatch.setattr(article_layout, "cell_len", counting)
    text = "An image follows: data:image/png;base64," + "QUJD" * (length // 4) + " end.\n"
    lines = wrap_text(text, 80)
    assert len(lines) >= length // 80
    assert "".join(text[s:e] for s, e in lines) == text.rstrip("\n")
    assert measured <= 4 * len(text)  # quadratic before: about length**2 / 160 characters


def test_a_long_word_of_wide_characters_is_cut_by_cells() -> None:
    layout = ArticleLayout("中" * 1000 + "\n", [])
    lines = layout.wrap(41)
    assert all(cell_len(layout.text[s:e]) <= 41 for s, e in lines)
    assert sum(e - s for s, e in lines) == 1000


# --- 6: notifications never parse markup ------------------------------------------------------


async def test_names_with_markup_are_shown_as_written(committed_store_copy: Path) -> None:
    data = orjson.loads(committed_store_copy.read_bytes())
    for row in data["actors"].values():
        row["name"] = MARKUP_NAME
    data["links"] = {}
    committed_store_copy.write_bytes(orjson.dumps(data))
    app = reader_app(committed_store_copy)
    said: list[tuple[str, bool]] = []
    real = app.notify

    def notify(message: str, **kwargs: object) -> None:
        said.append((message, bool(kwargs.get("markup", True))))
        real(message, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    # the toasts must outlive a slow machine's keys: the default 5 s can pass before the query
    app.NOTIFICATION_TIMEOUT = 120  # type: ignore[misc]
    async with app.run_test(size=(120, 35), notifications=True) as pilot:
        await app.workers.wait_for_complete()  # the actors the sidebar lists after first paint
        await pilot.pause()
        await pilot.press("m", "l")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.pause(0.2)
        assert app.is_running
        assert [m for m, _ in said if MARKUP_NAME in m], said
        toasts: list[str] = []
        for _ in range(50):  # a busy machine mounts the toast rack a few frames later
            toasts = [str(t.render()) for t in app.screen.query("Toast")]
            if toasts:
                break
            await pilot.pause(0.1)
        assert any("[/b]" in t and "[@click=app.quit]" in t for t in toasts), toasts


# --- 14: a store changed on disk is noticed and can be reloaded --------------------------------


async def test_a_store_changed_on_disk_is_noticed_and_reloaded(committed_store_copy: Path) -> None:
    app = reader_app(committed_store_copy)
    said: list[str] = []
    app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 35)) as pilot:
        reader = app.screen
        right = reader.panes[1].view.article_id
        assert not app.check_store()
        with open_for_write(committed_store_copy) as session:
            table = session.table("articles")
            table.update({"title": "Retitled by an ingest"}, doc_ids=[table.all()[0].doc_id])
            session.commit()
        assert app.check_store()
        assert app.check_store()
        assert said.count(app_module.CHANGED) == 1  # said once per change
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.screen is not reader
        assert app.screen.panes[1].view.article_id == right
        titles = [a.title for a in app.corpus.articles()]
        assert "Retitled by an ingest" in titles
        assert not app.check_store()
