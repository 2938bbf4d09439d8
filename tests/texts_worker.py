"""A writer that commits article texts to a store as fast as it can, for the SIGKILL test of the
side file: ``python tests/texts_worker.py DB LOG`` commits one new article at a time (a text of
some 60,000 characters made from its number) and appends ``ID SHA`` to LOG (synced) after each
commit returns, until killed."""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.db import open_for_write


def text_of(n: int) -> str:
    """A long text unique to ``n`` (no two articles share one, so every commit appends)."""
    seed = hashlib.sha256(str(n).encode()).hexdigest()
    return f"Article {n}.\n\n" + " ".join(f"{seed[i % 60:i % 60 + 4]}{i}" for i in range(8000))


def main() -> None:
    db, log = Path(sys.argv[1]), Path(sys.argv[2])
    start = int(sys.argv[3])
    for n in itertools.count(start):
        text = text_of(n)
        with open_for_write(db, wait=10.0) as session:
            session.table("articles").insert({"id": f"a{n}", "file": f"a{n}.txt", "text": text})
            session.commit()
        with log.open("a") as handle:
            handle.write(f"a{n} {hashlib.sha256(text.encode()).hexdigest()}\n")
            handle.flush()
            os.fsync(handle.fileno())


if __name__ == "__main__":
    main()
