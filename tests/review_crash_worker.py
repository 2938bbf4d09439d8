"""Records judgements one after another until killed: the SIGKILL test of
``test_review_durability.py``. Usage: ``review_crash_worker.py DB LOG FIGURE``. After each
judgement returns (committed), its ``seq`` is appended to LOG and fsynced."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.corpus import Corpus
from store.review.record import record_judgement


def main() -> None:
    db, log, figure = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    n = 0
    while True:
        n += 1
        record_judgement(db, "correct", figure=figure, fields={"value": f"{1000 + n:,}"},
                         wait=10.0)
        seq = max(int(r.get("seq") or 0) for r in Corpus.open(db).user_rows())
        with log.open("a") as fh:
            fh.write(f"{seq}\n")
            fh.flush()
            os.fsync(fh.fileno())


if __name__ == "__main__":
    main()
