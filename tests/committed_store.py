"""The committed sample store: ``tests/data/seed-store.json``, the ingest of ``seeds/`` kept in the
repository so that the reader's and the command line's tests open a real store without running
spaCy (the fast lane, ``./scripts/test -m "not slow"``).

What differs from run to run (timestamps, the absolute path of each file) is set to fixed values,
and the article texts and the parts (figures, mentions, actor maps, group members) are put back
inline from the store's side file (a row may hold its text, and a table its rows, so the
committed store is one self-contained file); everything else is the ingest as it is.
``test_committed_store.py`` ingests the samples again and fails when the copy here is no longer
what an ingest gives. After a change to extraction, actor
resolution or grouping, write it again::

    python -m tests.committed_store
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
COMMITTED = ROOT / "tests" / "data" / "seed-store.json"
FIXED_TIME = "2000-01-01T00:00:00+00:00"


def normalised(data: dict[str, Any]) -> dict[str, Any]:
    """The store with its run-to-run details fixed: timestamps, and paths relative to the root."""
    for meta in data.get("meta", {}).values():
        meta["built_at"] = meta["updated_at"] = FIXED_TIME
    for article in data.get("articles", {}).values():
        article["ingested_at"] = FIXED_TIME
        article["path"] = Path(article["path"]).relative_to(ROOT).as_posix()
    return data


def encoded(data: dict[str, Any]) -> bytes:
    """One key per line, keys sorted: a change to extraction shows as a readable diff."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def fresh(target: Path) -> bytes:
    """Ingest the samples into ``target`` (spaCy runs here) and return the normalised store."""
    from store.ingest.pipeline import ingest

    report = ingest([SEEDS], target)
    if report.skipped:
        raise RuntimeError(f"samples skipped: {report.skipped}")
    from store.parts import join as join_parts
    from store.texts import join

    data = orjson.loads(target.read_bytes())
    join(target, data["articles"])
    join_parts(target, data)
    for row in data["articles"].values():
        for name in ("text_sha", "text_at", "text_len"):
            row.pop(name)
    return encoded(normalised(data))


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        COMMITTED.write_bytes(fresh(Path(folder) / "claims.json"))
    print(f"wrote {COMMITTED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
