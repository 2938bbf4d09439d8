"""Second readings stay tied to their gold: a reading that drifted from its set's figures would
measure the readers against the wrong numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.agreement import _head, readers_agreement, second_of

GOLD = Path(__file__).parent / "gold"
READ_TWICE = sorted(p.name for p in GOLD.iterdir() if p.is_dir() and second_of(p) is not None)
APPROX = {"exact", "about", "up_to", "at_least", "more_than", "range"}


def test_some_sets_are_read_twice() -> None:
    assert len(READ_TWICE) >= 5


@pytest.mark.parametrize("name", READ_TWICE)
def test_second_reading_lists_the_gold_figures(name: str) -> None:
    folder = GOLD / name
    gold = json.loads((folder / f"{name}-gold.json").read_text(encoding="utf-8"))
    reading = second_of(folder)
    assert reading is not None
    # the scorer leaves optional figures out, so a second reader may leave them out too
    wanted = {i for i, g in enumerate(gold["figures"]) if not g.get("optional")}
    listed = [r["i"] for r in reading]
    assert listed == sorted(set(listed)), "each figure once, in gold order"
    assert wanted <= set(listed) <= set(range(len(gold["figures"])))
    for r in reading:
        g = gold["figures"][r["i"]]
        assert (r["article"], r["char_offset"], r["text"]) == (
            g["article"], g["char_offset"], g["text"]), r
        assert r["approx"] in APPROX, r
        assert r["low"] <= r["high"], r


class _Root:
    """A stand-in parse: the first word is the root, as it is of "jobs at risk"."""

    def __init__(self, text: str, root: bool) -> None:
        self.text, self.dep_ = text, "ROOT" if root else "dep"


def _first_word_root(phrase: str) -> list[_Root]:
    return [_Root(w, i == 0) for i, w in enumerate(phrase.split())]


@pytest.mark.parametrize(("phrase", "head"), [
    ("jobs Trentside University will cut", "jobs"),
    ("", ""),
])
def test_head_is_the_root_of_the_phrase(phrase: str, head: str) -> None:
    assert _head(phrase, _first_word_root) == head


def test_gold_read_against_itself_agrees_fully() -> None:
    folder = GOLD / READ_TWICE[0]
    gold = json.loads((folder / f"{folder.name}-gold.json").read_text(encoding="utf-8"))
    itself = [{"i": i, **{k: g[k] for k in ("article", "char_offset", "text", "low", "high",
                                            "approx", "unit", "counted")}}
              for i, g in enumerate(gold["figures"])]
    row = readers_agreement(folder, gold, itself, _first_word_root)
    # two gold figures whose spans overlap both match the first one (the scorer's rule), so a
    # set can fall a hair short of 1 against itself
    assert row["value"] >= 0.99
    assert row["counted"] >= 0.99
    assert row["unit"] == 1.0
