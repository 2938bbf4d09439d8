"""The gold files themselves are consistent: every offset points at its text, every conflict index
at its figure. A gold file that drifted from its article would make every score meaningless."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXTRA, EXTRA2, SEEDS

APPROX = {"exact", "about", "up_to", "at_least", "more_than", "range"}


@pytest.mark.parametrize("which", ["seed", "extra", "extra2"])
def test_gold_offsets_point_at_their_text(which: str, request: pytest.FixtureRequest) -> None:
    folder = {"seed": SEEDS, "extra": EXTRA, "extra2": EXTRA2}[which]
    gold = request.getfixturevalue(f"{which}_gold")
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in gold["articles"]}
    for fig in gold["figures"]:
        text = texts[fig["article"]]
        start = fig["char_offset"]
        assert text[start:start + len(fig["text"])] == fig["text"], fig
        assert fig["low"] <= fig["high"], fig
        assert fig["approx"] in APPROX, fig
    for group in gold["conflicts"]:
        for (article, text), k in zip(group["figures"], group["figure_idx"], strict=True):
            assert (gold["figures"][k]["article"], gold["figures"][k]["text"]) == (article, text)


GOLD = EXTRA.parent
SETS = sorted(p.name for p in GOLD.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", SETS)
def test_every_gold_set_points_at_its_text(name: str) -> None:
    """Every extra set, not only the three with fixtures: a gold file names exactly the articles
    of its folder, and each figure's offset still points at its text."""
    folder = GOLD / name
    gold = json.loads((folder / f"{name}-gold.json").read_text(encoding="utf-8"))
    articles = {p.name for p in folder.iterdir() if p.suffix != ".json"}
    assert set(gold["articles"]) == articles
    texts = {article: (folder / article).read_text(encoding="utf-8") for article in articles}
    for fig in gold["figures"]:
        start = fig["char_offset"]
        assert texts[fig["article"]][start:start + len(fig["text"])] == fig["text"], fig
        assert fig["low"] <= fig["high"], fig
        assert fig["approx"] in APPROX, fig
