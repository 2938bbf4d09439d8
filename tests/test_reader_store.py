"""The stand-in store the reader's tests open (``reader_store``) has what they rely on."""

from __future__ import annotations

from pathlib import Path

from store.corpus import Corpus


def test_the_stand_in_store_has_every_verdict_across_articles(reader_store: Path) -> None:
    corpus = Corpus.open(reader_store)
    verdicts = {g.verdict for g in corpus.conflicts()}
    assert verdicts == {"consistent", "contradiction", "change_over_time", "revision"}
    for group in corpus.conflicts():
        assert len(group.figures) >= 2
        for fid in group.figures:
            assert corpus.figure(fid).id == fid
    assert any(len({corpus.figure(f).article for f in g.figures}) >= 2
               for g in corpus.conflicts("contradiction"))
    assert corpus.linked(corpus.actors()[0].id)
