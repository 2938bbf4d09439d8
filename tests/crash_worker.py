"""A process that loads spaCy once and forks ingesting children on demand, so a test can kill
real ingests with SIGKILL many times without paying for the model load each time.

Protocol on stdin, one command per line: ``go DB FOLDER LOG`` forks a child that ingests the
files of FOLDER one by one into DB and appends ``committed FILE FIGURES MENTIONS`` to LOG after
each ingest returns; the parent answers with the child's PID. ``quit`` ends it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.corpus import Corpus
from store.errors import StoreBusy
from store.extract.nlp import load_nlp
from store.ingest.pipeline import ingest
from tests.processes import serve_forks


def child(db: Path, folder: Path, log: Path) -> None:
    nlp = load_nlp()
    for path in sorted(folder.glob("*.txt")):
        try:
            report = ingest([path], db, nlp=nlp, wait=10.0)
        except StoreBusy:
            continue
        if report.added or report.updated:
            corpus = Corpus.open(db)
            article = next(a for a in corpus.articles() if a.path == str(path.resolve()))
            with log.open("a") as fh:
                fh.write(f"committed {path.name} {len(corpus.figures(article.id))} "
                         f"{len(corpus.article_mentions(article.id))}\n")
                fh.flush()
                os.fsync(fh.fileno())


def main() -> None:
    load_nlp()
    serve_forks(lambda words: child(*(Path(w) for w in words[1:4])))


if __name__ == "__main__":
    main()
