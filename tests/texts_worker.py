"""A writer that commits articles to a store as fast as it can, for the SIGKILL test of the side
file: ``python tests/texts_worker.py DB LOG START`` commits one new article at a time (a text of
some 60,000 characters made from its number, a figure, a mention and a conflict group of its
own, so that each commit appends a text and parts) and appends ``ID SHA`` to LOG (synced) after
each commit returns, until killed."""

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


def figure_of(n: int) -> dict:
    """The article's one figure: its own number, after "Article "."""
    return {"id": f"a{n}:8", "article": f"a{n}", "start": 8, "end": 8 + len(str(n)),
            "text": str(n), "low": n, "high": n, "approx": "exact", "unit": ""}


def main() -> None:
    db, log = Path(sys.argv[1]), Path(sys.argv[2])
    start = int(sys.argv[3])
    for n in itertools.count(start):
        text = text_of(n)
        with open_for_write(db, wait=10.0) as session:
            session.table("articles").insert({"id": f"a{n}", "file": f"a{n}.txt", "text": text})
            session.table("figures").insert(figure_of(n))
            session.table("mentions").insert({"article": f"a{n}", "items": "0,7,ORG,,0",
                                              "sentences": f"0,{len(text)}"})
            session.table("conflicts").insert({
                "id": f"g{n}", "quantity": "numbers", "verdict": "consistent", "spread": 0.0,
                "reason": "", "figures": [f"a{n}:8"], "values": {f"a{n}:8": [n, n]}})
            session.commit()
        with log.open("a") as handle:
            handle.write(f"a{n} {hashlib.sha256(text.encode()).hexdigest()}\n")
            handle.flush()
            os.fsync(handle.fileno())


if __name__ == "__main__":
    main()
