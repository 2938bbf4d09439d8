"""The presentation layer the reader and the command line share: dates, marks, the range chart."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from store.corpus import Corpus
from store.model import Article
from tests.conftest import ROOT
from tui.present.chart import Axis, Bar, bar_cells, chart, group_chart
from tui.present.labels import article_date, dated, where_from
from tui.present.marks import VERDICT_MARKS, verdict_glyph, verdict_label

ARTICLE = Article(id="a", file="a.txt", path="a.txt", title="Caliphate defeated", outlet="RNZ",
                  date="2019-03", date_inferred=True, date_basis="dateline", url=None, order=0,
                  n_figures=3, n_mentions=9)


def test_an_article_date_says_whether_it_was_inferred() -> None:
    assert article_date(ARTICLE) == "~2019-03"
    assert article_date(replace(ARTICLE, date_inferred=False)) == "2019-03"
    assert article_date(replace(ARTICLE, date=None)) == "undated"
    assert where_from(ARTICLE) == "RNZ, ~2019-03"
    assert where_from(replace(ARTICLE, outlet=None, date=None)) == "Caliphate defeated, undated"
    assert dated(replace(ARTICLE, outlet=None)) == "~2019-03"


def test_every_verdict_reads_without_colour() -> None:
    assert verdict_label("contradiction") == "✗ contradiction"
    assert verdict_label("none") == "no counterpart" and verdict_glyph("none") == ""
    assert len({verdict_glyph(v) for v in VERDICT_MARKS}) == len(VERDICT_MARKS)


def test_range_chart_shows_overlap_gaps_and_open_sides() -> None:
    bars = [Bar("a", 14000, 18000, "range"), Bar("b", 15000, 20000, "range"),
            Bar("c", 30000, 30000, "exact"), Bar("d", 25000, 25000, "up_to"),
            Bar("e", 12000, 12000, "more_than"), Bar("f", 16000, 16000, "about")]
    axis = Axis.fit(bars)
    cells = {b.label: bar_cells(b, axis, 40) for b in bars}
    filled = {k: {i for i, ch in enumerate(v) if ch == "█"} for k, v in cells.items()}
    assert filled["a"] & filled["b"]  # overlapping ranges share columns
    assert not filled["c"] & (filled["a"] | filled["b"])  # a gap stays visible
    assert cells["d"].startswith("◀─") and cells["e"].endswith("─▶")
    assert "░" in cells["f"]
    assert all(len(v) == 40 for v in cells.values())


def test_range_chart_uses_a_log_axis_for_wide_spreads() -> None:
    bars = [Bar("a", 4, 4, "exact"), Bar("b", 6, 6, "exact"), Bar("c", 500, 500, "exact")]
    axis = Axis.fit(bars)
    assert axis.log
    a, b = (bar_cells(x, axis, 40).index("█") for x in bars[:2])
    assert b - a >= 2  # 4 and 6 stay apart next to 500
    assert chart(bars, "", 60)[-1].plain.endswith("(log scale)")


def test_a_group_chart_has_a_bar_per_figure_with_its_source_and_value(
        committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    for group in corpus.conflicts():
        lines = group_chart(corpus, group, 100).plain.splitlines()
        assert lines[0].startswith(verdict_label(group.verdict))
        bars = lines[1:-1]
        assert len(bars) == len(group.figures)
        for line, figure_id in zip(bars, group.figures, strict=True):
            figure = corpus.figure(figure_id)
            assert line.startswith(figure.source[:10]) and line.endswith(figure.value[:24])
            assert "█" in line and len(line) <= 100
        assert lines[-1].endswith(("(linear)", "(log scale)"))


def test_the_command_line_draws_the_same_chart_without_the_interface(
        committed_store: Path) -> None:
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"main(['--db', {str(committed_store)!r}, 'conflicts', '--verdict', 'contradiction'])\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "COLUMNS": "120", "PATH": ""},
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "LOADED []"
    corpus = Corpus.open(committed_store)
    group = corpus.conflicts("contradiction")[0]
    assert verdict_label(group.verdict) in out
    for n, figure_id in enumerate(group.figures, 1):
        figure = corpus.figure(figure_id)
        assert any(line.lstrip().startswith(f"{n} {figure.source[:10]}") and "█" in line
                   and figure.value in line for line in out.splitlines())
