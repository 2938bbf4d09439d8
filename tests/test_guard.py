"""Bounded work per article: what of a text is handed to spaCy, in pieces of what size, and which
limit cut the rest (``store.ingest.guard``); batches of bounded size (``store.ingest.extraction``).
No spaCy: a stand-in parser records what it is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.ingest import guard
from store.ingest.extraction import BATCH_CHARS, ArticleJob, _parse, _shift_figure
from store.ingest.guard import Chunk, bound
from store.ingest.metadata import Metadata

PROSE = "Officials in Kassala said 4,000 fighters had joined the Northern Front in May. "
PARAGRAPH = PROSE * 10


def _consistent(text: str, chunk: Chunk) -> bool:
    """A chunk holds the article's characters at its offset, or blanks where a limit cut."""
    original = text[chunk.offset:chunk.offset + len(chunk.text)]
    return len(original) == len(chunk.text) and all(
        c == o or (c == " " and o != "\n") for c, o in zip(chunk.text, original, strict=True))


def test_an_article_within_every_limit_is_one_chunk_its_whole_text() -> None:
    text = "\n\n".join([PARAGRAPH] * 20)
    assert bound(text) == guard.Bounded((Chunk(0, text),), ())


@pytest.mark.parametrize(("hostile", "limit"), [
    (" ".join(str(n) for n in range(guard.MAX_NUMBERS + 1)), "numbers"),
    ("(" * 50_000 + "x" + ")" * 50_000, "longer than"),  # a bracket bomb is one long token
    ("( " * 30_000 + "x" + " )" * 30_000, "brackets"),
    ("[a] " * (guard.MAX_BRACKETS // 2 + 1), "brackets"),
    ("see data:image/png;base64," + "A" * 500_000 + " here", "longer than"),
])
def test_a_hostile_paragraph_is_left_out_and_named(hostile: str, limit: str) -> None:
    text = f"{PARAGRAPH}\n\n{hostile}\n\n{PARAGRAPH}\n"
    bounded = bound(text)
    assert len(bounded.limits) == 1 and limit in bounded.limits[0]
    parsed = "".join(chunk.text for chunk in bounded.chunks)
    assert parsed.count("4,000") == 20  # the prose on both sides is still read
    assert all(_consistent(text, chunk) for chunk in bounded.chunks)
    assert max(len(t) for chunk in bounded.chunks for t in chunk.text.split()) <= guard.MAX_TOKEN


def test_a_long_token_is_counted_once_and_the_prose_around_it_read_whole() -> None:
    text = PARAGRAPH + "\n\ndata:image/png;base64," + "QUJD" * 300_000 + "\n\n" + PARAGRAPH
    bounded = bound(text)
    assert bounded.limits == (f"left out: tokens longer than {guard.MAX_TOKEN} characters (1)",)
    assert "".join(c.text for c in bounded.chunks).count("4,000") == 20


def test_a_long_token_is_cut_out_of_its_paragraph_not_the_paragraph() -> None:
    text = PROSE + "x" * (guard.MAX_TOKEN + 1) + " " + PROSE
    (chunk,) = bound(text).chunks
    assert chunk.text.count("4,000") == 2 and "x" * 10 not in chunk.text


def test_a_huge_article_is_read_up_to_the_limit_in_chunks() -> None:
    text = ("\n\n".join([PARAGRAPH] * 10) + "\n\n") * 1000  # about 8 MB
    bounded = bound(text)
    assert any(f"limit {guard.MAX_CHARS:,}" in line for line in bounded.limits)
    assert all(len(chunk.text) <= guard.CHUNK for chunk in bounded.chunks)
    read = sum(len(c.text.replace("\n", "")) for c in bounded.chunks)
    assert guard.MAX_CHARS * 0.95 <= read <= guard.MAX_CHARS
    assert all(_consistent(text, chunk) for chunk in bounded.chunks)


def test_one_paragraph_longer_than_a_chunk_is_cut_at_sentence_ends() -> None:
    text = PROSE * 2000  # 160,000 characters, no newline
    chunks = bound(text).chunks
    assert len(chunks) > 2 and all(len(c.text) <= guard.CHUNK for c in chunks)
    assert all(c.text.rstrip().endswith("May.") for c in chunks)
    assert "".join(c.text for c in chunks) == text


class StandInParser:
    """Records the batches ``nlp.pipe`` is given; a doc is the text itself."""

    max_length = 1_000_000

    def __init__(self) -> None:
        self.batches: list[int] = []

    def pipe(self, texts, batch_size: int):
        texts = list(texts)
        self.batches.append(sum(len(t) for t in texts))
        assert batch_size == len(texts)
        return iter(texts)


def test_chunks_are_parsed_in_batches_of_bounded_size() -> None:
    text = ("\n\n".join([PARAGRAPH] * 10) + "\n\n") * 300
    chunks = [(n, chunk) for n in range(3) for chunk in bound(text).chunks]
    nlp = StandInParser()
    parsed = list(_parse(iter(chunks), nlp))
    assert [(n, c) for n, c, _ in parsed] == chunks
    assert max(nlp.batches) <= BATCH_CHARS


def test_figures_found_in_a_chunk_point_into_the_article() -> None:
    job = ArticleJob(Path("a.txt"), "/a.txt", "a", "x", "sha", None,
                     Metadata("t", None, None, False, None, None), replaces=False)
    row = {"id": "a:10", "start": 10, "end": 15, "sentence": [0, 40], "revises": "a:3",
           "text": "4,000"}
    assert _shift_figure(dict(row), 0, job) == row
    shifted = _shift_figure(dict(row), 1000, job)
    assert (shifted["id"], shifted["start"], shifted["end"], shifted["sentence"],
            shifted["revises"]) == ("a:1010", 1010, 1015, [1000, 1040], "a:1003")
