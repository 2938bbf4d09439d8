"""Hostile articles: how long each takes to ingest, its peak memory, and the reader's first paint.

    python bench/adversarial.py [--cases big numbers figures brackets token] [--no-paint]

Each case is one article written to a temporary folder and ingested by the real command line
(``claimscope ingest``) in its own process, so the time includes loading spaCy (shown on its own
line, measured the same way on a two-line article) and the peak RSS is that process's own
(``wait4``). The bar (docs: issue "hostile folders"): every ingest under 60 s and 1 GiB. For the
cases a reader would struggle with, the reader's first paint on the store is then timed from
process start, headless at 120x35 (``bench/startup.py``'s child; the bar: under 2 s).

Cases:
  big       a 5 MB article (the default --max-size) of the samples' paragraphs
  numbers   10,000 bare numbers in one paragraph, in an article of prose
  figures   10,000 counted figures ("12,345 fighters, ...") in one sentence
  brackets  50,000 nested brackets in one paragraph
  token     a 1 MB unbroken token (a data URI) in an article of prose
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MB = 1_000_000
PAINTED = ("big", "token")


def prose() -> list[str]:
    return [p for f in sorted((ROOT / "seeds").glob("*.txt"))
            for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 200]


def article(case: str) -> str:
    paragraphs = prose()
    head = "Hostile input for the bench\n\n" + "\n\n".join(paragraphs[:3]) + "\n\n"
    tail = "\n\n" + "\n\n".join(paragraphs[3:6]) + "\n"
    rng = random.Random(13)
    if case == "big":
        body, i = [], 0
        size = len(head.encode())
        while size < 5 * MB - 5000:  # just under the default --max-size, in bytes
            body.append(paragraphs[i % len(paragraphs)])
            size += len(body[-1].encode()) + 2
            i += 1
        return head + "\n\n".join(body) + "\n"
    if case == "numbers":
        return head + " ".join(str(rng.randrange(10**6)) for _ in range(10_000)) + tail
    if case == "figures":
        return (head + "The ministry counted " + ", ".join(
            f"{rng.randrange(1000, 99_999):,} fighters" for _ in range(10_000)) + "." + tail)
    if case == "brackets":
        return head + "(" * 50_000 + "x" + ")" * 50_000 + tail
    if case == "token":
        return head + "data:image/png;base64," + "QUJD" * (MB // 4) + tail
    if case == "spacy":
        return "Load only\n\nOfficials said 300 troops remained in the city.\n"
    raise ValueError(case)


def ingest(folder: Path, case: str) -> tuple[float, float, list[str]]:
    """Seconds, peak RSS in MiB and the lines on standard error of one ingest process."""
    path = folder / f"{case}.txt"
    path.write_text(article(case), encoding="utf-8")
    db = folder / f"{case}.json"
    err = folder / f"{case}.err"
    began = time.perf_counter()
    with err.open("w") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "--db", str(db), "ingest", str(path)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=handle,
            env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "300"})
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    code = os.waitstatus_to_exitcode(status)
    lines = err.read_text().splitlines()
    if code not in (0, 1):
        raise SystemExit(f"{case}: ingest exited {code}: {lines[-3:]}")
    return seconds, usage.ru_maxrss / 1024, lines


def first_paint(db: Path) -> float:
    launched = time.time()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--child", "paint",
                          "reader", str(db), str(launched)],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return float(out.strip().splitlines()[-1].split()[0])  # wall seconds (then CPU seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="+", default=["big", "numbers", "figures",
                                                       "brackets", "token"])
    parser.add_argument("--no-paint", action="store_true", help="skip the reader's first paint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor, floor_rss, _ = ingest(folder, "spacy")
        print(f"{'case':<10} {'input':>9} {'ingest s':>9} {'-spaCy s':>9} {'peak MiB':>9} "
              f"{'paint s':>8}  limits hit")
        print(f"{'(spaCy)':<10} {'':>9} {floor:9.1f} {0:9.1f} {floor_rss:9.0f} {'':>8}  "
              "loading spaCy and a two-line article")
        for case in args.cases:
            seconds, rss, lines = ingest(folder, case)
            size = (folder / f"{case}.txt").stat().st_size
            paint = ("" if args.no_paint or case not in PAINTED
                     else f"{first_paint(folder / f'{case}.json'):8.2f}")
            limits = [line.split(": ", 2)[-1] for line in lines if line.startswith("note:")]
            print(f"{case:<10} {size / MB:7.2f}MB {seconds:9.1f} {seconds - floor:9.1f} "
                  f"{rss:9.0f} {paint:>8}  {'; '.join(limits) or '-'}")
        print("bar: ingest under 60 s and 1024 MiB per case; first paint under 2 s")


if __name__ == "__main__":
    main()
