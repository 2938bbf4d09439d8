"""Property: a store document edited in any way by hand gives, for every command and for the
reader's load, either output or one line and exit 2; never a traceback, never a raw escape.

Documents are made by hypothesis from the committed sample store: fields set to any JSON value
(text full of escapes and markup among them), fields and rows removed, rows and tables replaced.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from store.corpus import Corpus
from store.errors import ClaimscopeError
from store.sanitize import UNSAFE
from store.schema import FIELDS
from tests.committed_store import COMMITTED
from tests.reader_app import reader_app
from tui.cli import main

# hundreds of hand-made stores or whole screens drawn: in the full run, not the fast lane
pytestmark = pytest.mark.slow

BASE = orjson.loads(COMMITTED.read_bytes())
HOSTILE = "\x1b]52;c;aGk=\x07\x1b[2J\u202e\x9b\x7f\u200b[/b][@click=app.quit]"
TEXT = st.text(alphabet=st.sampled_from([*HOSTILE, *"ab ,;:1-", "ü"]), max_size=24)
SCALARS = (st.none() | st.booleans() | st.integers(-10, 10**13)
           | st.floats(allow_nan=False, allow_infinity=False) | TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(TEXT, inner, max_size=3), max_leaves=8)
TABLES = sorted(FIELDS)
NAMES = sorted({name for fields in FIELDS.values() for name in fields})


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    """A few hand edits: (what, table, row number, field, value)."""
    found = []
    for _ in range(draw(st.integers(1, 4))):
        what = draw(st.sampled_from(["set", "set", "set", "drop", "row", "table", "add"]))
        found.append((what, draw(st.sampled_from(TABLES)), draw(st.integers(0, 400)),
                      draw(st.sampled_from(NAMES) | TEXT), draw(VALUES)))
    return found


def edited(changes: list[tuple[Any, ...]]) -> dict[str, Any]:
    data = orjson.loads(orjson.dumps(BASE))
    for what, table, n, name, value in changes:
        rows = data.get(table)
        if what == "table" and table != "meta":
            data[table] = value
            continue
        if not isinstance(rows, dict) or not rows:
            continue
        key = list(rows)[n % len(rows)]
        if what == "row" and table != "meta":
            rows[key] = value
        elif what == "add":
            rows[f"{key}x"] = dict(rows[key]) if isinstance(rows[key], dict) else value
        elif isinstance(rows[key], dict) and not (table == "meta" and name in ("app",
                                                                            "schema_version")):
            if what == "drop":
                rows[key].pop(name, None)
            else:
                rows[key][name] = value
    return data


COMMANDS = [("figures",), ("figures", "--json"), ("actors",), ("actors", "--json"),
            ("actors", "Libya"), ("conflicts",), ("conflicts", "--json"), ("export",),
            ("doctor",), ("prune",)]


@contextmanager
def written(changes: list[tuple[Any, ...]]) -> Iterator[Path]:
    """The edited document as a store file in a fresh folder."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "claims.json"
        db.write_bytes(orjson.dumps(edited(changes)))
        yield db


def _shown_safely(out: str) -> bool:
    return not any(ord(ch) in UNSAFE and ch not in "\n\t" for ch in out)


@given(edits())
@example([("table", "articles", 0, "a", None)])  # a null table is damaged, not absent
@example([("set", "conflicts", 1, "quantity", None)])  # a group with no quantity name
@example([("set", "actors", 0, "type", None)])  # an actor whose type is null
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_command_gives_output_or_one_line(changes: list[tuple[Any, ...]]) -> None:
    with written(changes) as db:
        for args in COMMANDS:
            with _captured() as out:
                code = main(["--db", str(db), *args])
            stdout, stderr = out()
            assert code in (0, 2), (args, code, stderr)
            if code == 2 and args[0] != "doctor":
                assert stderr.count("\n") == 1 and not stdout, (args, stderr)
            assert _shown_safely(stdout) and _shown_safely(stderr), args


@given(edits())
@example(changes=[("set", "links", 0, "sentences", None)])  # an optional field stored as null
@example(changes=[("set", "links", 0, "weight", None)])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_readers_load_gives_a_corpus_or_one_line(changes: list[tuple[Any, ...]]) -> None:
    with written(changes) as db:
        try:
            corpus = Corpus.open(db)
        except ClaimscopeError as exc:
            assert "\n" not in str(exc)
            return
        _read_like_the_reader(corpus)


def _read_like_the_reader(corpus: Corpus) -> None:
    """What the reader asks of a store when it opens and as keys are pressed."""
    corpus.counts()
    for actor in corpus.actors():
        corpus.mentions(actor.id)
        for link in corpus.linked(actor.id):
            corpus.actor(link.other(actor.id))
    for article in corpus.articles():
        text = corpus.text(article.id)
        for figure in corpus.figures(article.id):
            assert 0 <= figure.start <= figure.end <= len(text)
            corpus.sentence(figure)
            for other in corpus.counterparts(figure.id):
                corpus.article(other.article)
        for mention in corpus.article_mentions(article.id):
            assert 0 <= mention.start <= mention.end <= len(text)
            if mention.actor is not None:
                corpus.next_mention(mention.actor, (article.id, mention.start))
    for group in corpus.conflicts():
        for figure_id in group.figures:
            corpus.figure(figure_id)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
@given(edits())
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
async def test_the_reader_opens_any_store_it_can_load(changes: list[tuple[Any, ...]]) -> None:
    with written(changes) as db:
        try:
            corpus = Corpus.open(db)
        except ClaimscopeError:
            return
        app = reader_app(corpus)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("n", "c", "m", "a", "l", "escape", "]", "v")
            await pilot.pause()
            assert app.is_running


class _captured:
    """stdout and stderr of the command line run in this process, bytes written included."""

    def __enter__(self) -> Callable[[], tuple[str, str]]:
        self._saved = sys.stdout, sys.stderr
        self._out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
        self._err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
        sys.stdout, sys.stderr = self._out, self._err
        return lambda: (self._out.buffer.getvalue().decode(),
                        self._err.buffer.getvalue().decode())

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self._saved
