"""The map half of an ingest: one article's text in, its rows out.

``article_rows`` is a pure function of an ``ArticleJob`` and the parses of its chunks (no store,
no other article), so the pipeline can run it in worker processes and reduce afterwards; the
corpus stage (``store.ingest.corpus_stage``) is the reduce. ``extract_all`` is the sequential
map: it streams every chunk of every job through ``nlp.pipe`` in batches of bounded size, and
yields each article's result as soon as its last chunk is parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.ingest.guard import Chunk, bound
from store.ingest.markup import unmarked
from store.ingest.metadata import Metadata, body_start
from store.model import EXTRACTOR_VERSION
from store.packing import named_mentions, pack_items, pack_spans, unpack_items, unpack_spans

BATCH_CHARS = 100_000  # characters parsed together: the parser holds ~3.7 MB per 1,000
BATCH_TEXTS = 16


@dataclass(frozen=True)
class ArticleJob:
    """Everything the map needs to know of one article; nothing of the store."""

    path: Path
    key: str  # what identifies it across re-ingests (its resolved path)
    article_id: str
    text: str
    sha: str
    note: str | None  # how it was decoded, when not UTF-8
    meta: Metadata
    replaces: bool  # its id is already in the store (a changed file)
    # the front matter's naming values (title, outlet, issuer): (start, end) and their text
    front: tuple[tuple[int, int, str], ...] = ()


@dataclass
class ArticleResult:
    row: dict[str, Any]
    figures: list[dict[str, Any]]
    mentions: dict[str, Any]
    limits: tuple[str, ...] = field(default=())


def article_rows(job: ArticleJob, parsed: list[tuple[Chunk, Any]], armed: frozenset[str],
                 limits: tuple[str, ...], ingested_at: str) -> ArticleResult:
    """The article's row, figure rows and mention row from the parses of its chunks (offsets
    into the whole text, whatever chunk they were found in)."""
    from store.extract.article import extract_article  # deferred: spaCy-backed extraction
    from store.extract.figures.parse import keep_text  # deferred: as above

    figures: list[dict[str, Any]] = []
    items: list[list[Any]] = []
    sentences: list[tuple[int, int]] = []
    for chunk, doc in parsed:
        keep_text(doc, chunk.text)  # the text it was parsed from
        found, mention_doc = extract_article(
            doc, job.article_id, job.meta.date, armed, outlet=job.meta.outlet, url=job.meta.url,
            body_start=max(0, body_start(job.text) - chunk.offset))
        figures.extend(_shift_figure(row, chunk.offset, job) for row in found)
        base = len(sentences)
        sentences.extend((s + chunk.offset, e + chunk.offset)
                         for s, e in unpack_spans(mention_doc["sentences"]))
        items.extend([s + chunk.offset, e + chunk.offset, label, actor, n + base]
                     for s, e, label, actor, n in unpack_items(mention_doc["items"]))
    # a figure read across a stretch a limit blanked does not match the text: it is no figure
    figures = [row for row in figures if job.text[row["start"]:row["end"]] == row["text"]]
    text = job.text
    if job.front:  # the names of the front matter's naming lines, in the text kept
        from store.extract.mentions.front import front_mentions  # deferred: as above

        for start, end, value in job.front:
            text = text[:start] + value + text[end:]
        found = front_mentions(text, tuple((s, e) for s, e, _ in job.front), items)
        if found:
            spans = sorted({(s, e) for s, e, _ in job.front})
            index = {span: n for n, span in enumerate(spans)}
            for item in found:
                item[4] = next(index[(s, e)] for s, e in spans if s <= item[0] < e)
            for item in items:
                item[4] += len(spans)
            items = found + items
            sentences = [*spans, *sentences]
    mentions = {"article": job.article_id, "items": pack_items(items),
                "sentences": pack_spans(sentences)}
    meta = job.meta
    row = {
        "id": job.article_id, "file": job.path.name, "path": job.key, "title": meta.title,
        "outlet": meta.outlet, "date": meta.date, "date_inferred": meta.date_inferred,
        "date_basis": meta.date_basis, "url": meta.url, "sha256": job.sha,
        "extractor": EXTRACTOR_VERSION, "note": job.note, "ingested_at": ingested_at,
        "n_figures": len(figures), "n_mentions": named_mentions(mentions["items"]),
        "text": text,
    }
    if limits:
        row["limits"] = list(limits)
    return ArticleResult(row, figures, mentions, limits)


def _shift_figure(row: dict[str, Any], offset: int, job: ArticleJob) -> dict[str, Any]:
    """A figure row found in a chunk, with offsets (and the ids made of them) into the article."""
    if not offset:
        return row
    prefix = f"{job.article_id}:"
    for name in ("start", "end"):
        row[name] += offset
    if row.get("sentence"):
        row["sentence"] = [row["sentence"][0] + offset, row["sentence"][1] + offset]
    for name in ("id", "revises"):  # ids are "<article>:<start>"
        value = row.get(name)
        if isinstance(value, str) and value.startswith(prefix):
            row[name] = f"{prefix}{int(value[len(prefix):]) + offset}"
    return row


def extract_all(jobs: Iterable[ArticleJob], nlp: Any, armed: frozenset[str],
                ingested_at: str) -> Iterator[tuple[ArticleJob, ArticleResult]]:
    """Every job's result, in order: the sequential map."""
    pending: dict[int, tuple[ArticleJob, list[tuple[Chunk, Any]], int, tuple[str, ...]]] = {}
    for number, chunk, doc in _parse(_chunks_of(jobs, pending), nlp):
        job, parsed, expected, limits = pending[number]
        parsed.append((chunk, doc))
        if len(parsed) == expected:
            del pending[number]
            yield job, article_rows(job, parsed, armed, limits, ingested_at)


def _chunks_of(jobs: Iterable[ArticleJob], pending: dict) -> Iterator[tuple[int, Chunk]]:
    for number, job in enumerate(jobs):
        bounded = bound(job.text)
        pending[number] = (job, [], len(bounded.chunks), bounded.limits)
        for chunk in bounded.chunks:
            yield number, Chunk(chunk.offset, unmarked(chunk.text))


def _parse(chunks: Iterator[tuple[int, Chunk]], nlp: Any) -> Iterator[tuple[int, Chunk, Any]]:
    """Chunks through ``nlp.pipe`` in batches of at most ``BATCH_CHARS`` characters (and
    ``BATCH_TEXTS`` texts), so memory follows the batch, not the corpus or the longest article."""
    batch: list[tuple[int, Chunk]] = []
    size = 0
    for number, chunk in chunks:
        if batch and (size + len(chunk.text) > BATCH_CHARS or len(batch) >= BATCH_TEXTS):
            yield from _parse_batch(batch, nlp)
            batch, size = [], 0
        batch.append((number, chunk))
        size += len(chunk.text)
    if batch:
        yield from _parse_batch(batch, nlp)


def _parse_batch(batch: list[tuple[int, Chunk]], nlp: Any) -> Iterator[tuple[int, Chunk, Any]]:
    longest = max(len(chunk.text) for _, chunk in batch)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    docs = nlp.pipe((chunk.text for _, chunk in batch), batch_size=len(batch))
    for (number, chunk), doc in zip(batch, docs, strict=True):
        yield number, chunk, doc
