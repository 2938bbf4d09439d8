"""The gold scores of a grouping change, without a new ingest:

    python -m tests.gold_regroup CACHE SET [SET ...]

prints the JSON lines of ``python -m tests.gold_report --json`` for the code checked out, when
only the grouping (``store/conflicts``, ``store/review``) differs from the code that made the
stores under ``CACHE``. A set's store is ingested once, into ``CACHE/<code key>/<set>/``, where
the key is a hash of every other file under ``store/``: a change to extraction, actors or the
data files makes new stores, a change to grouping reuses them. Each run copies a set's store,
rebuilds its conflicts (``corpus_stage.rebuild_conflicts``, as the reader's edits do) and
exports it; about five seconds a set, where an ingest takes twenty or more.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import shutil
import sys
import tempfile
from pathlib import Path

from tests.gold_exports import articles_of

ROOT = Path(__file__).resolve().parents[1]
GROUPING = ("store/conflicts/", "store/review/")


def code_key(root: Path = ROOT) -> str:
    """A hash of the code and data that make a store, grouping left out."""
    digest = hashlib.sha256()
    for path in sorted((root / "store").rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "__pycache__" not in rel and not rel.startswith(GROUPING):
            digest.update(rel.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _quiet_cli(args: list[str]) -> None:
    from tui.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(args)
    if code:
        raise RuntimeError(f"claimscope {args[0]} failed: {out.getvalue()[-400:]}")


def _ingest(job: tuple[str, str]) -> str:
    """One set's store, made in a folder of its own that is renamed into place when whole."""
    folder, target = Path(job[0]), Path(job[1])
    partial = target.parent.with_name(target.parent.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    _quiet_cli(["ingest", *map(str, articles_of(folder)), "--db", str(partial / target.name)])
    partial.replace(target.parent)
    return str(target)


def stores(folders: list[Path], cache: Path) -> list[Path]:
    """Each folder's ingested store under ``cache``, made (one model load, a fork per set)
    only where missing."""
    home = cache / code_key()
    targets = [home / folder.resolve().name / "claims.json" for folder in folders]
    missing = [(str(f.resolve()), str(t)) for f, t in zip(folders, targets, strict=True)
               if not t.exists()]
    if missing:
        from store.extract.nlp import load_nlp
        from store.ingest.workers import cpu_count, use_model

        use_model(load_nlp())
        import tui.cli  # noqa: F401  (in memory before the forks)

        with multiprocessing.get_context("fork").Pool(cpu_count(), maxtasksperchild=1) as pool:
            pool.map(_ingest, missing, chunksize=1)
    return targets


def regrouped_export(store: Path) -> dict:
    """The export of a copy of ``store`` whose conflicts the code checked out has rebuilt."""
    from store.db import open_for_write
    from store.ingest.corpus_stage import rebuild_conflicts

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store.parent, copy)  # the store and the files kept beside it
        db, out = copy / store.name, Path(tmp) / "export.json"
        with open_for_write(db) as session:
            rebuild_conflicts(session)
        _quiet_cli(["export", "--format", "json", "--output", str(out), "--db", str(db)])
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    from tests.gold_report import set_scores

    folders = [Path(a) for a in args[1:]]
    for folder, store in zip(folders, stores(folders, Path(args[0])), strict=True):
        print(json.dumps(set_scores(folder, doc=regrouped_export(store))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
