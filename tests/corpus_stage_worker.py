"""A process that loads spaCy once and forks ``claimscope ingest`` runs on demand, so a test can
interrupt the corpus stage with SIGINT, SIGTERM or SIGKILL without paying for the model each time.

Protocol on stdin, one command per line: ``stall DB FOLDER MARKER`` forks a child that runs the
command line's ingest of FOLDER into DB, with the corpus stage stopped halfway (actors resolved in
memory, conflicts not yet grouped): it touches MARKER there and sleeps, waiting for a signal.
``clean DB FOLDER MARKER`` forks an ingest that runs through. Each child writes its output to
MARKER.out and MARKER.err and its exit code to MARKER.exit.
The parent answers each with the child's PID; ``quit`` ends it.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.extract.nlp import load_nlp
from store.ingest import corpus_stage
from tests.processes import serve_forks
from tui.cli import main as cli


def stall_halfway(marker: Path) -> None:
    real = corpus_stage.rebuild_conflicts

    def stalled(session):  # the actors are rebuilt, uncommitted; the signal comes here
        marker.write_text("stalled")
        time.sleep(120)
        return real(session)

    corpus_stage.rebuild_conflicts = stalled


def child(mode: str, db: Path, folder: Path, marker: Path) -> None:
    """The ingest's output goes to MARKER.out and .err, its exit code to MARKER.exit."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for fd, suffix in ((1, ".out"), (2, ".err")):
        os.dup2(os.open(f"{marker}{suffix}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
    if mode == "stall":
        stall_halfway(marker)
    code = cli(["--db", str(db), "ingest", str(folder)])
    sys.stdout.flush()
    # written whole, then renamed: a test waiting for the file never reads it half written
    Path(f"{marker}.exit.part").write_text(str(code))
    os.replace(f"{marker}.exit.part", f"{marker}.exit")
    os._exit(code)


def main() -> None:
    load_nlp()
    serve_forks(lambda words: child(words[0], *(Path(w) for w in words[1:4])))


if __name__ == "__main__":
    main()
