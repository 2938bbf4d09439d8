"""The files to read again after an upgrade: the stored articles an older extraction read.

Re-ingesting a file re-reads it when the extraction that read it is older (``store.ingest.plan``),
so a refresh is an ingest of exactly those files; a file that is gone cannot be read again and is
named instead (``claimscope prune`` removes its record).
"""

from __future__ import annotations

from pathlib import Path

from store.db import open_for_read
from store.ingest.prune import file_gone, stored_path
from store.model import read_by_older_extraction


def older_files(db_path: Path) -> tuple[list[Path], list[str]]:
    """The files of the articles an older extraction read: those still on disk, and the paths
    of those that are gone."""
    articles = open_for_read(Path(db_path)).get("articles")
    present: list[Path] = []
    gone: list[str] = []
    for row in articles.values() if isinstance(articles, dict) else ():
        if not isinstance(row, dict) or not read_by_older_extraction(row):
            continue
        if file_gone(row):
            gone.append(stored_path(row))
        else:
            present.append(Path(stored_path(row)))
    return present, gone
