"""The files to read again after an upgrade: the stored articles an older extraction read.

Re-ingesting a file re-reads it when the extraction that read it is older (``store.ingest.plan``),
so a refresh is an ingest of exactly those files; a file that is gone cannot be read again and is
named instead (``claimscope prune`` removes its record).
"""

from __future__ import annotations

import os
from pathlib import Path

from store.db import read_tables
from store.errors import ClaimscopeError
from store.model import read_by_older_extraction


def older_files(db_path: Path) -> tuple[list[Path], list[str]]:
    """The files of the articles an older extraction read: those still on disk, and the paths
    of those that are gone."""
    if not Path(db_path).is_file():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    data, _ = read_tables(Path(db_path))
    present: list[Path] = []
    gone: list[str] = []
    articles = data.get("articles")
    for row in articles.values() if isinstance(articles, dict) else ():
        if not isinstance(row, dict) or not read_by_older_extraction(row):
            continue
        path = row.get("path") or row.get("file") or ""
        if path and os.path.isfile(path):
            present.append(Path(path))
        else:
            gone.append(str(path or row.get("id", "")))
    return present, gone
