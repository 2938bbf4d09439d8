"""The gold files themselves are consistent: every offset points at its text, every conflict index
at its figure. A gold file that drifted from its article would make every score meaningless."""

from __future__ import annotations

import pytest

from tests.conftest import EXTRA, SEEDS

APPROX = {"exact", "about", "up_to", "at_least", "more_than", "range"}


@pytest.mark.parametrize("which", ["seed", "extra"])
def test_gold_offsets_point_at_their_text(which: str, seed_gold: dict, extra_gold: dict) -> None:
    gold, folder = (seed_gold, SEEDS) if which == "seed" else (extra_gold, EXTRA)
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
