"""Many gold sets ingested and exported with one model load:

    python -m tests.gold_exports OUT_DIR SET [SET ...]

writes ``OUT_DIR/<n>.json``, the ``claimscope export --format json`` of the n-th set, each made
by ``claimscope ingest`` and ``claimscope export`` run in a fresh store, exactly as
``tests.gold_report.export_of`` makes one. What differs is the cost: a set's ingest used to be
a process of its own that spent a second or two of its few seconds loading spaCy. Here the model
is loaded once, and each set runs in a process forked from the one holding it (a fresh fork
per set, so no set sees another's state), as many at a time as there are cores.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import sys
import tempfile
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def articles_of(folder: Path) -> list[Path]:
    """The files of a set the program is given (the gold file and notes are not articles)."""
    return [p for p in sorted(folder.iterdir()) if p.suffix in ARTICLE_SUFFIXES]


def _export(job: tuple[str, str]) -> str:
    """One set, in a forked process: the CLI's own ingest and export, their output swallowed."""
    from tui.cli import main

    folder, target = Path(job[0]), Path(job[1])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.json"
        os.environ["CLAIMSCOPE_DB"] = str(db)
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            main(["ingest", *map(str, articles_of(folder)), "--db", str(db)])
            code = main(["export", "--format", "json", "--output", str(target), "--db", str(db)])
        if code:
            raise RuntimeError(f"export of {folder} failed: {quiet.getvalue()[-400:]}")
    return str(target)


def export_all(folders: list[Path], out: Path, workers: int | None = None) -> list[Path]:
    """Each folder's export under ``out``, in the order given."""
    from store.extract.nlp import load_nlp
    from store.ingest.workers import cpu_count, use_model

    # loaded before the forks, so every set's process starts with the model and the code in it
    use_model(load_nlp())
    import store.ingest.corpus_stage  # noqa: F401
    import tui.cli  # noqa: F401

    out.mkdir(parents=True, exist_ok=True)
    jobs = [(str(folder.resolve()), str(out / f"{n}.json")) for n, folder in enumerate(folders)]
    context = multiprocessing.get_context("fork")
    with context.Pool(workers or cpu_count(), maxtasksperchild=1) as pool:
        return [Path(p) for p in pool.map(_export, jobs, chunksize=1)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    export_all([Path(a) for a in args[1:]], Path(args[0]))
    return 0


def exports(folders: list[Path], root: Path) -> list[dict]:
    """The exports of ``folders`` by the code under ``root``, in one process of that code (a
    checkout without this module: a process per set, as ``export_of`` runs one)."""
    import subprocess

    if not (root / "tests" / "gold_exports.py").exists():
        from tests.gold_report import export_of

        return [export_of(folder.resolve(), root) for folder in folders]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(root)}
        subprocess.run([sys.executable, "-m", "tests.gold_exports", tmp,
                        *(str(f.resolve()) for f in folders)], cwd=root, env=env, check=True,
                       capture_output=True)
        return [json.loads((Path(tmp) / f"{n}.json").read_text(encoding="utf-8"))
                for n in range(len(folders))]


if __name__ == "__main__":
    sys.exit(main())
