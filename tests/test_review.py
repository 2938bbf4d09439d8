"""Judgements (``store.review``, ``claimscope review``): set and undone on the committed sample
store, their effect on groups and figures, and what is refused."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.corpus import Corpus
from store.db import load
from store.errors import ClaimscopeError
from store.review.corrections import check_fields, parse_value
from store.review.record import record_judgement, undo_last
from tui.cli import main

FIGHTERS_2015 = "004_5a367e0f5d5b079c:1138"  # 33,000 fighters, a U.S. estimate
FIGHTERS_2019 = "002_924c5df8b88bfb10:1148"  # 14,000-18,000 fighters, inspector generals
LIBYA_NOW = "000_a9e02c448f18381f:309"  # about 100 fighters in Libya


def tables(path: Path) -> dict:
    """The figures and groups as stored, wherever they are kept (inline or in the parts)."""
    data = load(path)
    return {name: sorted(data.get(name, {}).values(), key=lambda r: str(r.get("id")))
            for name in ("figures", "conflicts")}


def quantity_of(corpus: Corpus, figure_id: str) -> str | None:
    groups = [g for g in corpus.groups_of(figure_id) if g.kind == "quantity"]
    return groups[0].id if groups else None


@pytest.mark.parametrize(("text", "expected"), [
    ("30,000", (30000, 30000, "exact", None)),
    ("about 30,000", (30000, 30000, "about", None)),
    ("9,000-12,000", (9000, 12000, "range", None)),
    ("between 9,000 and 12,000", (9000, 12000, "range", None)),
    ("up to 25,000", (25000, 25000, "up_to", None)),
    ("$1.5 billion", (1.5e9, 1.5e9, "exact", "USD")),
    ("£30m-190m", (30e6, 190e6, "range", "GBP")),
])
def test_values_typed_by_hand(text: str, expected: tuple) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize("fields", [{"value": "many"}, {"period": "last spring"},
                                    {"colour": "red"}, {"counted": "  "}])
def test_corrections_that_say_nothing_are_refused(fields: dict) -> None:
    with pytest.raises(ClaimscopeError):
        check_fields(fields)


def test_wrongly_read_leaves_its_groups_and_undo_puts_it_back(committed_store_copy: Path) -> None:
    before = tables(committed_store_copy)
    done = record_judgement(committed_store_copy, "misread", figure=FIGHTERS_2015)
    assert "wrongly read" in done
    corpus = Corpus.open(committed_store_copy)
    figure = corpus.figure(FIGHTERS_2015)
    assert figure.misread and corpus.groups_of(FIGHTERS_2015) == []
    assert figure.value == "33,000 fighters"  # kept, never deleted
    assert corpus.conflict(corpus.group_of("004_5a367e0f5d5b079c:1104").id)
    with pytest.raises(ClaimscopeError, match="already"):
        record_judgement(committed_store_copy, "misread", figure=FIGHTERS_2015)
    assert "undid judgement 1" in undo_last(committed_store_copy)
    assert tables(committed_store_copy) == before
    with pytest.raises(ClaimscopeError, match="no judgement to undo"):
        undo_last(committed_store_copy)


def test_a_corrected_value_is_what_the_group_compares(committed_store_copy: Path) -> None:
    record_judgement(committed_store_copy, "correct", figure=FIGHTERS_2019,
                     fields={"value": "40,000"})
    corpus = Corpus.open(committed_store_copy)
    figure = corpus.figure(FIGHTERS_2019)
    assert (figure.low, figure.high) == (40000, 40000)
    assert figure.was == "14,000-18,000 fighters" and "correct" in figure.judged
    group = corpus.group_of(FIGHTERS_2019)
    # 40,000 in August against Guterres' range of March
    assert group is not None and group.verdict == "change_over_time"
    assert corpus.comparable(group, FIGHTERS_2019) == (40000, 40000)


def test_moving_a_figure_to_another_quantity_and_out(committed_store_copy: Path) -> None:
    corpus = Corpus.open(committed_store_copy)
    libya = quantity_of(corpus, LIBYA_NOW)
    assert libya and quantity_of(corpus, FIGHTERS_2019) != libya
    record_judgement(committed_store_copy, "move", figure=FIGHTERS_2019, to=libya)
    corpus = Corpus.open(committed_store_copy)
    assert FIGHTERS_2019 in corpus.conflict(libya).figures
    assert corpus.figure(FIGHTERS_2019).moved_to == "count:fighters|fighters||islamic-state|libya"
    record_judgement(committed_store_copy, "move", figure=FIGHTERS_2019, to=None)
    corpus = Corpus.open(committed_store_copy)
    assert corpus.groups_of(FIGHTERS_2019) == [] and corpus.figure(FIGHTERS_2019).moved_to == ""


def test_a_verdict_set_by_hand_keeps_the_computed_one(committed_store_copy: Path) -> None:
    group = Corpus.open(committed_store_copy).group_of(FIGHTERS_2015)
    assert group is not None and group.verdict == "contradiction"
    record_judgement(committed_store_copy, "verdict", group=group.id, verdict="consistent",
                     note="33,000 is the peak of the 20,000-30,000 range")
    judged = Corpus.open(committed_store_copy).conflict(group.id)
    assert (judged.verdict, judged.computed, judged.reviewed) == ("consistent", "contradiction",
                                                                   True)
    assert judged.note == "33,000 is the peak of the 20,000-30,000 range"
    assert "set by hand" in judged.reason
    with pytest.raises(ClaimscopeError, match="unknown verdict"):
        record_judgement(committed_store_copy, "verdict", group=group.id, verdict="true")
    with pytest.raises(ClaimscopeError, match="no conflict group"):
        record_judgement(committed_store_copy, "verdict", group="c000", verdict="consistent")


def test_the_command_line(committed_store_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(committed_store_copy)]
    assert main([*db, "review", "misread", FIGHTERS_2015]) == 0
    assert main([*db, "review", "correct", LIBYA_NOW, "--value", "about 120",
                 "--counted", "militants"]) == 0
    assert main([*db, "review", "list"]) == 0
    out = capsys.readouterr().out
    assert "wrongly read" in out and "value → about 120" in out and "applied" in out
    assert main([*db, "review", "correct", LIBYA_NOW]) == 2
    assert "nothing to correct" in capsys.readouterr().err
    assert main([*db, "review", "misread", "nope:1"]) == 2
    assert main([*db, "review", "undo"]) == 0
    assert "undid judgement 2" in capsys.readouterr().out
    assert main([*db, "review", "list", "--json"]) == 0
    rows = orjson.loads(capsys.readouterr().out)
    assert [r["op"] for r in rows] == ["misread"]
