"""The indexes that keep long-article passes linear answer exactly what the scans they replace
answered: the tagger's spans overlapping a repeat, the names a lone word might shorten."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.actors.records import MentionRecord, edge_words
from store.extract.mentions.repeats import _Taken
from store.extract.mentions.spans import Span

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=12), _SPAN)
def test_overlap_by_bisecting_is_the_overlap_of_any_span(spans, stretch):
    taken = _Taken([Span(s, e, "ORG") for s, e in spans])
    start, end = stretch
    assert taken.overlaps(start, end) == any(start < e and end > s for s, e in spans)


@pytest.mark.parametrize(("spans", "stretch", "overlaps"), [
    ([], (0, 5), False),
    ([(0, 10)], (10, 14), False),  # touching is no overlap
    ([(0, 10)], (9, 14), True),
    ([(0, 40), (12, 14)], (20, 24), True),  # a long span started before a short one
    ([(0, 5), (30, 35)], (10, 20), False),
])
def test_overlap_cases(spans, stretch, overlaps):
    assert _Taken([Span(s, e, "ORG") for s, e in spans]).overlaps(*stretch) is overlaps


def _mention(index: int, key: str) -> MentionRecord:
    return MentionRecord(index, "a", 0, 0, 1, "ORG", key, key, [])


def test_edge_words_index_names_of_two_words_or_more_by_first_and_last_word():
    mentions = [_mention(0, "new york times"), _mention(1, "times"), _mention(2, "cape of cape"),
                _mention(3, "board")]
    index = edge_words(mentions)
    assert [m.index for m, _ in index["times"]] == [0]
    assert [m.index for m, _ in index["new"]] == [0]
    assert [m.index for m, _ in index["cape"]] == [2]  # once, though first and last
    assert index["cape"][0][1] == ["cape", "of", "cape"]
    assert "board" not in index and "york" not in index
