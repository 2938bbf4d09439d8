"""Every scale figure in one run: ingest on one core, two cores and a Dask cluster; the store, the
read API and the reader at 1,000, 10,000 and 100,000 articles. A table, or JSON with ``--json``.

    python bench/run.py [--ingest 200] [--sizes 1000 10000 100000] [--runs 3] [--json]

Ingest runs on a generated corpus (``bench/corpus.py``): spaCy's own ``nlp.pipe`` over the texts
and an in-process ingest, both with the model loaded (their ratio is what claimscope adds to the
parse); then ``claimscope ingest`` as a user runs it, in a fresh process, with ``--jobs 1``,
``--jobs 2``, and ``--dask`` on a two-worker ``distributed.LocalCluster`` started beforehand
(model loads included, since every run pays them). The 1,000-article store is an ingest
(``--jobs 2``); the larger ones replicate it under new ids (``bench/stores.py``), their conflict
groups computed again and timed. Each store is opened in a fresh process as the reader opens it
(``Corpus.open``, the collector paused), next to ``orjson.loads`` of the same file, and the
reader's first paint and keys are measured as ``bench/startup.py`` measures them, next to a
minimal Textual app in the same run. Peak RSS is the process's ``VmHWM`` (for ingest, also its
largest worker's ``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import startup  # noqa: E402
from bench.corpus import generate  # noqa: E402

KEYS = list(startup.KEYS)


def _rss_mb(who: int) -> float:
    """Peak RSS in MB: this process's (``startup.peak_rss_kb``), or its largest child's."""
    if who == resource.RUSAGE_SELF:
        return startup.peak_rss_kb() / 1024
    return resource.getrusage(who).ru_maxrss / 1024


# --- children: one measurement per process --------------------------------------------------------


def child_ingest(db: str, folder: str, how: str) -> None:
    """``claimscope ingest`` as a user runs it; prints its peak RSS and its workers'."""
    from tui.cli import main as cli

    extra = ["--dask", how[5:]] if how.startswith("dask:") else ["--jobs", how]
    code = cli(["--db", db, "ingest", folder, *extra])
    print(json.dumps({"code": code, "rss": _rss_mb(resource.RUSAGE_SELF),
                      "workers_rss": _rss_mb(resource.RUSAGE_CHILDREN)}))


def child_open(db: str, how: str) -> None:
    """The store opened as the reader opens it (``Corpus.open`` with the collector paused), or
    ``orjson.loads`` of the same file with the collector paused too (the floor): each in its own
    process, the file in the page cache. ``checked`` opens it with its writer's note set aside,
    as a store from elsewhere (a hand-edited file, a copy without its note) is opened: every row
    checked."""
    import gc

    import orjson

    from tui.app import open_corpus

    Path(db).read_bytes()
    started = time.perf_counter()
    if how == "loads":
        gc.disable()
        orjson.loads(Path(db).read_bytes())
    else:
        open_corpus(Path(db))
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "rss": _rss_mb(resource.RUSAGE_SELF)}))


def _child(*words: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", *words], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


# --- ingest ---------------------------------------------------------------------------------------


def ingest_figures(folder: Path, work: Path) -> dict[str, Any]:
    from store.extract.nlp import load_nlp
    from store.ingest.pipeline import ingest

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    nlp = load_nlp()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=8):
        pass
    spacy = time.perf_counter() - started
    db = _fresh(work / "in-process.json")
    started = time.perf_counter()
    ingest([folder], db, nlp=nlp, jobs=1)
    in_process = time.perf_counter() - started
    runs: dict[str, dict[str, Any]] = {}
    for how in ("1", "2"):
        runs[how] = _timed_cli(folder, work / f"jobs-{how}.json", how)
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        runs["dask"] = _timed_cli(folder, work / "dask.json", f"dask:{cluster.scheduler_address}")
    n = len(texts)
    return {
        "articles": n, "spacy_s": spacy, "in_process_s": in_process,
        "spacy_per_s": n / spacy, "ingest_per_s": n / in_process,
        "ingest_over_spacy": in_process / spacy,
        "jobs1_s": runs["1"]["seconds"], "jobs2_s": runs["2"]["seconds"],
        "dask_s": runs["dask"]["seconds"],
        "jobs2_speedup": runs["1"]["seconds"] / runs["2"]["seconds"],
        "dask_speedup": runs["1"]["seconds"] / runs["dask"]["seconds"],
        "dask_over_jobs2": runs["dask"]["seconds"] / runs["2"]["seconds"],
        "rss_jobs1_mb": runs["1"]["rss"], "rss_jobs2_mb": runs["2"]["rss"],
        "rss_worker_mb": runs["2"]["workers_rss"],
    }


def _fresh(db: Path) -> Path:
    for path in db.parent.glob(db.name + "*"):
        path.unlink()
    return db


def _timed_cli(folder: Path, db: Path, how: str) -> dict[str, Any]:
    started = time.perf_counter()
    result = _child("ingest", str(_fresh(db)), str(folder), how)
    result["seconds"] = time.perf_counter() - started
    if result["code"] != 0:
        raise RuntimeError(f"ingest {how} exited with {result['code']}")
    return result


# --- the read side --------------------------------------------------------------------------------


def read_figures(db: Path, grouping: float, runs: int) -> dict[str, Any]:
    from bench.stores import size_on_disk

    opened, loads = _child("open", str(db), "open"), _child("open", str(db), "loads")
    checked = _open_without_note(db)
    keys = startup.key_times("reader", db)
    paint, paint_cpu = startup.first_paint_times("reader", db, runs)
    return {
        "store_mb": size_on_disk(db) / 1e6, "json_mb": db.stat().st_size / 1e6,
        "grouping_s": grouping, "open_s": opened["seconds"], "loads_s": loads["seconds"],
        "open_over_loads": opened["seconds"] / loads["seconds"], "open_rss_mb": opened["rss"],
        "open_checked_s": checked["seconds"],
        "first_paint_s": paint, "first_paint_cpu_s": paint_cpu,
        "keys_ms": {key: keys[key][0] for key in KEYS if key in keys},
        "keys_max_ms": {key: keys[key][1] for key in KEYS if key in keys},
        "reader_rss_mb": keys["rss"][0] / 1024 if "rss" in keys else None,
    }


def _open_without_note(db: Path) -> dict[str, Any]:
    """``Corpus.open`` of the store with the note that vouches for it moved aside for the run."""
    from store.checked import note_path

    note = note_path(db)
    aside = note.with_name(note.name + ".aside")
    if note.exists():
        note.rename(aside)
    try:
        return _child("open", str(db), "open")
    finally:
        if aside.exists():
            aside.rename(note)


def build_stores(sizes: list[int], cache: Path) -> tuple[dict[int, Path], dict[int, float],
                                                          dict[str, Any]]:
    """The ingested 1,000 (timed), and the replicas; grouping seconds of each."""
    from bench.stores import grouping_seconds, replicate
    from store.db import load

    base_n = min(sizes)
    folder = cache / f"corpus-{base_n}"
    if not folder.exists():
        generate(base_n, folder)
    base = cache / f"store-{base_n}.json"
    ingested = _timed_cli(folder, base, "2")
    data = load(base)  # whole tables: figures and mentions out of their parts
    grouping = {base_n: grouping_seconds(list(data["figures"].values()),
                                         list(data["articles"].values()),
                                         list(data["actors"].values()))[0]}
    stores = {base_n: base}
    for n in sorted(sizes):
        if n != base_n:
            stores[n] = cache / f"store-{n}.json"
            grouping[n] = replicate(base, stores[n], n)
    at_base = {"articles": base_n, "seconds": ingested["seconds"],
               "per_s": base_n / ingested["seconds"], "rss_mb": ingested["rss"],
               "worker_rss_mb": ingested["workers_rss"]}
    return stores, grouping, at_base


# --- the table ------------------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def table(result: dict[str, Any]) -> str:
    sizes, minimal = result["sizes"], result["minimal_paint_s"]
    lines = [f"claimscope bench/run.py, {result['when']}; {result['cores']} cores, load average "
             f"{result['load_before']} before, {result['load_after']} after", ""]
    if "ingest" in result:
        lines.extend(_ingest_lines(result["ingest"]))
    at = result["ingest_store"]
    lines.append(f"  --jobs 2 on {at['articles']:,} articles     {at['seconds']:7.1f} s  "
                 f"{at['per_s']:6.1f} articles/s; peak RSS {at['rss_mb']:.0f} MB, "
                 f"a worker {at['worker_rss_mb']:.0f} MB")
    names = sorted(sizes, key=int)
    head = f"\n{'articles':<34}" + "".join(f"{int(n):>12,}" for n in names)
    lines.append(head)

    def row(label: str, fmt: str, get) -> None:
        lines.append(f"{label:<34}" + "".join(f"{fmt.format(get(sizes[n])):>12}" for n in names))

    row("store on disk (MB)", "{:.1f}", lambda s: s["store_mb"])
    row("  of which the JSON (MB)", "{:.1f}", lambda s: s["json_mb"])
    row("grouping (s)", "{:.2f}", lambda s: s["grouping_s"])
    row("Corpus.open (s)", "{:.2f}", lambda s: s["open_s"])
    row("  / orjson.loads of the JSON", "{:.2f}x", lambda s: s["open_over_loads"])
    row("  peak RSS (MB)", "{:.0f}", lambda s: s["open_rss_mb"])
    row("Corpus.open, no note: rows checked", "{:.2f}", lambda s: s.get("open_checked_s", -1))
    row("reader first paint (s)", "{:.2f}", lambda s: s["first_paint_s"])
    row("  / minimal Textual app", "{:.2f}x", lambda s: s["first_paint_s"] / minimal)
    minimal_cpu = result.get("minimal_paint_cpu_s") or 0
    if minimal_cpu:
        row("reader first paint, CPU (s)", "{:.2f}", lambda s: s.get("first_paint_cpu_s", -1))
        row("  / minimal Textual app, CPU", "{:.2f}x",
            lambda s: s.get("first_paint_cpu_s", -1) / minimal_cpu)
    for key in KEYS:
        row(f"key {key} median (ms)", "{:.1f}", lambda s, key=key: s["keys_ms"].get(key, -1))
    row("reader peak RSS (MB)", "{:.0f}", lambda s: s["reader_rss_mb"] or -1)
    lines.append(f"minimal Textual app first paint: {minimal:.2f} s")
    lines.append("")
    lines.extend(_read_bars(result))
    return "\n".join(lines)


def _ingest_lines(ing: dict[str, Any]) -> list[str]:
    """The ingest runs' lines of the table."""
    return [f"ingest, {ing['articles']} generated articles (bench/corpus.py)",
            f"  spaCy nlp.pipe (model loaded)   {ing['spacy_s']:7.1f} s  "
            f"{ing['spacy_per_s']:6.1f} articles/s",
            f"  ingest in process (loaded)      {ing['in_process_s']:7.1f} s  "
            f"{ing['ingest_per_s']:6.1f} articles/s  {ing['ingest_over_spacy']:.2f}x spaCy  "
            f"(bar <= 1.3x: {_mark(ing['ingest_over_spacy'] <= 1.3)})",
            f"  claimscope ingest --jobs 1      {ing['jobs1_s']:7.1f} s  "
            f"peak RSS {ing['rss_jobs1_mb']:.0f} MB",
            f"  claimscope ingest --jobs 2      {ing['jobs2_s']:7.1f} s  "
            f"{ing['jobs2_speedup']:.2f}x --jobs 1 (bar >= 1.7x: "
            f"{_mark(ing['jobs2_speedup'] >= 1.7)}); peak RSS {ing['rss_jobs2_mb']:.0f} MB, "
            f"a worker {ing['rss_worker_mb']:.0f} MB",
            f"  --dask, LocalCluster 2 workers  {ing['dask_s']:7.1f} s  "
            f"{ing['dask_speedup']:.2f}x --jobs 1, {ing['dask_over_jobs2']:.2f}x the time of "
            f"--jobs 2 (bar <= 1.4x: {_mark(ing['dask_over_jobs2'] <= 1.4)})"]


def _read_bars(result: dict[str, Any]) -> list[str]:
    sizes, minimal = result["sizes"], result["minimal_paint_s"]
    out = []
    if "10000" in sizes:
        ratio = sizes["10000"]["first_paint_s"] / minimal
        out.append(f"first paint at 10,000 {ratio:.2f}x minimal (bar <= 2x): {_mark(ratio <= 2)}")
    if "100000" in sizes:
        big = sizes["100000"]
        out.append(f"first paint at 100,000 {big['first_paint_s']:.2f} s (bar <= 3 s): "
                   f"{_mark(big['first_paint_s'] <= 3)}")
        out.append(f"reader peak RSS at 100,000 {big['reader_rss_mb']:.0f} MB (bar < 2048): "
                   f"{_mark(big['reader_rss_mb'] < 2048)}")
        if "10000" in sizes:
            small = sizes["10000"]
            ratio = big["open_s"] / small["open_s"]
            out.append(f"open 100,000 / 10,000 {ratio:.1f}x (bar <= 10x): {_mark(ratio <= 10)}")
            growth = {"grouping": big["grouping_s"] / small["grouping_s"],
                      "open": ratio, "first paint": big["first_paint_s"] / small["first_paint_s"],
                      **{f"key {k}": big["keys_ms"][k] / small["keys_ms"][k]
                         for k in KEYS if k in big["keys_ms"] and k in small["keys_ms"]}}
            worst = max(growth, key=growth.get)
            out.append(f"worst growth 10,000 -> 100,000: {worst} {growth[worst]:.1f}x "
                       f"(bar <= 12x): {_mark(growth[worst] <= 12)}")
    slow = [(n, k, v) for n, s in sizes.items() for k, v in s["keys_ms"].items() if v > 50]
    out.append("median key-to-screen within 50 ms at every size: "
               + (_mark(True) if not slow else _mark(False) + " " + ", ".join(
                   f"{k} at {int(n):,} ({v:.0f} ms)" for n, k, v in slow)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=200,
                        help="articles of the ingest runs (0: leave them out)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3, help="first paints per store (median)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "claimscope-run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        {"ingest": child_ingest, "open": child_open}[args.child[0]](*args.child[1:])
        return 0
    args.cache.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"when": time.strftime("%Y-%m-%d %H:%M"), "cores": os.cpu_count(),
                              "load_before": round(os.getloadavg()[0], 2)}
    if args.ingest:  # 0: the read side only (the ingest runs take a few minutes)
        folder = args.cache / f"corpus-{args.ingest}"
        if not folder.exists():
            generate(args.ingest, folder)
        result["ingest"] = ingest_figures(folder, args.cache)
    stores, grouping, result["ingest_store"] = build_stores(args.sizes, args.cache)
    result["minimal_paint_s"], result["minimal_paint_cpu_s"] = startup.first_paint_times(
        "minimal", None, args.runs)
    result["sizes"] = {str(n): read_figures(stores[n], grouping[n], args.runs)
                       for n in sorted(stores)}
    result["load_after"] = round(os.getloadavg()[0], 2)
    (args.cache / "result.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
