"""Removing the records of articles whose files are gone: a deleted draft, a folder cleaned up.

An ingest never removes anything (a folder on a disk that is not mounted looks deleted), so this
is asked for on its own: ``claimscope prune`` lists what would go, ``--yes`` removes it and
rebuilds actors, links and conflicts in the same write.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tinydb import Query

from store.db import PENDING, open_for_write
from store.errors import ClaimscopeError


def stored_path(row: dict) -> str:
    """Where an article's file was when it was read (its name alone for the oldest rows)."""
    return row.get("path") or row.get("file") or ""


def file_gone(row: dict) -> bool:
    """An article's file is gone: nothing at its path, not even a link (a folder on a disk that
    is not mounted looks the same, so nothing acts on it unasked)."""
    return not os.path.lexists(stored_path(row))


@dataclass(frozen=True)
class Gone:
    article: str
    path: str
    figures: int


def prune(db_path: Path, *, remove: bool, wait: float = 3.0) -> list[Gone]:
    """The stored articles whose file no longer exists; removed (with their figures and
    mentions, then the corpus stage) when ``remove``."""
    if not Path(db_path).is_file():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    with open_for_write(Path(db_path), wait=wait) as session:
        articles = session.table("articles")
        gone = [Gone(row["id"], stored_path(row), row.get("n_figures") or 0)
                for row in articles.all() if file_gone(row)]
        if not remove or not gone:
            return gone
        ids = {g.article for g in gone}
        q = Query()
        articles.remove(q.id.test(lambda v: v in ids))
        session.table("figures").remove(q.article.test(lambda v: v in ids))
        session.table("mentions").remove(q.article.test(lambda v: v in ids))
        session.set_meta(**{PENDING: True})
        # deferred: resolution and grouping only when something was removed
        from store.ingest.corpus_stage import complete

        complete(session)
    return gone
