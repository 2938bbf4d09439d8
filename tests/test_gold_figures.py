"""Extraction quality against the hand-made gold sets; fails below the bar on the samples.

The extra articles (another subject, written with their gold before the grammar saw them) are
scored and printed the same way; their numbers are reported, not tuned to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from tests.scoring import HEADER, FigureScore, score_figures

BAR = {"precision": 0.95, "recall": 0.97, "value": 0.97, "approx": 0.90, "counted": 0.85}


def _predicted(store: Path) -> list[dict]:
    corpus = Corpus.open(store)
    files = {a.id: a.file for a in corpus.articles()}
    return [
        {"article": files[f.article], "start": f.start, "end": f.end, "text": f.text,
         "low": f.low, "high": f.high, "unit": f.unit, "approx": f.approx, "counted": f.counted}
        for f in corpus.figures()
    ]


def _report(name: str, score: FigureScore) -> None:
    print(f"\nfigure extraction, {name}\n{HEADER}\n{score.row(name)}")
    for line in score.errors:
        print("   ", line)


@pytest.fixture(scope="module")
def seed_score(seed_store: Path, seed_gold: dict) -> FigureScore:
    score = score_figures(_predicted(seed_store), seed_gold["figures"])
    _report("samples", score)
    return score


def _record(gold_score, name: str, s: FigureScore) -> None:
    gold_score(name, "figures P", f"{s.precision:.3f}")
    gold_score(name, "figures R", f"{s.recall:.3f}")
    gold_score(name, "value", f"{s.rate(s.value_ok):.3f}")
    gold_score(name, "counted", f"{s.rate(s.counted_ok):.3f}")


@pytest.mark.slow
def test_sample_figures_meet_the_bar(seed_score: FigureScore, gold_score) -> None:
    s = seed_score
    _record(gold_score, "samples", s)
    assert s.precision >= BAR["precision"], s.errors
    assert s.recall >= BAR["recall"], s.errors
    assert s.rate(s.value_ok) >= BAR["value"], s.errors
    assert s.rate(s.approx_ok) >= BAR["approx"], s.errors
    assert s.rate(s.counted_ok) >= BAR["counted"], s.errors


@pytest.mark.slow
@pytest.mark.parametrize("name", ["extra", "extra2"])
def test_extra_articles_are_scored(name: str, request: pytest.FixtureRequest,
                                   gold_score) -> None:
    store = request.getfixturevalue(f"{name}_store")
    gold = request.getfixturevalue(f"{name}_gold")
    score = score_figures(_predicted(store), gold["figures"])
    _report(name, score)
    _record(gold_score, name, score)
    # reported, not tuned to; a collapse would still be a regression worth failing on
    assert score.recall >= 0.8 and score.precision >= 0.8, score.errors
