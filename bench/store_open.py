"""How long a desk's archive takes to open and index through the read API.

    python bench/store_open.py [--articles 1000 10000]

Builds synthetic stores by replicating the rows of the sample store (ingested once) under new
ids, so no spaCy time is spent on the large sizes, then times ``Corpus.open`` and the first call
of each index the reader uses.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from store.corpus import Corpus  # noqa: E402
from store.ingest.pipeline import ingest  # noqa: E402
from store.packing import pack_actor_mentions, unpack_items  # noqa: E402


def replicate(seed_db: Path, target: Path, n: int) -> None:
    data = orjson.loads(seed_db.read_bytes())
    seed_articles = list(data["articles"].values())
    tables: dict[str, dict[str, dict]] = {name: {} for name in data}
    tables["meta"] = data["meta"]
    figures_by = {}
    for row in data["figures"].values():
        figures_by.setdefault(row["article"], []).append(row)
    mentions_by = {row["article"]: row for row in data["mentions"].values()}
    actor_refs: dict[str, list] = {row["id"]: [] for row in data["actors"].values()}
    counters = {name: 0 for name in tables}

    def put(table: str, row: dict) -> None:
        counters[table] += 1
        tables[table][str(counters[table])] = row

    for i in range(n):
        src = seed_articles[i % len(seed_articles)]
        new_id = f"{src['id']}~{i}"
        row = dict(src, id=new_id, path=f"{src['path']}~{i}")
        put("articles", row)
        for fig in figures_by.get(src["id"], ()):
            put("figures", dict(fig, id=f"{new_id}:{fig['start']}", article=new_id))
        mention = copy.deepcopy(mentions_by[src["id"]])
        mention["article"] = new_id
        put("mentions", mention)
        for start, end, _label, actor, _sent in unpack_items(mention["items"]):
            if actor is not None:
                actor_refs[actor].append((new_id, start, end))
    for row in data["actors"].values():
        put("actors", dict(row, mentions=pack_actor_mentions(actor_refs[row["id"]]),
                           n_mentions=len(actor_refs[row["id"]])))
    for table in ("links", "conflicts", "user"):
        for row in data.get(table, {}).values():
            put(table, row)
    target.write_bytes(orjson.dumps(tables))


def timed(label: str, fn) -> object:
    t = time.perf_counter()
    result = fn()
    print(f"  {label:<34} {1000 * (time.perf_counter() - t):8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed_db = Path(tmp) / "seed.json"
        ingest([ROOT / "seeds"], seed_db)
        for n in args.articles:
            db = Path(tmp) / f"store-{n}.json"
            replicate(seed_db, db, n)
            print(f"{n} articles, {db.stat().st_size / 1e6:.1f} MB")
            t0 = time.perf_counter()
            corpus = timed("Corpus.open (parse + articles)", lambda db=db: Corpus.open(db))
            first = corpus.articles()[0]
            timed("figures of one article (index)", partial(corpus.figures, first.id))
            timed("mentions of one article (index)", partial(corpus.article_mentions, first.id))
            actor = timed("actors (sorted)", corpus.actors)[0]
            timed("next mention of the top actor", partial(corpus.next_mention, actor.id,
                                                           (first.id, 0)))
            timed("conflicts", corpus.conflicts)
            total = 1000 * (time.perf_counter() - t0)
            print(f"  {'total to a usable corpus':<34} {total:8.1f} ms")


if __name__ == "__main__":
    main()
