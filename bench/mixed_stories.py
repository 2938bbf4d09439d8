"""Unrelated stories in one store: how many conflict groups join figures of different stories.

claimscope is meant for archives of many stories in one store, but every gold set holds one
story, so its scores never see a bus crash in one country and a ferry sinking in another months
later made one quantity. This script ingests the articles of several gold sets (each a story of
its own) into ONE store, exports it, and counts:

* groups: every exported conflict group;
* cross-story groups: groups whose figures come from articles of more than one set;
* of those, the groups with a ``contradiction`` or ``revision`` verdict (the misleading ones:
  two stories' tolls called estimates of one event that cannot both be right).

Run: python -m bench.mixed_stories tests/gold/extra13 tests/gold/extra15 ... [--store PATH]
[--list]. With ``--store`` the store is kept at PATH; when PATH exists it is not ingested again,
its groups are only rebuilt with the current code (quicker, for comparing a change to the
grouping). ``--list`` prints each cross-story group: verdict, quantity and the sets it joins.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MISLEADING = ("contradiction", "revision")


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMSCOPE_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args, "--db", str(db)], cwd=ROOT,
                          env=env, check=False, capture_output=True, text=True)


def _ingest(folders: list[Path], db: Path) -> None:
    articles = [p for folder in folders for p in sorted(folder.iterdir())
                if p.suffix in (".txt", ".md", ".html")]
    _cli("ingest", *map(str, articles), db=db)


def _regroup(db: Path) -> None:
    """Rebuild the stored groups with the code of this checkout (the figures are kept)."""
    from store.db import open_for_write
    from store.ingest.corpus_stage import rebuild_conflicts

    with open_for_write(db) as session:
        rebuild_conflicts(session)


def _export(db: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "export.json"
        done = _cli("export", "--format", "json", "--output", str(out), db=db)
        if done.returncode:
            raise SystemExit(done.stderr)
        return json.loads(out.read_text(encoding="utf-8"))


def cross_story(doc: dict, set_of_file: dict[str, str]) -> list[tuple[dict, list[str]]]:
    """Every exported group whose figures come from more than one set, with those sets."""
    set_of_article = {a["id"]: set_of_file.get(Path(a["file"]).name, "?")
                      for a in doc["articles"]}
    article_of = {f["id"]: f["article"] for f in doc["figures"]}
    found = []
    for group in doc["conflicts"]:
        sets = sorted({set_of_article.get(article_of.get(fid), "?") for fid in group["figures"]})
        if len(sets) > 1:
            found.append((group, sets))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="gold set folders, one story each")
    parser.add_argument("--store", type=Path, help="keep the store here (reused when it exists)")
    parser.add_argument("--list", action="store_true", help="print every cross-story group")
    args = parser.parse_args(argv)
    set_of_file = {p.name: folder.name for folder in args.sets for p in folder.iterdir()}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or Path(tmp) / "claims.json"
        if db.exists():
            _regroup(db)
        else:
            _ingest(args.sets, db)
        doc = _export(db)
    crossing = cross_story(doc, set_of_file)
    misleading = [(g, s) for g, s in crossing if g.get("verdict") in MISLEADING]
    verdicts = Counter(g.get("verdict") for g, _ in crossing)
    print(json.dumps({"sets": len(args.sets), "groups": len(doc["conflicts"]),
                      "cross_story": len(crossing), "cross_story_misleading": len(misleading),
                      "cross_story_verdicts": dict(sorted(verdicts.items()))}))
    if args.list:
        for group, sets in crossing:
            print(f"  {group.get('verdict', '-'):17} {str(group.get('quantity'))[:70]:70} "
                  f"{' '.join(sets)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
