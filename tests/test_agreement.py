"""Second readings stay tied to their gold: a reading that drifted from its set's figures would
measure the readers against the wrong numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.agreement import _head, program_misses, readers_agreement, second_of

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
    ("jobs Wyeford University will cut", "jobs"),
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


def _figure(text: str, offset: int, low: float, unit: str, counted: str) -> dict:
    return {"article": "a.txt", "char_offset": offset, "text": text, "low": low, "high": low,
            "approx": "exact", "unit": unit, "counted": counted}


@pytest.mark.parametrize(("program", "listed"), [
    # the program reads both figures as the two readers do: nothing is its own error
    ([(40, "loaves", "loaves baked"), (12, "bakeries", "bakeries closed")], []),
    # a unit and a counted noun the readers agree on and the program does not
    ([(40, "tonnes", "loaves baked"), (12, "bakeries", "ovens")],
     ["value   a.txt '40': 40-40 tonnes vs 40-40 loaves",
      "counted a.txt '12': 'ovens' vs 'bakeries closed'"]),
])
def test_the_program_misses_are_the_figures_both_readers_agree_on(program, listed) -> None:
    gold = {"figures": [_figure("40", 0, 40, "loaves", "loaves baked"),
                        _figure("12", 20, 12, "bakeries", "bakeries closed")]}
    reading = [{"i": i, **f} for i, f in enumerate(gold["figures"])]
    exported = {"articles": [{"id": "a", "file": "a.txt"}],
                "figures": [{"article": "a", "start": g["char_offset"],
                             "end": g["char_offset"] + len(g["text"]), "low": low, "high": low,
                             "unit": unit, "counted": counted}
                            for g, (low, unit, counted) in zip(gold["figures"], program,
                                                                strict=True)]}
    assert program_misses(gold, reading, exported, _first_word_root) == listed
