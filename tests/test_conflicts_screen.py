"""The conflicts screen and ``claimscope conflicts``: a tree, contradictions first, a verdict
filter, counts that keep contradictions apart from agreement, and Enter on two articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.db import open_for_write
from tests.conftest import copy_store
from tests.test_reader import open_reader
from tui.cli import main
from tui.present.groups import ORDER, RANK, group_rows, reading_pair, verdict_counts

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_rows_are_a_tree_sharpest_first(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    rows = group_rows(corpus)
    assert len(rows) == len(corpus.conflicts())
    roots = [r for r in rows if r.depth == 0]
    ranks = [RANK[r.sharpest] for r in roots]
    assert ranks == sorted(ranks)
    for i, row in enumerate(rows):
        if row.depth:  # an inner group sits under its parent, deeper by one
            parent = next(r for r in reversed(rows[:i]) if r.depth == row.depth - 1)
            assert row.group.parent == parent.group.id
            assert RANK[parent.sharpest] <= RANK[row.sharpest]
    counts = verdict_counts(corpus)
    assert counts["groups"] == len(roots) and sum(counts[v] for v in ORDER) == len(roots)


@pytest.mark.parametrize("verdict", ORDER)
def test_a_verdict_filter_keeps_its_groups_and_their_parents(committed_store: Path,
                                                           verdict: str) -> None:
    corpus = Corpus.open(committed_store)
    rows = group_rows(corpus, verdict)
    assert {r.group.id for r in rows if r.matches} == {g.id for g in corpus.conflicts(verdict)}
    shown = {r.group.id for r in rows}
    for row in rows:
        assert row.matches or any(r.matches for r in rows if r.group.parent == row.group.id
                                  or r.depth > row.depth)
        if row.group.parent is not None:
            assert row.group.parent in shown


def test_the_command_counts_contradictions_apart_and_lists_them_first(
        committed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(committed_store), "conflicts"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("5 quantities compared: 1 ✗ contradiction,")
    assert "✓ consistent" in first and "conflicts" not in first
    titles = [line for line in out.splitlines() if line.lstrip("└ ").startswith(("✗", "↻", "✓"))]
    assert titles[0].startswith("↻") and "✗" in titles[1]  # the tree holding the contradiction
    assert main(["--db", str(committed_store), "conflicts", "--json", "--verdict",
                 "contradiction"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["verdict"] for r in rows} == {"contradiction"}


def test_revision_filter_on_the_command_line(reader_store: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(reader_store), "conflicts", "--verdict", "revision"]) == 0
    out = capsys.readouterr().out
    assert "1 ✎ revision" in out.splitlines()[0] and "1 group with the verdict revision" in out
    assert "✗ contradiction" not in out.split("\n", 1)[1]


def _one_article_pair(path: Path) -> str:
    """Give the widest group of a copy a pair in one article although it spans several."""
    corpus = Corpus.open(path)
    group = next(g for g in corpus.conflicts()
                 if len({corpus.figure(f).article for f in g.figures}) >= 2
                 and any(len([f for f in g.figures if corpus.figure(f).article == a]) >= 2
                         for a in {corpus.figure(f).article for f in g.figures}))
    by_article: dict[str, list[str]] = {}
    for f in group.figures:
        by_article.setdefault(corpus.figure(f).article, []).append(f)
    same = next(fs for fs in by_article.values() if len(fs) >= 2)[:2]
    with open_for_write(path) as session:
        rows = session.table("conflicts").all()
        for row in rows:
            if row["id"] == group.id:
                row["pair"] = same
        session.table("conflicts").truncate()
        session.table("conflicts").insert_multiple(rows)
        session.commit()
    return group.id


def test_enter_reads_two_articles_when_the_group_has_two(reader_store: Path,
                                                         tmp_path: Path) -> None:
    path = copy_store(reader_store, tmp_path)
    group_id = _one_article_pair(path)
    corpus = Corpus.open(path)
    group = corpus.conflict(group_id)
    first, second = reading_pair(corpus, group)
    assert first in group.pair
    assert corpus.figure(first).article != corpus.figure(second).article
    for g in corpus.conflicts():
        a, b = reading_pair(corpus, g)
        articles = {corpus.figure(f).article for f in g.figures}
        assert (corpus.figure(a).article != corpus.figure(b).article) == (len(articles) > 1)
        assert corpus.figure(a).sentence != corpus.figure(b).sentence or len(
            {corpus.figure(f).sentence for f in g.figures}) == 1


@pytest.mark.slow  # among the longest Pilot tests: the full run, not the fast lane
async def test_v_shows_the_tree_f_filters_and_enter_opens_the_pair(reader_store: Path) -> None:
    from tui.screens.conflicts import ConflictsScreen
    from tui.widgets.range_chart import RangeChart
    from tui.widgets.virtual_list import VirtualList

    corpus = Corpus.open(reader_store)
    rows = group_rows(corpus)
    async with open_reader(reader_store) as (app, pilot, screen, _notes):
        await pilot.press("v")
        conflicts = app.screen
        assert isinstance(conflicts, ConflictsScreen)
        listing = conflicts.query_one("#conflicts-table", VirtualList)
        assert listing.count == len(rows)
        assert [r.group.id for r in conflicts.rows] == [r.group.id for r in rows]
        verdicts = [r.group.verdict for r in conflicts.rows]
        assert verdicts == sorted(verdicts, key=ORDER.index)  # the stand-ins are flat
        assert "1 ✗ contradiction" in conflicts.sub_title
        assert conflicts.query_one(RangeChart).group.id == rows[0].group.id
        await pilot.press("j")  # the chart follows the cursor
        await pilot.pause()
        assert conflicts.query_one(RangeChart).group.id == rows[1].group.id
        for verdict in ORDER:
            await pilot.press("f")
            shown = [r.group.verdict for r in conflicts.rows]
            assert shown and set(shown) == {verdict}, verdict
            assert listing.count == len(shown)
            assert f"only {verdict.replace('_', ' ')}" in conflicts.sub_title
        await pilot.press("f")  # round again: every verdict
        assert listing.count == len(rows)
        await pilot.press("f", "f", "enter")  # revisions only, and the first one read
        assert app.screen is screen
        revision = corpus.conflicts("revision")[0]
        left, right = screen.panes
        assert {left.figure.id, right.figure.id} == set(revision.pair)
        assert left.article.id != right.article.id
        assert "revised by the stand-in ministry from" in screen.claim_bar.plain


def _many_groups(folder: Path, n: int) -> Path:
    """A copy of the committed store with ``n`` groups of two figures each, flat, spreads all
    different (so their order is known), the last one widest."""
    from tests.committed_store import COMMITTED

    path = copy_store(COMMITTED, folder)
    with open_for_write(path) as session:
        figures = [f for f in session.table("figures").all() if f["low"] > 0]
        rows = []
        for i in range(n):
            a, b = figures[i % len(figures)], figures[(i + 1) % len(figures)]
            rows.append({"id": f"g{i:04d}", "quantity": f"stand-in quantity {i:04d}",
                         "key": f"k{i}", "verdict": "consistent", "spread": 1 + (n - i) / n,
                         "reason": "A stand-in group.", "figures": [a["id"], b["id"]],
                         "values": {f["id"]: [f["low"], f["high"]] for f in (a, b)}})
        session.table("conflicts").truncate()
        session.table("conflicts").insert_multiple(rows)
        session.commit()
    return path


def _shown(widget) -> str:
    """The lines a widget draws, as text."""
    return "\n".join("".join(segment.text for segment in widget.render_line(y))
                     for y in range(widget.size.height))


async def test_the_conflicts_list_draws_only_the_rows_on_screen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand groups: opening the screen makes the cells of the rows it shows, not of every
    row; the end key shows (and makes) the last ones, and the chart follows."""
    from tui.screens.conflicts import ConflictsScreen
    from tui.widgets.range_chart import RangeChart

    path = _many_groups(tmp_path, 1000)
    made: list[str] = []
    cells = ConflictsScreen._cells

    def counted(self: ConflictsScreen, row) -> list:
        made.append(row.group.id)
        return cells(self, row)

    monkeypatch.setattr(ConflictsScreen, "_cells", counted)
    async with open_reader(path) as (app, pilot, _screen, _notes):
        await pilot.press("v")
        await pilot.pause()
        conflicts = app.screen
        assert isinstance(conflicts, ConflictsScreen) and len(conflicts.rows) == 1000
        listing = conflicts.listing
        assert "stand-in quantity 0000" in _shown(listing)  # the widest first
        # a row is made again at each width (the scroll bar narrows the list once): count rows
        assert 0 < len(set(made)) <= listing.size.height, "rows off screen were made on open"
        await pilot.press("end")
        await pilot.pause()
        last = conflicts.rows[-1].group
        assert last.quantity == "stand-in quantity 0999" and last.quantity in _shown(listing)
        assert last.id in made and len(set(made)) <= 2 * listing.size.height
        assert conflicts.selected == last
        assert conflicts.query_one(RangeChart).group.id == last.id


def test_every_reason_is_a_sentence_that_names_its_pair(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    for group in corpus.conflicts():
        reason = group.reason
        assert not reason[0].islower() and reason.endswith("."), reason
        assert " vs " not in reason and "→" not in reason, reason
        for figure_id in group.pair:
            assert corpus.figure(figure_id).value.lower() in reason.lower(), (reason, figure_id)


async def test_the_chart_of_a_large_group_makes_only_the_lines_in_view(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A group of every figure of the store (more than a chart draws whole): the screen shows
    its heading and the first bars having read only those figures; scrolled to the end, the
    last bars and the ruler."""
    from tests.committed_store import COMMITTED
    from tui.present import chart as chart_mod
    from tui.widgets.range_chart import RangeChart

    path = copy_store(COMMITTED, tmp_path)
    with open_for_write(path) as session:
        figures = [f for f in session.table("figures").all() if f["low"] > 0]
        session.table("conflicts").truncate()
        session.table("conflicts").insert({
            "id": "everything", "quantity": "every figure", "key": "k", "verdict": "contradiction",
            "spread": 9.0, "reason": "A stand-in group.", "figures": [f["id"] for f in figures],
            "values": {f["id"]: [f["low"], f["high"]] for f in figures}})
        session.commit()
    assert len(figures) > chart_mod.WHOLE
    read: list[str] = []
    bar_of = chart_mod.group_bar

    def counted(corpus: Corpus, group, fid: str):
        read.append(fid)
        return bar_of(corpus, group, fid)

    monkeypatch.setattr(chart_mod, "group_bar", counted)
    async with open_reader(path) as (app, pilot, _screen, _notes):
        await pilot.press("v")
        await pilot.pause()
        chart = app.screen.query_one(RangeChart)
        box = chart.scrollable_content_region.height
        assert box < len(figures) and 0 < len(set(read)) <= box, "figures out of view were read"
        assert chart.height_at(chart.size.width) == 1 + len(figures) + 1
        assert chart.line(0).plain.startswith("✗ contradiction · every figure")
        assert "█" in chart.line(1).plain and figures[0]["source"] in chart.line(1).plain
        chart.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert figures[-1]["id"] in read
        last = chart.line(len(figures) + 1).plain
        assert "scale)" in last  # the ruler
