"""What an ingest has to do, decided before any parse: which files are new or changed (jobs for
the map), which are unchanged, which moved, and which cannot be read (a line each).

An article is known by its resolved path; a file whose path is new but whose text is that of a
stored article whose file is gone is that article moved (a folder renamed or reorganised): it
keeps its id and its records, only its path is updated, so a move never duplicates a corpus.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import SkipFile
from store.ingest.corpus_dates import date_by_corpus
from store.ingest.documents import READ_SUFFIXES, REFUSED_SUFFIXES, load_document
from store.ingest.extraction import ArticleJob
from store.ingest.metadata import article_metadata
from store.ingest.reading import discover
from store.model import EXTRACTOR_VERSION


@dataclass
class Plan:
    jobs: list[ArticleJob] = field(default_factory=list)
    moved: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (id, new fields)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def note(self, path: str, line: str) -> None:
        if (path, line) not in self.notes:
            self.notes.append((path, line))


def article_key(path: Path) -> str:
    """What identifies an article across re-ingests: its resolved path."""
    return str(path.resolve())


def sha_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _article_id(path: Path, taken: set[str]) -> str:
    base = path.stem
    if base not in taken:
        return base
    return f"{base}-{hashlib.sha1(article_key(path).encode()).hexdigest()[:6]}"


def plan_ingest(paths: Iterable[Path], stored: list[dict[str, Any]], *, max_bytes: int,
                follow_links: bool, own: Any) -> Plan:
    """Read every file under ``paths`` and compare it with the ``stored`` article rows."""
    plan = Plan()
    by_key = {row.get("path"): row for row in stored}
    gone = _gone_by_sha(stored)
    taken = {row["id"] for row in stored}
    seen: set[str] = set()
    for path, skip in discover(paths, suffixes=READ_SUFFIXES, refused=REFUSED_SUFFIXES,
                               follow_links=follow_links, own=own):
        if skip is not None:
            plan.skipped.append((str(path), skip.reason))
            continue
        key = article_key(path)
        if key in seen:
            continue
        seen.add(key)
        try:
            decoded = load_document(path, max_bytes=max_bytes)
        except SkipFile as exc:
            plan.skipped.append((str(path), exc.reason))
            continue
        if decoded.note:
            plan.note(str(path), decoded.note)
        sha = sha_of(decoded.text)
        old = by_key.get(key)
        if old is None and sha in gone:
            old = gone.pop(sha)
            meta = article_metadata(path, decoded.text, decoded.fields)
            if _same_metadata(old, meta) and old.get("extractor") == EXTRACTOR_VERSION:
                plan.moved.append((old["id"], {"path": key, "file": path.name}))
                continue
        elif old is not None and old.get("sha256") == sha and (
                old.get("extractor") == EXTRACTOR_VERSION):
            plan.unchanged += 1
            continue
        meta = article_metadata(path, decoded.text, decoded.fields)
        for line in meta.problems:
            plan.note(str(path), line)
        article_id = old["id"] if old else _article_id(path, taken)
        taken.add(article_id)
        plan.jobs.append(ArticleJob(path, key, article_id, decoded.text, sha, decoded.note,
                                    meta, replaces=old is not None, front=decoded.front))
    plan.jobs = date_by_corpus(plan.jobs, stored)
    return plan


def _gone_by_sha(stored: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Stored articles whose file is no longer where it was, by the hash of their text."""
    gone: dict[str, dict[str, Any]] = {}
    for row in stored:
        path, sha = row.get("path"), row.get("sha256")
        if isinstance(path, str) and isinstance(sha, str) and not os.path.lexists(path):
            gone.setdefault(sha, row)
    return gone


def _same_metadata(row: dict[str, Any], meta: Any) -> bool:
    """A moved file keeps its figures only if what they were read with is the same (the date
    dates its figures; a new folder's manifest may say otherwise)."""
    return all(row.get(name) == getattr(meta, name)
               for name in ("title", "outlet", "date", "date_inferred", "date_basis", "url"))
